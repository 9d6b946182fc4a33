import type { GebiedsgerichtError } from '@gebiedsgericht/core';
import { expectTypeOf, test } from 'vitest';
import { assessmentMessages } from '../src/index';

test('fail only accepts known codes and returns the SDK error type', () => {
  expectTypeOf(assessmentMessages.fail).parameter(0).toExtend<string>();
  expectTypeOf(
    assessmentMessages.fail('missing_score', { variantId: 'a', criterionId: 'b' }),
  ).toEqualTypeOf<GebiedsgerichtError>();
  // @ts-expect-error unknown code
  assessmentMessages.fail('no_such_code', {});
});

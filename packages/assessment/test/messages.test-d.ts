import type { GebiedsgerichtError } from '@gebiedsgericht/core';
import { expectTypeOf, test } from 'vitest';
import { assessmentMessages } from '../src/index';

test('fail only accepts known codes and returns the SDK error type', () => {
  expectTypeOf(assessmentMessages.fail).parameter(0).toEqualTypeOf<'invalid_argument'>();
  expectTypeOf(assessmentMessages.fail('invalid_argument', { name: 'x' })).toEqualTypeOf<GebiedsgerichtError>();
});

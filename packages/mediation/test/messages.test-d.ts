import type { GebiedsgerichtError } from '@gebiedsgericht/core';
import { expectTypeOf, test } from 'vitest';
import { mediationMessages } from '../src/index';

test('fail only accepts known codes and returns the SDK error type', () => {
  expectTypeOf(mediationMessages.fail).parameter(0).toExtend<string>();
  expectTypeOf<'unknown_party'>().toExtend<Parameters<typeof mediationMessages.fail>[0]>();
  expectTypeOf<'no_such_code'>().not.toExtend<Parameters<typeof mediationMessages.fail>[0]>();
  expectTypeOf(mediationMessages.fail('unknown_party', { partyId: 'x' })).toEqualTypeOf<GebiedsgerichtError>();
});

import type { GebiedsgerichtError } from '@gebiedsgericht/core';
import { expectTypeOf, test } from 'vitest';
import { mediationMessages } from '../src/index';

test('fail only accepts known codes and returns the SDK error type', () => {
  expectTypeOf(mediationMessages.fail).parameter(0).toEqualTypeOf<'invalid_argument'>();
  expectTypeOf(mediationMessages.fail('invalid_argument', { name: 'x' })).toEqualTypeOf<GebiedsgerichtError>();
});

import type { GebiedsgerichtError } from '@gebiedsgericht/core';
import { expectTypeOf, test } from 'vitest';
import { processMessages } from '../src/index';

test('fail only accepts known codes and returns the SDK error type', () => {
  expectTypeOf(processMessages.fail).parameter(0).toEqualTypeOf<'invalid_argument'>();
  expectTypeOf(processMessages.fail('invalid_argument', { name: 'x' })).toEqualTypeOf<GebiedsgerichtError>();
});

import type { GebiedsgerichtError } from '@gebiedsgericht/core';
import { expectTypeOf, test } from 'vitest';
import { riskMessages } from '../src/index';

test('fail only accepts known codes and returns the SDK error type', () => {
  expectTypeOf(riskMessages.fail).parameter(0).toEqualTypeOf<keyof typeof riskMessages.messages>();
  expectTypeOf(riskMessages.fail('invalid_argument', { name: 'x' })).toEqualTypeOf<GebiedsgerichtError>();
});

import type { GebiedsgerichtError } from '@gebiedsgericht/core';
import { expectTypeOf, test } from 'vitest';
import { processMessages } from '../src/index';

type Code = Parameters<typeof processMessages.fail>[0];

test('fail only accepts known codes and returns the SDK error type', () => {
  expectTypeOf<'invalid_argument'>().toExtend<Code>();
  expectTypeOf<'missing_consent'>().toExtend<Code>();
  expectTypeOf<'reopen_not_allowed'>().toExtend<Code>();
  expectTypeOf<'no_such_code'>().not.toExtend<Code>();
  expectTypeOf(processMessages.fail('invalid_argument', { name: 'x' })).toEqualTypeOf<GebiedsgerichtError>();
});

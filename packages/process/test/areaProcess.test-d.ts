import type { AuditEntry, ErrorIssue } from '@gebiedsgericht/core';
import { expectTypeOf, test } from 'vitest';
import type { AnyStateMachine } from 'xstate';
import {
  type AreaProcess,
  type AreaProcessContext,
  createAreaProcessMachine,
  type DueItem,
  type SendResult,
} from '../src/index';

test('send tells accepted from rejected by type', () => {
  expectTypeOf<AreaProcess['send']>().returns.toEqualTypeOf<SendResult>();
  const result = {} as SendResult;
  if (result.accepted) {
    expectTypeOf(result.entry).toEqualTypeOf<AuditEntry>();
  } else {
    expectTypeOf(result.reason).toEqualTypeOf<ErrorIssue>();
  }
});

test('the machine is an XState machine with the documented context', () => {
  expectTypeOf(createAreaProcessMachine).returns.toExtend<AnyStateMachine>();
  expectTypeOf<AreaProcessContext['auditLog']>().toEqualTypeOf<AuditEntry[]>();
  expectTypeOf<AreaProcessContext['status']>().toEqualTypeOf<'running' | 'suspended' | 'stopped'>();
  expectTypeOf<DueItem['severity']>().toEqualTypeOf<'warning' | 'attention'>();
});

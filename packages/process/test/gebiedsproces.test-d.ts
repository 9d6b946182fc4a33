import type { AuditEntry, ErrorIssue, GebiedsprocesContext } from '@gebiedsgericht/core';
import { expectTypeOf, test } from 'vitest';
import type { AnyStateMachine } from 'xstate';
import type { DueItem, RunningGebiedsproces, SendResult } from '../src/index';
import { createGebiedsprocesMachine } from '../src/xstate';

test('send tells accepted from rejected by type', () => {
  expectTypeOf<RunningGebiedsproces['send']>().returns.toEqualTypeOf<SendResult>();
  const result = {} as SendResult;
  if (result.accepted) {
    expectTypeOf(result.entry).toEqualTypeOf<AuditEntry>();
  } else {
    expectTypeOf(result.reason).toEqualTypeOf<ErrorIssue>();
  }
});

test('the machine is an XState machine with the documented context', () => {
  expectTypeOf(createGebiedsprocesMachine).returns.toExtend<AnyStateMachine>();
  expectTypeOf<GebiedsprocesContext['auditLog']>().toEqualTypeOf<AuditEntry[]>();
  expectTypeOf<GebiedsprocesContext['status']>().toEqualTypeOf<'running' | 'suspended' | 'stopped'>();
  expectTypeOf<DueItem['severity']>().toEqualTypeOf<'warning' | 'attention'>();
});

test('send and check are typed by the event union; untyped input needs an explicit marker', () => {
  const process = {} as RunningGebiedsproces;
  const meta = { timestamp: '2026-01-12T09:00:00+01:00', actor: 'provincie-zuidmark', role: 'regisseur' } as const;
  // @ts-expect-error a typo in the event type does not compile
  process.send({ type: 'deliverable.submitt', stepId: 'opstart', document: {}, ...meta });
  // @ts-expect-error a typo in a field does not compile
  process.send({ type: 'knelpunt.escalate', knelpuntid: 'k', ...meta });
  // @ts-expect-error nor does an event of unknown shape without the marker
  process.rejectionOf(JSON.parse('{}') as unknown);
  expectTypeOf(process.send(JSON.parse('{}') as unknown, { untyped: true })).toEqualTypeOf<SendResult>();
  expectTypeOf(
    process.rejectionOf({ type: 'knelpunt.escalate', knelpuntId: 'k', ...meta }),
  ).toEqualTypeOf<ErrorIssue | null>();
});

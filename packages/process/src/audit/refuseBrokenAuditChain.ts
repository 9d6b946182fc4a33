import { type AreaProcessSnapshot, AuditChainProblem } from '@gebiedsgericht/core';
import { processMessages } from '../messages';
import { unsafeVerifyAuditLog } from './verifyAuditLog';

/**
 * Throws `audit_chain_broken` (path `machine.context.auditLog.<index>`) when the audit chain of a
 * migrated, validated snapshot does not verify; returns nothing when it does.
 */
export function refuseBrokenAuditChain(snapshot: AreaProcessSnapshot): void {
  const context = snapshot.machine.context as { auditLog?: unknown } | undefined;
  const log = Array.isArray(context?.auditLog) ? context.auditLog : [];
  const verified = unsafeVerifyAuditLog(log);
  if (verified.ok) return;
  throw processMessages.fail(
    'audit_chain_broken',
    { index: verified.index, problem: AuditChainProblem.label(verified.problem, 'en') },
    ['machine', 'context', 'auditLog', verified.index],
  );
}

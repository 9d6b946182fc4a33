import { AuditChainProblem, type GebiedsprocesSnapshot } from '@gebiedsgericht/core';
import { processMessages } from '../messages';
import { unsafeVerifyAuditLog } from './verifyAuditLog';

/**
 * Throws `audit_chain_broken` (path `context.auditLog.<index>`) when the audit chain of a
 * migrated, validated snapshot does not verify; returns nothing when it does.
 */
export function refuseBrokenAuditChain(snapshot: GebiedsprocesSnapshot): void {
  const context = snapshot.context as { auditLog?: unknown } | undefined;
  const log = Array.isArray(context?.auditLog) ? context.auditLog : [];
  const verified = unsafeVerifyAuditLog(log);
  if (verified.ok) return;
  throw processMessages.fail(
    'audit_chain_broken',
    { index: verified.index, problem: AuditChainProblem.label(verified.problem, 'en') },
    ['context', 'auditLog', verified.index],
  );
}

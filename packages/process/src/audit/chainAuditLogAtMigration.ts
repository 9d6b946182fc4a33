import { type AuditEntry, isPlainRecord } from '@gebiedsgericht/core';
import { processMessages } from '../messages';
import { AUDIT_GENESIS_HASH, chainAuditEntry, type UnchainedAuditEntry } from './auditHash';

/** The `type` of the entry that records where the audit chain of a migrated snapshot started. */
export const AUDIT_CHAIN_START_TYPE = 'audit.chain.start';

/** The actor named in the chain-start entry: the SDK's migration, not a person. */
export const AUDIT_MIGRATION_ACTOR = 'gebiedsgericht-migratie';

/**
 * The snapshot migration step that starts the audit chain of a snapshot written before audit
 * entries were chained (format version 1). Every existing entry gets `prevHash` and `hash` in its
 * current shape, so from now on any change to it shows; then one entry of type
 * `audit.chain.start` records that the chain started here, by migration, and how many entries were
 * written before it without a chain (their history before this moment is not attested). That entry
 * changes no state (`accepted: false`, so a replay skips it), is written by the actor
 * `gebiedsgericht-migratie` in the role `secretaris` (record keeping), and carries the time of the
 * last entry (or the start of the process): a migration never reads the clock.
 *
 * It works on the format 2 layout (the context at the top of the snapshot), so it runs after the
 * step that moves the context out of XState's snapshot, and after every other step that changes
 * entries or their events, since it hashes the final shape; it counts the new entry in `revision`. It leaves `schemaVersion` alone; the composed migration sets it. Plain JSON in, plain
 * JSON out. `writtenIn` is the version the snapshot was written in (by default its own
 * `schemaVersion`; pass it when earlier steps already changed that). A snapshot without an audit log is returned as it is; anything but an object throws
 * `invalid_argument`.
 *
 * @example
 * const v2 = { ...chainAuditLogAtMigration(otherV1ToV2Steps(v1)), schemaVersion: 2 };
 * @see docs/process.md (audit chain: snapshots from before the chain)
 */
export function chainAuditLogAtMigration(
  snapshot: Record<string, unknown>,
  writtenIn?: number,
): Record<string, unknown> {
  if (!isPlainRecord(snapshot)) throw processMessages.fail('invalid_argument', { name: 'snapshot' }, []);
  const fromSchemaVersion = writtenIn ?? (typeof snapshot.schemaVersion === 'number' ? snapshot.schemaVersion : 1);
  const context = snapshot.context;
  // A malformed log is passed on as it is, so validation reports it with its path.
  if (!isPlainRecord(context) || !Array.isArray(context.auditLog) || !context.auditLog.every(isPlainRecord))
    return snapshot;
  const legacy = context.auditLog as UnchainedAuditEntry[];
  const chained: AuditEntry[] = [];
  let head = AUDIT_GENESIS_HASH;
  for (const old of legacy) {
    const { prevHash: _p, hash: _h, ...entry } = old as UnchainedAuditEntry & { prevHash?: unknown; hash?: unknown };
    const next = chainAuditEntry(entry, head);
    chained.push(next);
    head = next.hash;
  }
  const last = legacy[legacy.length - 1];
  const timestamp =
    last?.timestamp ??
    (typeof context.lastEventAt === 'string' ? context.lastEventAt : undefined) ??
    (typeof context.startedAt === 'string' ? context.startedAt : '1970-01-01T00:00:00Z');
  const position = context.status === 'running' || context.status === undefined ? context.position : context.status;
  const here = last?.stepAfter ?? (typeof position === 'string' && position.length > 0 ? position : 'monitoring');
  const start = chainAuditEntry(
    {
      seq: legacy.length,
      type: AUDIT_CHAIN_START_TYPE,
      timestamp,
      actor: AUDIT_MIGRATION_ACTOR,
      role: 'secretaris',
      motivation: `Auditketen gestart bij migratie van snapshotversie ${fromSchemaVersion}; de ${legacy.length} eerdere regels zijn vanaf dit moment geketend`,
      stepBefore: here,
      stepAfter: here,
      accepted: false,
      event: {
        type: AUDIT_CHAIN_START_TYPE,
        fromSchemaVersion,
        unchainedEntries: legacy.length,
      },
    },
    head,
  );
  chained.push(start);
  return { ...snapshot, revision: chained.length, context: { ...context, auditLog: chained } };
}

import {
  type AreaProcessSnapshot,
  AreaProcessSnapshotSchema,
  DOCUMENT_SCHEMA_VERSION,
  validate,
} from '@gebiedsgericht/core';
import { chainAuditLogAtMigration } from '../audit/chainAuditLogAtMigration';
import { processMessages } from '../messages';

/**
 * A migration step: turns a persisted snapshot of version `n` (the key) into one of version
 * `n + 1`. Plain JSON in, plain JSON out.
 */
export type SnapshotMigration = (snapshot: Record<string, unknown>) => Record<string, unknown>;

/**
 * The migrations this release knows, by the version they migrate from. From version 1 to 2 the
 * audit log becomes a hash chain, started at the migration ({@link chainAuditLogAtMigration}).
 */
export const areaProcessMigrations: Readonly<Record<number, SnapshotMigration>> = Object.freeze({
  1: (v1: Record<string, unknown>) => ({ ...chainAuditLogAtMigration(v1), schemaVersion: 2 }),
});

/**
 * Brings a persisted area process snapshot up to the current format version, one migration at a
 * time, then validates it. A version newer than this release, or one without a migration path,
 * is rejected with `snapshot_version_unsupported`. The input is never changed.
 *
 * @example
 * const current = migrateAreaProcessSnapshot(JSON.parse(row.snapshot));
 * @see docs/process.md (persistence)
 */
export function migrateAreaProcessSnapshot(
  input: unknown,
  migrations: Readonly<Record<number, SnapshotMigration>> = areaProcessMigrations,
): AreaProcessSnapshot {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw processMessages.fail('invalid_argument', { name: 'snapshot' }, []);
  }
  let current = JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
  let version = current.schemaVersion;
  while (typeof version === 'number' && Number.isInteger(version) && version < DOCUMENT_SCHEMA_VERSION) {
    const step = Object.hasOwn(migrations, version) ? migrations[version] : undefined;
    if (!step) break;
    current = step(current);
    const next = current.schemaVersion;
    if (typeof next !== 'number' || next <= version) {
      throw processMessages.fail('snapshot_version_unsupported', { version: String(version) }, ['schemaVersion']);
    }
    version = next;
  }
  if (version !== DOCUMENT_SCHEMA_VERSION) {
    throw processMessages.fail('snapshot_version_unsupported', { version: String(version) }, ['schemaVersion']);
  }
  return validate(AreaProcessSnapshotSchema, current, { path: [] });
}

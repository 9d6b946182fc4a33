import {
  GEBIEDSPROCES_SNAPSHOT_VERSION,
  type GebiedsprocesSnapshot,
  GebiedsprocesSnapshotSchema,
  gebiedsprocesSnapshotVocabularyV1ToV2,
  jsonCopy,
  LIMITS,
  validate,
} from '@gebiedsgericht/core';
import { chainAuditLogAtMigration } from '../audit/chainAuditLogAtMigration';
import { processMessages } from '../messages';
import { snapshotV1ToV2 } from './migrations/snapshotV1ToV2';

/**
 * A migration step: turns a persisted snapshot of version `n` (the key) into one of version
 * `n + 1`. Plain JSON in, plain JSON out.
 */
export type SnapshotMigration = (snapshot: Record<string, unknown>) => Record<string, unknown>;

/**
 * The migrations this release knows, by the version they migrate from: version 1 (release 0.1.0,
 * with XState's persisted snapshot) to version 2: enum values in snake_case, then the context and
 * its revision instead of the machine's own snapshot, and last the audit log as a hash chain that
 * starts at the migration ({@link chainAuditLogAtMigration}).
 */
export const gebiedsprocesMigrations: Readonly<Record<number, SnapshotMigration>> = Object.freeze({
  1: (v1) => chainAuditLogAtMigration(snapshotV1ToV2(gebiedsprocesSnapshotVocabularyV1ToV2(v1)), 1),
});

/**
 * A plain-JSON copy of `input`, or core's typed error for what JSON cannot hold or what is past
 * the limits (cycles, BigInt, nesting, size).
 */
function snapshotCopy(input: object, path: readonly (string | number)[]): Record<string, unknown> {
  return jsonCopy(input, [...path], { maxValues: LIMITS.snapshotValues.max }) as Record<string, unknown>;
}

/**
 * Brings a persisted area process snapshot up to the current format version, one migration at a
 * time, then validates its envelope (the context is validated by `restoreGebiedsproces`). A version
 * newer than this release, or one without a migration path, is rejected with
 * `snapshot_version_unsupported`. The input is never changed.
 *
 * @example
 * const current = migrateGebiedsprocesSnapshot(JSON.parse(row.snapshot));
 * @see docs/process.md (persistence)
 */
export function migrateGebiedsprocesSnapshot(
  input: unknown,
  migrations: Readonly<Record<number, SnapshotMigration>> = gebiedsprocesMigrations,
): GebiedsprocesSnapshot {
  return migrateSnapshotAt(input, migrations, []);
}

/** {@link migrateGebiedsprocesSnapshot} with every error path under `path`. */
export function migrateSnapshotAt(
  input: unknown,
  migrations: Readonly<Record<number, SnapshotMigration>>,
  path: readonly (string | number)[],
): GebiedsprocesSnapshot {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw processMessages.fail('invalid_argument', { name: 'snapshot' }, [...path]);
  }
  let current = snapshotCopy(input, path);
  let version = current.schemaVersion;
  while (typeof version === 'number' && Number.isInteger(version) && version < GEBIEDSPROCES_SNAPSHOT_VERSION) {
    const step = Object.hasOwn(migrations, version) ? migrations[version] : undefined;
    if (typeof step !== 'function') break;
    current = step(current);
    const next = typeof current === 'object' && current !== null ? current.schemaVersion : undefined;
    if (typeof next !== 'number' || next <= version) {
      throw processMessages.fail('snapshot_version_unsupported', { version: String(version) }, [
        ...path,
        'schemaVersion',
      ]);
    }
    version = next;
  }
  if (version !== GEBIEDSPROCES_SNAPSHOT_VERSION) {
    const shown = typeof version === 'number' || typeof version === 'string' ? String(version) : typeof version;
    throw processMessages.fail('snapshot_version_unsupported', { version: shown }, [...path, 'schemaVersion']);
  }
  return validate(GebiedsprocesSnapshotSchema, current, { path: [...path] });
}

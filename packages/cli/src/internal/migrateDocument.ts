// Internal: the one place where documents are brought to the current format version: core's
// migrateDocument for every document kind, and the process package's migration for area process
// snapshots (it also moves the context out of XState's snapshot and chains the audit log).
import { type DocumentKind, documentSchemas, migrateDocument as migrateCoreDocument } from '@gebiedsgericht/core';
import { cliFail } from '../messages';

/** The migrated document and whether anything changed. */
export interface MigrationOutcome {
  readonly document: Record<string, unknown>;
  readonly changed: boolean;
}

/**
 * Migrates a document (a parsed JSON object with `kind` and `schemaVersion`) to the current format
 * version. Throws `no_migration` for a kind the SDK does not know, and the SDK's typed error when
 * the version has no way forward or the migrated document does not validate.
 */
export async function migrateDocument(document: Record<string, unknown>): Promise<MigrationOutcome> {
  // 0.1.0 called the snapshot kind `areaProcessSnapshot`; the process migration renames it.
  const kind = document.kind === 'areaProcessSnapshot' ? 'gebiedsprocesSnapshot' : String(document.kind);
  let migrated: Record<string, unknown>;
  if (kind === 'gebiedsprocesSnapshot') {
    const { migrateSnapshot } = await import('./processApi');
    migrated = migrateSnapshot(document) as unknown as Record<string, unknown>;
  } else if (Object.hasOwn(documentSchemas, kind)) {
    migrated = migrateCoreDocument(kind as DocumentKind, document) as Record<string, unknown>;
  } else {
    throw cliFail('no_migration', { kind, version: String(document.schemaVersion) }, ['schemaVersion']);
  }
  return { document: migrated, changed: JSON.stringify(migrated) !== JSON.stringify(document) };
}

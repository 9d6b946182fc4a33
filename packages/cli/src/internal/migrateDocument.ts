// Internal: the one place where documents are brought to the current format version. Today only
// area process snapshots have a migration path (in @gebiedsgericht/process); every other kind is
// current at version 1 or has no way forward.
import { DOCUMENT_SCHEMA_VERSION } from '@gebiedsgericht/core';
import { cliFail } from '../messages';

/** The migrated document and whether anything changed. */
export interface MigrationOutcome {
  readonly document: Record<string, unknown>;
  readonly changed: boolean;
}

/**
 * Migrates a document (a parsed JSON object with `kind` and `schemaVersion`) to the current format
 * version. Throws `no_migration` when there is no path from its version.
 */
export async function migrateDocument(document: Record<string, unknown>): Promise<MigrationOutcome> {
  const kind = String(document.kind);
  if (document.kind === 'areaProcessSnapshot') {
    const { migrateSnapshot } = await import('./processApi');
    const migrated = migrateSnapshot(document) as unknown as Record<string, unknown>;
    return { document: migrated, changed: JSON.stringify(migrated) !== JSON.stringify(document) };
  }
  if (document.schemaVersion === DOCUMENT_SCHEMA_VERSION) return { document, changed: false };
  throw cliFail('no_migration', { kind, version: String(document.schemaVersion) }, ['schemaVersion']);
}

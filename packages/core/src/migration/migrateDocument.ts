import { type DocumentKind, type DocumentOf, documentSchemas } from '../documents';
import { coreFail } from '../messages';
import { describeValue } from '../primitives/describeValue';
import type { DocumentDefinition } from '../primitives/document';
import { DOCUMENT_SCHEMA_VERSION } from '../primitives/document';
import { jsonCopy } from '../primitives/safeValue';
import { validate } from '../primitives/validate';
import { renameEnumValuesV1ToV2 } from './enumValuesV2';
import { bumpHeaders } from './headers';

/** One step of the document format: turns a document of version `n` into one of version `n + 1`. */
export type DocumentMigrationStep = (document: unknown, kind: string) => unknown;

function objectOf(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** Version 1 → 2: enum values in snake_case (docs/architecture.md, "Enum values"). */
function v1ToV2(document: unknown, kind: string): unknown {
  // Version 2 snapshots hold the context instead of XState's snapshot, and their audit entries are
  // hash-chained; chaining needs the whole log and the process package's hashing.
  if (kind === 'gebiedsprocesSnapshot' || kind === 'auditEntry')
    throw coreFail('migrated_by_process', { kind }, ['document']);
  const renamed = renameEnumValuesV1ToV2(document);
  bumpHeaders(renamed, 1, 2);
  return renamed;
}

/**
 * Document kinds that version 2 renamed, by their version-1 name: the gebiedsproces has one code
 * name (docs/glossary.md), so the 0.1.0 kinds `areaProcessSettings` and `areaProcessSnapshot` are
 * read as the kinds they became.
 */
const KINDS_RENAMED_IN_VERSION_2: Readonly<Record<string, DocumentKind>> = Object.freeze({
  areaProcessSettings: 'gebiedsprocesSettings',
  areaProcessSnapshot: 'gebiedsprocesSnapshot',
});

/** The steps this release knows, by the version they migrate from. */
const STEPS: Readonly<Record<number, DocumentMigrationStep>> = Object.freeze({ 1: v1ToV2 });

/**
 * Brings a stored document of an earlier format version up to the current one
 * ({@link DOCUMENT_SCHEMA_VERSION}), one step at a time, and validates it against the schema of
 * its kind. Documents with a header say their version in `schemaVersion`; for the kinds without
 * one (errors, process events, audit entries, settings, findings, …) every step is applied, which
 * is safe because each step leaves an already-migrated document unchanged. The input is never
 * changed. The kinds 0.1.0 called `areaProcessSettings` and `areaProcessSnapshot` are accepted
 * under those names too. Area process snapshots and audit entries of version 1 are refused with
 * `migrated_by_process`: `migrateGebiedsprocesSnapshot` of `@gebiedsgericht/process` migrates them,
 * since version 2 moves the context out of XState's snapshot and chains the audit log by hash. An
 * unknown kind is `unknown_document`; a version newer than this release, or one
 * without a migration path, is `document_version_unsupported`; a document that still does not fit
 * its schema after migrating is `invalid_input` with the issues under `document`.
 *
 * @example
 * const startnotitie = migrateDocument('startnotitie', JSON.parse(row.json));
 * startnotitie.schemaVersion; // 2
 * @see docs/core.md (stored documents)
 */
export function migrateDocument<K extends DocumentKind>(kind: K, document: unknown): DocumentOf<K> {
  const registry: Readonly<Record<string, DocumentDefinition>> = documentSchemas;
  if (typeof kind === 'string' && Object.hasOwn(KINDS_RENAMED_IN_VERSION_2, kind)) {
    kind = KINDS_RENAMED_IN_VERSION_2[kind] as K;
  }
  const definition = typeof kind === 'string' && Object.hasOwn(registry, kind) ? registry[kind] : undefined;
  if (!definition) throw coreFail('unknown_document', { name: describeValue(kind) }, ['kind']);
  const declared = objectOf(document)?.schemaVersion;
  let version: number;
  if (declared === undefined) version = 1;
  else if (typeof declared === 'number' && Number.isInteger(declared) && declared >= 1) version = declared;
  else
    throw coreFail('document_version_unsupported', { version: describeValue(declared) }, ['document', 'schemaVersion']);
  if (version > DOCUMENT_SCHEMA_VERSION) {
    throw coreFail('document_version_unsupported', { version: String(version) }, ['document', 'schemaVersion']);
  }
  let current: unknown = jsonCopy(document, ['document']);
  for (; version < DOCUMENT_SCHEMA_VERSION; version++) {
    const step = STEPS[version];
    if (!step) {
      throw coreFail('document_version_unsupported', { version: String(version) }, ['document', 'schemaVersion']);
    }
    current = step(current, kind);
  }
  return validate(definition.schema, current, { path: ['document'] }) as DocumentOf<K>;
}

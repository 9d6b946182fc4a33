// Internal: recognising a document by its `kind` and validating it against core's schema.
import {
  DOCUMENT_SCHEMA_VERSION,
  documentSchemas,
  type GebiedsgerichtError,
  isPlainRecord,
  validate,
} from '@gebiedsgericht/core';
import { cliFail } from '../messages';

/** A JSON object, as documents are. */
export type JsonObject = Record<string, unknown>;

/** Checks that the value is an object with a known `kind`; returns the object. */
export function documentOf(value: unknown): JsonObject {
  if (!isPlainRecord(value)) throw cliFail('not_a_document', undefined);
  const kind = value.kind;
  if (typeof kind !== 'string') throw cliFail('not_a_document', undefined, ['kind']);
  if (!Object.hasOwn(documentSchemas, kind) || kind === 'error')
    throw cliFail('unknown_document_kind', { kind }, ['kind']);
  return value;
}

/**
 * Validates a document against the schema of its `kind`: throws a `GebiedsgerichtError` with every
 * problem, and a hint to migrate for a document of an older format version.
 */
export function validateDocument(value: unknown): JsonObject {
  const document = documentOf(value);
  const version = document.schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version < DOCUMENT_SCHEMA_VERSION)
    throw cliFail('older_schema_version', { version: String(version) }, ['schemaVersion']);
  const definition = documentSchemas[document.kind as string];
  return validate(definition!.schema, document, { path: [] }) as JsonObject;
}

/** Validates a document and checks that it is of one of the expected kinds. */
export function expectDocument(value: unknown, ...kinds: readonly string[]): JsonObject {
  const document = documentOf(value);
  if (!kinds.includes(document.kind as string))
    throw cliFail('wrong_document_kind', { expected: kinds.join(' | '), found: String(document.kind) }, ['kind']);
  return validateDocument(document);
}

export type { GebiedsgerichtError };

import * as z from 'zod';
import { IdSchema } from './id';
import type { Label } from './labels';

/** The version of the document format this release of the SDK writes. */
export const DOCUMENT_SCHEMA_VERSION = 2 as const;

/**
 * The fields every top-level document starts with: what kind of document it is, which version of
 * the format it follows, and its id. Spread into a `z.strictObject`:
 *
 * @example
 * const StartnotitieSchema = z.strictObject({ ...documentHeader('startnotitie'), scope: z.string() });
 */
export function documentHeader<const K extends string>(kind: K) {
  return {
    kind: z.literal(kind),
    schemaVersion: z.literal(DOCUMENT_SCHEMA_VERSION),
    id: IdSchema,
  };
}

/**
 * A document type that is published as JSON Schema (see `schemas/` in this package). `S` is left
 * unconstrained here ({@link defineDocument} checks it) so that a consumer's type-check does not
 * compare every registered schema with `z.ZodType` again.
 */
export interface DocumentDefinition<S = z.ZodType> {
  /** The zod schema: the single source of truth for the shape. */
  readonly schema: S;
  /** Human title in Dutch and English, used as the JSON Schema `title`. */
  readonly title: Label;
  /** One sentence on what the document is for, used as the JSON Schema `description`. */
  readonly description: Label;
}

/**
 * Registers a document type for the JSON Schema generator.
 *
 * @example
 * export const areaDocuments = { area: defineDocument(AreaSchema, { nl: 'Gebied', en: 'Area' }, {...}) };
 */
export function defineDocument<S extends z.ZodType>(
  schema: S,
  title: Label,
  description: Label,
): DocumentDefinition<S> {
  return Object.freeze({ schema, title, description });
}

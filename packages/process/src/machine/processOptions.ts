import { documentSchemas, type IssuePath, isPlainRecord } from '@gebiedsgericht/core';
import type * as z from 'zod';
import { processMessages } from '../messages';

/** Document types by registered name, as in core's `documentSchemas`. */
export type DocumentRegistry = Readonly<Record<string, { readonly schema: z.ZodType }>>;

/**
 * Options of the area process machine that are code, not data: where deliverable schemas are
 * looked up, and how the chosen and the best-ranked variant are read from the documents of a
 * step that chooses (step 4). Restore a persisted process with the same options.
 */
export interface GebiedsprocesOptions {
  /** Extra or replacement document types; merged over core's `documentSchemas`. */
  readonly documents?: DocumentRegistry;
  /** Reads the chosen variant from the deliverable of a choosing step. */
  readonly readChosenVariant?: (deliverable: Readonly<Record<string, unknown>>) => string | undefined;
  /** Reads the best-ranked variant from the assessment record (or the deliverable holding it) of a choosing step. */
  readonly readBestRankedVariant?: (assessment: Readonly<Record<string, unknown>>) => string | undefined;
}

/** The options with every default filled in. */
export interface ResolvedGebiedsprocesOptions {
  readonly documents: DocumentRegistry;
  readonly readChosenVariant: (deliverable: Readonly<Record<string, unknown>>) => string | undefined;
  readonly readBestRankedVariant: (assessment: Readonly<Record<string, unknown>>) => string | undefined;
}

function stringField(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/**
 * Default reader of the chosen variant: `chosenVariantId` of the deliverable, or
 * `choice.chosenVariantId` (core's `assessmentAndChoice`).
 */
export function defaultReadChosenVariant(deliverable: Readonly<Record<string, unknown>>): string | undefined {
  const direct = stringField(deliverable.chosenVariantId);
  if (direct) return direct;
  const choice = deliverable.choice;
  if (choice && typeof choice === 'object') return stringField((choice as Record<string, unknown>).chosenVariantId);
  return undefined;
}

function bestOfRanking(ranking: unknown): string | undefined {
  if (!Array.isArray(ranking)) return undefined;
  let best: { id: string; rank: number } | undefined;
  for (const entry of ranking) {
    if (!entry || typeof entry !== 'object') continue;
    const id = stringField((entry as Record<string, unknown>).variantId);
    const rank = (entry as Record<string, unknown>).rank;
    if (id && typeof rank === 'number' && (!best || rank < best.rank)) best = { id, rank };
  }
  return best?.id;
}

/**
 * Default reader of the best-ranked variant: the entry with the lowest `rank` in `ranking`
 * (`{ variantId, rank }[]`, core's assessment record), else `recommendedVariantId`; looked up in
 * the document itself or in its `assessmentRecord` (core's `assessmentAndChoice`).
 */
export function defaultReadBestRankedVariant(assessment: Readonly<Record<string, unknown>>): string | undefined {
  const nested = assessment.assessmentRecord;
  const sources = [assessment, ...(nested && typeof nested === 'object' ? [nested as Record<string, unknown>] : [])];
  for (const source of sources) {
    const best = bestOfRanking(source.ranking) ?? stringField(source.recommendedVariantId);
    if (best) return best;
  }
  return undefined;
}

function invalid(name: string, path: IssuePath) {
  return processMessages.fail('invalid_argument', { name }, path);
}

/**
 * Checks the code-valued options (a document registry whose entries carry a zod `schema`, and
 * reader functions) and throws `invalid_argument` with the path of the first wrong one. With
 * `resolved`, every option must be present (as in {@link ResolvedGebiedsprocesOptions}).
 */
export function validateGebiedsprocesOptions(options: unknown, path: IssuePath, resolved = false): void {
  if (!isPlainRecord(options)) throw invalid(path.join('.') || 'options', path);
  const { documents, readChosenVariant, readBestRankedVariant } = options;
  if (documents !== undefined || resolved) {
    if (!isPlainRecord(documents)) throw invalid('documents', [...path, 'documents']);
    for (const [name, entry] of Object.entries(documents)) {
      const schema = isPlainRecord(entry) ? entry.schema : undefined;
      if (typeof (schema as { safeParse?: unknown } | undefined)?.safeParse !== 'function') {
        throw invalid(`documents.${name}.schema`, [...path, 'documents', name, 'schema']);
      }
    }
  }
  for (const [name, reader] of [
    ['readChosenVariant', readChosenVariant],
    ['readBestRankedVariant', readBestRankedVariant],
  ] as const) {
    if ((reader !== undefined || resolved) && typeof reader !== 'function') throw invalid(name, [...path, name]);
  }
}

/**
 * Fills in the defaults of {@link GebiedsprocesOptions}. Throws `invalid_argument` (path into
 * `options`) when the options are not an object, a document entry has no zod `schema`, or a reader
 * is not a function.
 *
 * @example
 * resolveOptions({ readChosenVariant: (d) => String(d.keuze) }).documents; // core's documentSchemas
 * @see docs/process.md
 */
export function resolveOptions(options: GebiedsprocesOptions = {}): ResolvedGebiedsprocesOptions {
  validateGebiedsprocesOptions(options, ['options']);
  return {
    documents: options.documents ? { ...documentSchemas, ...options.documents } : documentSchemas,
    readChosenVariant: options.readChosenVariant ?? defaultReadChosenVariant,
    readBestRankedVariant: options.readBestRankedVariant ?? defaultReadBestRankedVariant,
  };
}

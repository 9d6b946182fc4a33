import { documentSchemas } from '@gebiedsgericht/core';
import type { z } from 'zod';

/** Document types by registered name, as in core's `documentSchemas`. */
export type DocumentRegistry = Readonly<Record<string, { readonly schema: z.ZodType }>>;

/**
 * Options of the area process machine that are code, not data: where deliverable schemas are
 * looked up, and how the chosen and the best-ranked variant are read from the documents of a
 * step that chooses (step 4). Restore a persisted process with the same options.
 */
export interface AreaProcessOptions {
  /** Extra or replacement document types; merged over core's `documentSchemas`. */
  readonly documents?: DocumentRegistry;
  /** Reads the chosen variant from the deliverable of a choosing step. */
  readonly readChosenVariant?: (deliverable: Readonly<Record<string, unknown>>) => string | undefined;
  /** Reads the best-ranked variant from the assessment record of a choosing step. */
  readonly readBestRankedVariant?: (assessment: Readonly<Record<string, unknown>>) => string | undefined;
}

/** The options with every default filled in. */
export interface ResolvedAreaProcessOptions {
  readonly documents: DocumentRegistry;
  readonly readChosenVariant: (deliverable: Readonly<Record<string, unknown>>) => string | undefined;
  readonly readBestRankedVariant: (assessment: Readonly<Record<string, unknown>>) => string | undefined;
}

function stringField(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/**
 * Default reader of the chosen variant: the field `chosenVariantId` of the deliverable, or
 * `choice.variantId`.
 */
export function defaultReadChosenVariant(deliverable: Readonly<Record<string, unknown>>): string | undefined {
  const direct = stringField(deliverable.chosenVariantId);
  if (direct) return direct;
  const choice = deliverable.choice;
  if (choice && typeof choice === 'object') return stringField((choice as Record<string, unknown>).variantId);
  return undefined;
}

/**
 * Default reader of the best-ranked variant of an assessment record: `bestVariantId`, else the
 * entry with the lowest `rank` in `ranking` (`{ variantId, rank }[]`), else the first of
 * `rankedVariantIds`.
 */
export function defaultReadBestRankedVariant(assessment: Readonly<Record<string, unknown>>): string | undefined {
  const direct = stringField(assessment.bestVariantId);
  if (direct) return direct;
  const ranking = assessment.ranking;
  if (Array.isArray(ranking)) {
    let best: { id: string; rank: number } | undefined;
    for (const entry of ranking) {
      if (!entry || typeof entry !== 'object') continue;
      const id = stringField((entry as Record<string, unknown>).variantId);
      const rank = (entry as Record<string, unknown>).rank;
      if (id && typeof rank === 'number' && (!best || rank < best.rank)) best = { id, rank };
    }
    if (best) return best.id;
  }
  const ids = assessment.rankedVariantIds;
  if (Array.isArray(ids)) return stringField(ids[0]);
  return undefined;
}

/** Fills in the defaults of {@link AreaProcessOptions}. */
export function resolveOptions(options: AreaProcessOptions = {}): ResolvedAreaProcessOptions {
  return {
    documents: options.documents ? { ...documentSchemas, ...options.documents } : documentSchemas,
    readChosenVariant: options.readChosenVariant ?? defaultReadChosenVariant,
    readBestRankedVariant: options.readBestRankedVariant ?? defaultReadBestRankedVariant,
  };
}

import * as z from 'zod';
import { PlacementStatusSchema } from '../area/placement';
import { NonEmptyStringSchema, NonNegativeNumberSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { LabelSchema } from '../primitives/labels';
import { validate } from '../primitives/validate';
import { type RuimtelijkArrangement, RuimtelijkArrangementSchema } from './ruimtelijkArrangement';

/**
 * One row of the summary of a provincial arrangement: a national opgave, its verdict, the
 * provincial target, how much the area processes take together, and the part that is still open
 * (target minus placed, never below zero).
 *
 * @example
 * const row: NationalOpgaveSummary = { id: 'nationaal-wind', title: { nl: 'Wind op land', en: 'Onshore wind' }, status: 'not_realistic', unit: 'windturbines', target: 6, placed: 4, open: 2 };
 * @see handreiking §2.5
 */
export const NationalOpgaveSummarySchema = strictObject({
  id: IdSchema,
  title: LabelSchema,
  status: PlacementStatusSchema,
  unit: NonEmptyStringSchema,
  target: z.number(),
  placed: z.number(),
  open: NonNegativeNumberSchema,
});
/** One row of the arrangement summary. */
export type NationalOpgaveSummary = z.infer<typeof NationalOpgaveSummarySchema>;

/**
 * The table a province and the rijk look at first: per national opgave whether it fits, needs
 * something extra or is not realistic in this province, the target, what the area processes place
 * and what stays open. Validates the arrangement first (`invalid_input`).
 *
 * @example
 * nationalOpgaveSummary(zuidmarkArrangement).filter((r) => r.open > 0);
 * // [{ id: 'nationaal-wind', status: 'not_realistic', target: 6, placed: 4, open: 2, ... }, ...]
 * @see handreiking §2.5 ("welke nationale opgaven wel een plek kunnen krijgen, waarvoor iets extra nodig is en welke ... niet realistisch zijn")
 */
export function nationalOpgaveSummary(arrangement: RuimtelijkArrangement): NationalOpgaveSummary[] {
  const doc = validate(RuimtelijkArrangementSchema, arrangement);
  return doc.nationalOpgaven.map((o) => {
    const placed = o.contributions.reduce((sum, c) => sum + c.quantity, 0);
    return {
      id: o.id,
      title: o.title,
      status: o.placement.status,
      unit: o.unit,
      target: o.provincialTarget,
      placed,
      open: Math.max(0, o.provincialTarget - placed),
    };
  });
}

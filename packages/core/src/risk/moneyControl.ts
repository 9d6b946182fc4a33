import type * as z from 'zod';
import { strictObject } from '../internal/strictObject';
import { EuroCentsSchema } from '../primitives/money';
import { ToleranceSchema } from './tolerance';

/**
 * Geld (money) of a step, phase or project: the budget (norm), what has been spent so far
 * (actual) and the expected cost at completion (forecast), all in euro cents, with a tolerance.
 *
 * @example
 * MoneyControlSchema.parse({ budget: 500_000_00, actual: 120_000_00, forecast: 540_000_00, tolerance: { mode: 'relative', over: 0.05, under: 0.2 } });
 * @see handreiking bijlage 1, onderdeel 1 (GOKIT: Geld)
 */
export const MoneyControlSchema = strictObject({
  budget: EuroCentsSchema,
  actual: EuroCentsSchema,
  forecast: EuroCentsSchema,
  tolerance: ToleranceSchema,
});
/** Geld of a step, phase or project (see {@link MoneyControlSchema}). */
export type MoneyControl = z.infer<typeof MoneyControlSchema>;

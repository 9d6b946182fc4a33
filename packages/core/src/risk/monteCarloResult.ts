import * as z from 'zod';
import {
  IdListSchema,
  NonEmptyStringSchema,
  NonNegativeIntSchema,
  NonNegativeNumberSchema,
  UnitIntervalSchema,
} from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import { IdSchema } from '../primitives/id';

/**
 * The result of a seeded Monte Carlo simulation of an estimate: mean, standard deviation, extremes,
 * P50, P85 and the requested percentiles, the contingency (the value at the contingency percentile
 * minus the base estimate), the contribution of every item and risk event (tornado data: mean,
 * standard deviation and share of the total variance; `low` and `high`, the expected total with the
 * input at its own P10 and P90 and every other input at its mean; and for risk events how often they
 * occurred and their mean consequence when they did, `swing`), histogram bins and the S-curve
 * (cumulative probability). Values are in the unit of the estimate.
 *
 * @example
 * // produced by simulateEstimate() in @gebiedsgericht/risk
 * @see handreiking bijlage 1, onderdeel 1 (GOKIT: Geld, Tijd; CROW SSK (P50, P85; outside the handreiking))
 */
export const MonteCarloResultSchema = strictObject({
  ...documentHeader('monteCarloResult'),
  estimateId: IdSchema,
  aspect: z.enum(['money', 'time']),
  unit: z.enum(['euro_cents', 'days']),
  iterations: z.number().int().min(1),
  seed: z.number().int().min(0).max(0xffffffff),
  baseEstimate: z.number(),
  mean: z.number(),
  stdDev: NonNegativeNumberSchema,
  min: z.number(),
  max: z.number(),
  p50: z.number(),
  p85: z.number(),
  percentiles: z.array(strictObject({ percentile: z.number().gt(0).lt(100), value: z.number() })),
  contingency: strictObject({ percentile: z.number().gt(0).lt(100), value: z.number(), amount: z.number() }),
  certainEventIds: IdListSchema,
  contributions: z.array(
    strictObject({
      id: IdSchema,
      source: z.enum(['item', 'risk_event']),
      label: NonEmptyStringSchema,
      mean: z.number(),
      stdDev: NonNegativeNumberSchema,
      varianceShare: UnitIntervalSchema,
      occurrenceRate: UnitIntervalSchema.optional(),
      swing: z.number().optional(),
      low: z.number(),
      high: z.number(),
    }),
  ),
  histogram: z.array(strictObject({ from: z.number(), to: z.number(), count: NonNegativeIntSchema })),
  sCurve: z.array(strictObject({ value: z.number(), probability: UnitIntervalSchema })),
});
/** The result of a Monte Carlo simulation (see {@link MonteCarloResultSchema}). */
export interface MonteCarloResult extends z.output<typeof MonteCarloResultSchema> {}

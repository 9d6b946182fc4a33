import * as z from 'zod';
import { NonNegativeNumberSchema, OptionalIdSchema, UnitIntervalSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';

/**
 * The smallest change of one weight in one direction (the other weights rescaled proportionally so
 * that all still sum to 1) at which another variant takes the top of the ranking.
 *
 * @example
 * WeightChangeSchema.parse({ delta: -0.12, newWeight: 0.18, newTopVariantId: 'variant-c' });
 */
export const WeightChangeSchema = strictObject({
  delta: z.number(),
  newWeight: UnitIntervalSchema,
  newTopVariantId: IdSchema,
});
/** The smallest weight change that changes the top of the ranking. */
export type WeightChange = z.infer<typeof WeightChangeSchema>;

/**
 * How sensitive the top of the ranking is to one criterion's weight: the change needed downwards
 * and upwards (absent when no change within 0…1 changes the top), and the smallest absolute and
 * relative change (`|delta| / weight`).
 *
 * @example
 * CriterionSensitivitySchema.parse({ criterionId: 'water', weight: 0.3, smallestChange: 0.12, relativeChange: 0.4 });
 */
export const CriterionSensitivitySchema = strictObject({
  criterionId: IdSchema,
  weight: UnitIntervalSchema,
  decrease: WeightChangeSchema.optional(),
  increase: WeightChangeSchema.optional(),
  smallestChange: NonNegativeNumberSchema.optional(),
  relativeChange: NonNegativeNumberSchema.optional(),
});
/** How sensitive the top of the ranking is to one weight. */
export type CriterionSensitivity = z.infer<typeof CriterionSensitivitySchema>;

/**
 * One point of a one-at-a-time weight sweep: the criterion's weight and every variant's score.
 *
 * @example
 * SweepPointSchema.parse({ weight: 0.5, scores: [{ variantId: 'a', score: 0.6 }], topVariantId: 'a' });
 */
export const SweepPointSchema = strictObject({
  weight: UnitIntervalSchema,
  scores: z.array(strictObject({ variantId: IdSchema, score: z.number() })),
  topVariantId: IdSchema,
});
/** One point of a weight sweep. */
export type SweepPoint = z.infer<typeof SweepPointSchema>;

/**
 * A one-at-a-time weight sweep of one criterion from 0 to 1, as chart data (one line per variant).
 *
 * @example
 * WeightSweepSchema.parse({ criterionId: 'water', points: [] });
 */
export const WeightSweepSchema = strictObject({ criterionId: IdSchema, points: z.array(SweepPointSchema) });
/** A one-at-a-time weight sweep. */
export type WeightSweep = z.infer<typeof WeightSweepSchema>;

/**
 * Weight sensitivity of a weighted-sum ranking: the current top variant, per criterion the change
 * that would change the top, the most critical criterion (the smallest relative change, as in
 * Triantaphyllou & Sánchez 1997; absent when no weight change changes the top) and the sweeps.
 *
 * The measure comes from outside the handreiking: E. Triantaphyllou and A. Sánchez, "A sensitivity
 * analysis approach for some deterministic multi-criteria decision-making methods", Decision
 * Sciences 28(1), 1997, 151–194.
 *
 * @example
 * SensitivityResultSchema.parse({ topVariantId: 'a', criteria: [], sweeps: [] });
 * @see handreiking §2.5 (motivering van afwegingen en keuzes)
 */
export const SensitivityResultSchema = strictObject({
  topVariantId: IdSchema,
  criteria: z.array(CriterionSensitivitySchema),
  mostCriticalCriterionId: OptionalIdSchema,
  sweeps: z.array(WeightSweepSchema),
});
/** Weight sensitivity of a ranking. */
export type SensitivityResult = z.infer<typeof SensitivityResultSchema>;

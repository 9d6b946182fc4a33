import * as z from 'zod';
import { NonEmptyIdListSchema, UnitIntervalSchema } from '../internal/leafSchemas';
import { schemaIssue } from '../internal/schemaIssue';
import { assessmentIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { CriterionWeightSchema } from './ahp';

/**
 * What is known about the weights for SMAA: nothing (`unknown`: uniform over all weight vectors
 * that sum to 1), only their order (`ranked`: uniform over the weights that respect the criteria's
 * `priorityRank`, ties allowed), or exactly (`exact`: the framework's weights; only the scores are
 * uncertain).
 *
 * @example
 * SmaaWeightKnowledgeSchema.parse({ kind: 'unknown' });
 */
export const SmaaWeightKnowledgeSchema = z.discriminatedUnion('kind', [
  strictObject({ kind: z.literal('unknown') }),
  strictObject({ kind: z.literal('ranked') }),
  strictObject({ kind: z.literal('exact') }),
]);
/** What is known about the weights for SMAA. */
export type SmaaWeightKnowledge = z.infer<typeof SmaaWeightKnowledgeSchema>;

/**
 * Settings of an SMAA-2 analysis (Lahdelma & Salminen 2001): how many Monte Carlo samples, the
 * seed of the random source (the same seed gives the same result), what is known about the
 * weights, and whether score uncertainty (intervals or distributions on the scores) is sampled.
 *
 * SMAA comes from outside the handreiking: R. Lahdelma and P. Salminen, "SMAA-2: Stochastic
 * multicriteria acceptability analysis for group decision making", Operations Research 49(3), 2001,
 * 444–454.
 *
 * @example
 * SmaaSettingsSchema.parse({ samples: 10_000, seed: 42, weights: { kind: 'unknown' }, sampleScores: true });
 */
export const SmaaSettingsSchema = strictObject({
  samples: z.number().int().min(100).max(1_000_000),
  seed: z.number().int().min(0).max(4_294_967_295),
  weights: SmaaWeightKnowledgeSchema,
  sampleScores: z.boolean(),
});
/** Settings of an SMAA-2 analysis. */
export type SmaaSettings = z.infer<typeof SmaaSettingsSchema>;

/**
 * The SMAA-2 outcome for one variant: its rank acceptability indices `b[r]` (the share of samples in
 * which it ranks `r + 1`; they sum to 1), its central weight vector (the mean weights that make it
 * best; absent when it is never best) and its confidence factor (the share of score samples in
 * which it is best when the central weights are used; absent when it is never best).
 *
 * @example
 * SmaaVariantResultSchema.parse({ variantId: 'a', rankAcceptability: [0.7, 0.3], centralWeights: [{ criterionId: 'x', weight: 1 }], confidenceFactor: 0.9 });
 */
export const SmaaVariantResultSchema = strictObject({
  variantId: IdSchema,
  rankAcceptability: z.array(UnitIntervalSchema).min(1),
  centralWeights: z.array(CriterionWeightSchema).optional(),
  confidenceFactor: UnitIntervalSchema.optional(),
});
/** The SMAA-2 outcome for one variant. */
export type SmaaVariantResult = z.infer<typeof SmaaVariantResultSchema>;

/**
 * The outcome of an SMAA-2 analysis: the settings it ran with and per variant its rank
 * acceptabilities, central weights and confidence factor.
 *
 * @example
 * SmaaResultSchema.parse({ settings, criterionIds: ['x'], variants: [] });
 * @see handreiking §2.5 (keuzes maken en bijsturen onder onzekerheid)
 */
export const SmaaResultSchema = strictObject({
  settings: SmaaSettingsSchema,
  criterionIds: NonEmptyIdListSchema,
  variants: z.array(SmaaVariantResultSchema),
}).superRefine((r, ctx) => {
  for (const [i, v] of r.variants.entries()) {
    if (v.rankAcceptability.length !== r.variants.length)
      schemaIssue(ctx, assessmentIssues, 'rank_count_mismatch', {}, ['variants', i, 'rankAcceptability']);
  }
});
/** The outcome of an SMAA-2 analysis. */
export type SmaaResult = z.infer<typeof SmaaResultSchema>;

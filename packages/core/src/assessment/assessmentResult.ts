import * as z from 'zod';
import { IdListSchema, OptionalIdSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import { ErrorIssueSchema } from '../primitives/errors';
import { IdSchema } from '../primitives/id';
import { CriterionWeightSchema } from './ahp';
import { AssessmentMethodName } from './assessmentMethod';
import { EffectDistributionSchema } from './effectDistribution';
import { NormalisationSchema } from './normalisation';
import { PrometheeFlowSchema } from './promethee';
import { ScreeningResultSchema } from './screening';
import { SensitivityResultSchema } from './sensitivity';
import { SmaaResultSchema } from './smaa';
import { SpatialFitResultSchema } from './spatialFit';

/**
 * A variant's normalised score on one criterion (0…1 for min–max and interval, −1…1 for max) and
 * its weighted contribution when weights were used.
 *
 * @example
 * NormalisedScoreSchema.parse({ variantId: 'a', criterionId: 'water', value: 1, contribution: 0.2 });
 */
export const NormalisedScoreSchema = strictObject({
  variantId: IdSchema,
  criterionId: IdSchema,
  value: z.number(),
  contribution: z.number().optional(),
});
/** A normalised score. */
export type NormalisedScore = z.infer<typeof NormalisedScoreSchema>;

/**
 * A variant's place in the ranking: rank 1 is best, ties share a rank; `value` is the weighted
 * sum or the PROMETHEE net flow (absent for a pure priority order); `decidedAtLevel` is the level
 * of the priority order that separated it from the next variant, when one was used.
 *
 * @example
 * RankingEntrySchema.parse({ variantId: 'variant-c', rank: 1, value: 0.71 });
 */
export const RankingEntrySchema = strictObject({
  variantId: IdSchema,
  rank: z.number().int().min(1),
  value: z.number().optional(),
  decidedAtLevel: z.number().int().min(1).optional(),
});
/** A variant's place in the ranking. */
export type RankingEntry = z.infer<typeof RankingEntrySchema>;

/**
 * The outcome of assessing an {@link AssessmentInput}: the screening of every variant, the
 * spatial fit, normalised scores, the ranking of the feasible variants, the variants set aside,
 * and where asked PROMETHEE flows, weight sensitivity, SMAA-2 uncertainty and the distribution of
 * effects; warnings (for example a NOVI principle neither covered nor stated absent) say what to
 * look at before the step 4 decision.
 *
 * @example
 * const result = assess(input); // from @gebiedsgericht/assessment
 * AssessmentResultSchema.parse(result);
 * @see handreiking bijlage 1, onderdeel 2, stap 4; §2.5
 */
export const AssessmentResultSchema = strictObject({
  ...documentHeader('assessmentResult'),
  inputId: IdSchema,
  afwegingskaderId: IdSchema,
  method: AssessmentMethodName.schema,
  normalisation: NormalisationSchema,
  priorityOrderId: OptionalIdSchema,
  weights: z.array(CriterionWeightSchema),
  screening: z.array(ScreeningResultSchema),
  spatialFit: z.array(SpatialFitResultSchema).optional(),
  normalisedScores: z.array(NormalisedScoreSchema),
  ranking: z.array(RankingEntrySchema),
  excludedVariantIds: IdListSchema,
  prometheeFlows: z.array(PrometheeFlowSchema).optional(),
  sensitivity: SensitivityResultSchema.optional(),
  uncertainty: SmaaResultSchema.optional(),
  distribution: z.array(EffectDistributionSchema).optional(),
  criteriaAddedLater: IdListSchema,
  warnings: z.array(ErrorIssueSchema),
});
/** The outcome of an assessment. */
export interface AssessmentResult extends z.output<typeof AssessmentResultSchema> {}

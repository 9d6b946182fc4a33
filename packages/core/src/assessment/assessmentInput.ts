import * as z from 'zod';
import { OptionalIdSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import { AfwegingskaderSchema } from './afwegingskader';
import { AssessmentMethodSchema } from './assessmentMethod';
import { EffectSchema } from './effectDistribution';
import { NormalisationSchema } from './normalisation';
import { PlusMinusMappingSchema } from './plusMinus';
import { RandvoorwaardeSchema } from './randvoorwaarde';
import { ScoreSchema } from './score';
import { SmaaSettingsSchema } from './smaa';
import { AvailableSpaceSchema } from './spatialFit';
import { VariantSchema } from './variant';

/**
 * Everything step 4 weighs, in one document: the afwegingskader, the boundary conditions, the
 * variants, the scores, the ranking method and normalisation, and optionally a priority order to
 * apply before the weights, the available space, the effects per party and area, sensitivity
 * sweep resolution and SMAA settings. Every method of `@gebiedsgericht/assessment` reads this one
 * shape.
 *
 * @example
 * AssessmentInputSchema.parse({
 *   kind: 'assessmentInput', schemaVersion: 2, id: 'lindewaard-afweging', afwegingskader,
 *   randvoorwaarden: [], variants: [a, b, c], scores, method: { method: 'weighted_sum' }, normalisation: 'min_max',
 * });
 * @see handreiking bijlage 1, onderdeel 2 (stappen 2–4)
 */
export const AssessmentInputSchema = strictObject({
  ...documentHeader('assessmentInput'),
  afwegingskader: AfwegingskaderSchema,
  randvoorwaarden: z.array(RandvoorwaardeSchema),
  variants: z.array(VariantSchema).min(2),
  scores: z.array(ScoreSchema),
  method: AssessmentMethodSchema,
  normalisation: NormalisationSchema,
  plusMinusMapping: PlusMinusMappingSchema.optional(),
  useMitigatedScores: z.boolean().optional(),
  priorityOrderId: OptionalIdSchema,
  space: AvailableSpaceSchema.optional(),
  effects: z.array(EffectSchema).optional(),
  sweepSteps: z.number().int().min(2).max(1000).optional(),
  uncertainty: SmaaSettingsSchema.optional(),
});
/** Everything step 4 weighs. */
export interface AssessmentInput extends z.output<typeof AssessmentInputSchema> {}

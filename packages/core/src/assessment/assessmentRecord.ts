import * as z from 'zod';
import { IdListSchema, NonNegativeNumberSchema, OptionalIdSchema, UnitIntervalSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema } from '../primitives/isoDate';
import { LabelSchema, labelledEnum } from '../primitives/labels';
import { RankingEntrySchema } from './assessmentResult';
import { CriterionAdditionSchema } from './criterion';

/**
 * What kind of thing was not weighed: a NOVI principle without a criterion, a criterion without
 * usable scores, a variant set aside, an effect that was described but not scored, an opgave
 * without a claim, or something else.
 *
 * @example
 * NotWeighedCategory.label('variant', 'nl'); // 'Variant (niet maakbaar)'
 * @see handreiking §2.5 ("maak inzichtelijk wat wel en niet is meegewogen")
 */
export const NotWeighedCategory = labelledEnum({
  novi_principle: { nl: 'NOVI-principe zonder criterium', en: 'NOVI principle without a criterion' },
  criterion: { nl: 'Criterium', en: 'Criterion' },
  variant: { nl: 'Variant (niet maakbaar)', en: 'Variant (not feasible)' },
  effect: { nl: 'Effect (beschreven, niet gescoord)', en: 'Effect (described, not scored)' },
  opgave: { nl: 'Opgave', en: 'Opgave' },
  other: { nl: 'Overig', en: 'Other' },
});
/** One of the {@link NotWeighedCategory} values. */
export type NotWeighedCategory = (typeof NotWeighedCategory)['values'][number];

/**
 * A criterion that was weighed, with its weight and, when it was added later, the approved change.
 *
 * @example
 * WeighedCriterionSchema.parse({ criterionId: 'water', name: { nl: 'Waterberging', en: 'Water storage' }, weight: 0.2 });
 */
export const WeighedCriterionSchema = strictObject({
  criterionId: IdSchema,
  name: LabelSchema,
  weight: UnitIntervalSchema.optional(),
  addedLater: CriterionAdditionSchema.optional(),
});
/** A criterion that was weighed. */
export type WeighedCriterion = z.infer<typeof WeighedCriterionSchema>;

/**
 * Something that was not weighed, and why.
 *
 * @example
 * NotWeighedItemSchema.parse({ category: 'variant', refId: 'variant-b', subject: { nl: 'Groeiende dorpen', en: 'Growing villages' }, reason: { nl: 'Breekt randvoorwaarde waterberging', en: 'Breaks the water storage condition' } });
 */
export const NotWeighedItemSchema = strictObject({
  category: NotWeighedCategory.schema,
  refId: OptionalIdSchema,
  subject: LabelSchema,
  reason: LabelSchema,
});
/** Something that was not weighed. */
export type NotWeighedItem = z.infer<typeof NotWeighedItemSchema>;

/**
 * Something that needs further elaboration, and on what basis (the handreiking's "wat nog
 * verdere uitwerking behoeft en op basis waarvan").
 *
 * @example
 * FurtherElaborationSchema.parse({ subject: { nl: 'Ligging windturbines', en: 'Siting of wind turbines' }, basis: { nl: 'Participatietraject Hoeverveen', en: 'Participation process Hoeverveen' } });
 */
export const FurtherElaborationSchema = strictObject({ subject: LabelSchema, basis: LabelSchema });
/** Something that needs further elaboration. */
export type FurtherElaboration = z.infer<typeof FurtherElaborationSchema>;

/**
 * How robust the outcome is: the most critical criterion and the smallest relative weight change
 * that changes the top (sensitivity), and the top variant's first-rank acceptability and
 * confidence factor (SMAA).
 *
 * @example
 * RobustnessSummarySchema.parse({ mostCriticalCriterionId: 'water', smallestRelativeChange: 0.4, firstRankAcceptability: 0.62 });
 */
export const RobustnessSummarySchema = strictObject({
  mostCriticalCriterionId: OptionalIdSchema,
  smallestRelativeChange: NonNegativeNumberSchema.optional(),
  firstRankAcceptability: UnitIntervalSchema.optional(),
  confidenceFactor: UnitIntervalSchema.optional(),
});
/** How robust the outcome is. */
export type RobustnessSummary = z.infer<typeof RobustnessSummarySchema>;

/**
 * The assessment record (*verantwoording van de afweging*) that goes with the step 4 decision: the
 * method, what was weighed and what was not (and why), the variants set aside, the ranking, the
 * variant the assessment points to, how robust that is, who gains and who loses per variant, and
 * what needs further elaboration. A choice by bestuurders that departs from
 * `recommendedVariantId` must be motivated in the decision.
 *
 * @example
 * const record = assessmentRecord(input, result, { id: 'verantwoording-1', recordedOn: '2027-03-01' }); // @gebiedsgericht/assessment
 * @see handreiking §2.5 (wat wel en niet is meegewogen; bijlage 1); bijlage 1, onderdeel 2, stap 4
 */
export const AssessmentRecordSchema = strictObject({
  ...documentHeader('assessmentRecord'),
  processId: OptionalIdSchema,
  afwegingskaderId: IdSchema,
  resultId: IdSchema,
  recordedOn: IsoDateSchema,
  methodDescription: LabelSchema,
  weighed: z.array(WeighedCriterionSchema),
  notWeighed: z.array(NotWeighedItemSchema),
  ranking: z.array(RankingEntrySchema),
  recommendedVariantId: OptionalIdSchema,
  robustness: RobustnessSummarySchema.optional(),
  distribution: z.array(strictObject({ variantId: IdSchema, gainers: IdListSchema, losers: IdListSchema })),
  furtherElaboration: z.array(FurtherElaborationSchema),
});
/** The assessment record of step 4. */
export interface AssessmentRecord extends z.output<typeof AssessmentRecordSchema> {}

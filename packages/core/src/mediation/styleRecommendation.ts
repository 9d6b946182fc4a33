import * as z from 'zod';
import { NonEmptyStringSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { LabelSchema, labelledEnum } from '../primitives/labels';
import { MediationStyle, StyleRegieSchema } from './mediationStyle';

/**
 * Whether a characteristic of the dispute speaks for or against a style.
 *
 * @example
 * ReasonEffect.label('for', 'nl'); // 'Pleit voor'
 */
export const ReasonEffect = labelledEnum({
  for: { nl: 'Pleit voor', en: 'Speaks for' },
  against: { nl: 'Pleit tegen', en: 'Speaks against' },
});
/** One of the {@link ReasonEffect} values. */
export type ReasonEffect = (typeof ReasonEffect)['values'][number];

/**
 * One reason in a style recommendation: which characteristic, whether it speaks for or against the
 * style, how heavily (a positive weight), and an explanation in Dutch and English.
 *
 * @example
 * const r: StyleReason = { factor: 'contentExpertiseWanted', effect: 'for', weight: 2, explanation: { nl: '…', en: '…' } };
 */
export const StyleReasonSchema = strictObject({
  factor: NonEmptyStringSchema,
  effect: ReasonEffect.schema,
  weight: z.number().positive(),
  explanation: LabelSchema,
});
/** One reason in a style recommendation. */
export type StyleReason = z.infer<typeof StyleReasonSchema>;

/**
 * How one style scores for a dispute, with every reason that counted.
 *
 * @example
 * const a: StyleAssessment = { style: 'facilitative', score: 3, regie: { contentRegie: 'parties', processRegie: 'mediator' }, reasons: [] };
 */
export const StyleAssessmentSchema = strictObject({
  style: MediationStyle.schema,
  score: z.number(),
  regie: StyleRegieSchema,
  reasons: z.array(StyleReasonSchema),
});
/** How one style scores for a dispute. */
export type StyleAssessment = z.infer<typeof StyleAssessmentSchema>;

/**
 * An explainable recommendation of a mediation style: the recommended style, every style ranked
 * with its score and reasons, and a summary in Dutch and English. Never a bare answer.
 *
 * @example
 * recommendation.ranking[0].style === recommendation.recommended; // true
 * @see handreiking bijlage 1, onderdeel 4 (stijlen van bemiddeling)
 */
export const StyleRecommendationSchema = strictObject({
  recommended: MediationStyle.schema,
  ranking: z.array(StyleAssessmentSchema).length(3),
  summary: LabelSchema,
});
/** An explainable recommendation of a mediation style. */
export type StyleRecommendation = z.infer<typeof StyleRecommendationSchema>;

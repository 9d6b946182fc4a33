import type * as z from 'zod';
import { strictObject } from '../internal/strictObject';
import { LabelSchema, labelledEnum } from '../primitives/labels';

/**
 * The verdict on one aspect of a government's capacity to carry something out: sufficient,
 * sufficient under conditions, or insufficient.
 *
 * @example
 * CapacityVerdict.label('insufficient', 'nl'); // 'Onvoldoende'
 * @see handreiking §2.7 (uitvoerbaarheidstoets decentrale overheden)
 */
export const CapacityVerdict = labelledEnum({
  sufficient: { nl: 'Voldoende', en: 'Sufficient' },
  conditional: { nl: 'Voldoende onder voorwaarden', en: 'Sufficient under conditions' },
  insufficient: { nl: 'Onvoldoende', en: 'Insufficient' },
});
/** One of the {@link CapacityVerdict} values. */
export type CapacityVerdict = (typeof CapacityVerdict)['values'][number];

/**
 * The judgement of one capacity aspect: the verdict and its explanation, and — when not simply
 * sufficient — the condition or what is missing.
 *
 * @example
 * const j: CapacityJudgement = { verdict: 'conditional', explanation: { nl: 'Twee fte extra nodig', en: 'Two extra FTE needed' } };
 * @see handreiking §2.7
 */
export const CapacityJudgementSchema = strictObject({
  verdict: CapacityVerdict.schema,
  explanation: LabelSchema,
});
/** The judgement of one capacity aspect. */
export type CapacityJudgement = z.infer<typeof CapacityJudgementSchema>;

import * as z from 'zod';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { labelledEnum } from '../primitives/labels';
import { CriterionPreferenceSchema } from './promethee';

/**
 * The ways variants can be ranked on one input: the weighted sum (the default in Dutch practice),
 * PROMETHEE II (an outranking method) and a priority order alone (lexicographic, no weights).
 *
 * @example
 * AssessmentMethodName.label('weighted_sum', 'nl'); // 'Gewogen som'
 * @see handreiking bijlage 1, onderdeel 2, stap 4 (afwegen van varianten); §2.4 (voorkeursvolgorden)
 */
export const AssessmentMethodName = labelledEnum({
  weighted_sum: { nl: 'Gewogen som', en: 'Weighted sum' },
  promethee2: { nl: 'PROMETHEE II (outranking)', en: 'PROMETHEE II (outranking)' },
  priority_order: { nl: 'Voorkeursvolgorde (lexicografisch)', en: 'Priority order (lexicographic)' },
});
/** One of the {@link AssessmentMethodName} values. */
export type AssessmentMethodName = (typeof AssessmentMethodName)['values'][number];

/**
 * The ranking method and its settings: `weightedSum`; `promethee2` with a preference function per
 * criterion (criteria without one use the `usual` function); `priority_order` with the id of a
 * priority order of the afwegingskader, applied instead of weights.
 *
 * @example
 * AssessmentMethodSchema.parse({ method: 'promethee2', preferences: [{ criterionId: 'kosten', function: { type: 'v_shape', p: 50 } }] });
 */
export const AssessmentMethodSchema = z.discriminatedUnion('method', [
  strictObject({ method: z.literal('weighted_sum') }),
  strictObject({ method: z.literal('promethee2'), preferences: z.array(CriterionPreferenceSchema) }),
  strictObject({ method: z.literal('priority_order'), priorityOrderId: IdSchema }),
]);
/** The ranking method and its settings. */
export type AssessmentMethod = z.infer<typeof AssessmentMethodSchema>;

import * as z from 'zod';
import { NonEmptyIdListSchema, UnitIntervalSchema } from '../internal/leafSchemas';
import { schemaIssue } from '../internal/schemaIssue';
import { assessmentIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { LabelSchema, labelledEnum } from '../primitives/labels';

/**
 * How a priority order is used: lexicographically *before* the weights (a variant that is better on
 * the first level wins; weights only break ties), or *instead of* weights (ties stay ties).
 *
 * @example
 * PriorityOrderUse.label('before_weights', 'nl'); // 'Voor de gewichten (gewichten beslissen bij gelijkspel)'
 * @see handreiking §2.4 (afwegingsprincipes en voorkeursvolgorden uit de NOVI)
 */
export const PriorityOrderUse = labelledEnum({
  before_weights: {
    nl: 'Voor de gewichten (gewichten beslissen bij gelijkspel)',
    en: 'Before the weights (weights break ties)',
  },
  instead_of_weights: { nl: 'In plaats van gewichten', en: 'Instead of weights' },
});
/** One of the {@link PriorityOrderUse} values. */
export type PriorityOrderUse = (typeof PriorityOrderUse)['values'][number];

/**
 * A priority order (*voorkeursvolgorde*, as in the NOVI): levels of criteria, most important
 * first. Variants are compared on the first level (the weighted mean of its criteria, equal weights
 * when the criteria have none); only when they are equal within `indifference` (on the normalised
 * 0–1 scale) does the next level count. A criterion appears on one level at most.
 *
 * @example
 * PriorityOrderSchema.parse({
 *   id: 'novi-water-eerst', name: { nl: 'Water en bodem sturend', en: 'Water and soil lead' },
 *   levels: [['waterberging'], ['woningen', 'stikstof']], use: 'before_weights', indifference: 0.05,
 * });
 * @see handreiking §2.4 (voorkeursvolgorden uit de NOVI)
 */
export const PriorityOrderSchema = strictObject({
  id: IdSchema,
  name: LabelSchema,
  source: LabelSchema.optional(),
  levels: z.array(NonEmptyIdListSchema).min(1),
  use: PriorityOrderUse.schema,
  indifference: UnitIntervalSchema.optional(),
  motivation: LabelSchema.optional(),
}).superRefine((order, ctx) => {
  const seen = new Set<string>();
  order.levels.forEach((level, i) => {
    level.forEach((id, j) => {
      if (seen.has(id))
        schemaIssue(ctx, assessmentIssues, 'criterion_twice_in_priority_order', { id }, ['levels', i, j]);
      seen.add(id);
    });
  });
});
/** A lexicographic priority order of criteria (voorkeursvolgorde). */
export type PriorityOrder = z.infer<typeof PriorityOrderSchema>;

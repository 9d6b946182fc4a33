import * as z from 'zod';
import { OptionalNonEmptyStringSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { LabelSchema } from '../primitives/labels';
import { PlusMinusSchema } from './plusMinus';

/**
 * The testable rule of a boundary condition: a minimum or maximum on a quantitative criterion's
 * score (in the criterion's unit, after mitigation when mitigated scores are used), a lowest
 * acceptable plus–minus step, "all spatial claims fit the available space", or a judgement made
 * by people and recorded per variant.
 *
 * @example
 * RandvoorwaardeRuleSchema.parse({ kind: 'minimum', criterionId: 'waterberging', value: 150 });
 * @see handreiking bijlage 1, onderdeel 2 (stappen 2 en 3 (randvoorwaarden, maakbare varianten))
 */
export const RandvoorwaardeRuleSchema = z.discriminatedUnion('kind', [
  strictObject({ kind: z.literal('minimum'), criterionId: IdSchema, value: z.number() }),
  strictObject({ kind: z.literal('maximum'), criterionId: IdSchema, value: z.number() }),
  strictObject({ kind: z.literal('plus_minus_at_least'), criterionId: IdSchema, value: PlusMinusSchema }),
  strictObject({ kind: z.literal('spatial_fit') }),
  strictObject({ kind: z.literal('judgement') }),
]);
/** The rule of a boundary condition. */
export type RandvoorwaardeRule = z.infer<typeof RandvoorwaardeRuleSchema>;

/**
 * A boundary condition (*randvoorwaarde*) agreed in step 2. A variant that breaks one is not
 * feasible (*niet maakbaar*) and is set aside before scoring.
 *
 * @example
 * RandvoorwaardeSchema.parse({
 *   id: 'rv-natura2000', name: { nl: 'Geen extra stikstof op Lindtse Broek', en: 'No extra nitrogen on Lindtse Broek' },
 *   source: 'Natura 2000-beheerplan', rule: { kind: 'minimum', criterionId: 'stikstof', value: 0 },
 * });
 * @see handreiking bijlage 1, onderdeel 2, stap 2 (randvoorwaarden; stap 3 (maakbare varianten))
 */
export const RandvoorwaardeSchema = strictObject({
  id: IdSchema,
  name: LabelSchema,
  description: LabelSchema.optional(),
  source: OptionalNonEmptyStringSchema,
  rule: RandvoorwaardeRuleSchema,
});
/** A boundary condition of step 2. */
export type Randvoorwaarde = z.infer<typeof RandvoorwaardeSchema>;

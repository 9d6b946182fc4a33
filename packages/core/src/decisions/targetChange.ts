import * as z from 'zod';
import { NonEmptyStringSchema, OptionalNonEmptyStringSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { LabelSchema } from '../primitives/labels';

/**
 * A traced change to the target of an opgave, made when a body amended what it consented to
 * (a raad lowering the number of homes, Staten raising the hectares of solar): the opgave, the
 * target before and after with its unit, and why.
 *
 * @example
 * const c: TargetChange = { opgaveId: 'opgave-wonen', unit: 'woningen', before: 1200, after: 1000, motivation: { nl: 'Amendement', en: 'Amendment' } };
 * @see handreiking §2.6 (de les van de RES 1.0; Model checklist "with traced changes to targets")
 */
export const TargetChangeSchema = strictObject({
  opgaveId: IdSchema,
  unit: NonEmptyStringSchema,
  before: z.number(),
  after: z.number(),
  motivation: LabelSchema,
  amendmentRef: OptionalNonEmptyStringSchema,
});
/** A traced change to an opgave's target. */
export type TargetChange = z.infer<typeof TargetChangeSchema>;

import * as z from 'zod';
import { strictObject } from '../../internal/strictObject';
import { IdSchema } from '../../primitives/id';
import { GoalTargetSchema } from '../../steps/vision';

/**
 * The target a completed herijking sets for a goal of the vision that covers the herijking's
 * opgave: the goal and its new target (value, unit, year), in the shape the vision's goal target
 * has. The value is never negative and the unit is the unit of the target it replaces; the
 * original stays in the vision and the herijking keeps the decision that adopted the new one.
 *
 * @example
 * const t: HerijkingAdjustedTarget = { goalId: 'doel-water-2032', target: { value: 120, unit: 'ha', year: 2034 } };
 * @see handreiking §2.2 (periodieke evaluatie en herijking: "aanpassingen voor een beperkt onderdeel")
 */
export const HerijkingAdjustedTargetSchema = strictObject({
  goalId: IdSchema,
  target: GoalTargetSchema.extend({ value: z.number().finite().nonnegative() }),
});
/** The target a completed herijking sets for a goal of the vision. */
export type HerijkingAdjustedTarget = z.infer<typeof HerijkingAdjustedTargetSchema>;

import * as z from 'zod';
import { IdListSchema } from '../../internal/leafSchemas';
import { strictObject } from '../../internal/strictObject';
import { IdSchema } from '../../primitives/id';
import { IsoDateTimeSchema } from '../../primitives/isoDate';
import { GoalTargetSchema } from '../../steps/vision';

/**
 * One adjustment of a goal's target by a completed herijking: the herijking, the decision that
 * adopted it, when it completed, and the target before and after.
 *
 * @example
 * const a: GoalTargetAdjustment = { herijkingId: 'herijking-water-2030', decisionId: 'besluit-herijking-water', completedAt: '2030-05-01T10:00:00+02:00',
 *   before: { value: 150, unit: 'ha', year: 2032 }, after: { value: 120, unit: 'ha', year: 2034 } };
 * @see handreiking §2.2
 */
export const GoalTargetAdjustmentSchema = strictObject({
  herijkingId: IdSchema,
  decisionId: IdSchema,
  completedAt: IsoDateTimeSchema,
  before: GoalTargetSchema,
  after: GoalTargetSchema,
});
/** One adjustment of a goal's target by a completed herijking. */
export type GoalTargetAdjustment = z.infer<typeof GoalTargetAdjustmentSchema>;

/**
 * A goal's target as the area process holds it: the target the vision set (`original`), the one
 * in force now (`current`, the original when no herijking adjusted it) and every adjustment in
 * the order the herijkingen completed, each with its decision. Monitoring judges progress against
 * `current`; the original stays visible beside it.
 *
 * @example
 * const h: GoalTargetHistory = { goalId: 'doel-water-2032', opgaveIds: ['opgave-water'], original: { value: 150, unit: 'ha', year: 2032 },
 *   current: { value: 120, unit: 'ha', year: 2034 }, adjustments: [] };
 * @see handreiking §2.2 (periodieke evaluatie en herijking); §2.5 (bijsturen)
 */
export const GoalTargetHistorySchema = strictObject({
  goalId: IdSchema,
  opgaveIds: IdListSchema,
  original: GoalTargetSchema,
  current: GoalTargetSchema,
  adjustments: z.array(GoalTargetAdjustmentSchema),
});
/** A goal's target as the area process holds it: original, current and every adjustment. */
export type GoalTargetHistory = z.infer<typeof GoalTargetHistorySchema>;

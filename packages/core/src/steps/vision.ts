import * as z from 'zod';
import { IdListSchema, NonEmptyIdListSchema, NonEmptyStringSchema } from '../internal/leafSchemas';
import { schemaIssue } from '../internal/schemaIssue';
import { sharedIssues, stepsIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { YearSchema } from '../primitives/isoDate';
import { LabelSchema } from '../primitives/labels';

/**
 * A shared value of the area (the "DNA" of Noordwest Overijssel), that the vision builds on.
 *
 * @example
 * const v: VisionValue = { id: 'waarde-landgoederen', name: { nl: 'Landgoederenlandschap', en: 'Estate landscape' } };
 * @see handreiking bijlage 2, voorbeeld 2 (gedeeld DNA)
 */
export const VisionValueSchema = strictObject({
  id: IdSchema,
  name: LabelSchema,
  description: LabelSchema.optional(),
});
/** A shared value of the area. */
export type VisionValue = z.infer<typeof VisionValueSchema>;

/**
 * The measurable target of a long-term goal: a value, its unit and the year by which it is to be
 * reached. A completed herijking can adjust it ({@link VisionGoal} keeps the original).
 *
 * @example
 * const t: GoalTarget = { value: 4000, unit: 'woningen', year: 2035 };
 * @see handreiking §2.2 ("stip op de horizon"; periodieke evaluatie en herijking)
 */
export const GoalTargetSchema = strictObject({
  value: z.number(),
  unit: NonEmptyStringSchema,
  year: YearSchema,
});
/** The measurable target of a long-term goal. */
export type GoalTarget = z.infer<typeof GoalTargetSchema>;

/**
 * A long-term goal of the vision, with the opgaven it covers and, where measurable, a target value
 * with unit. Decisions, quick wins and indicators point to these ids.
 *
 * @example
 * const g: VisionGoal = { id: 'doel-wonen-2035', title: { nl: '4.000 woningen in 2035', en: '4,000 homes by 2035' }, opgaveIds: ['opgave-wonen'], target: { value: 4000, unit: 'woningen', year: 2035 } };
 * @see handreiking §2.2 ("Koppel lange termijn doelen aan korte termijn successen")
 */
export const VisionGoalSchema = strictObject({
  id: IdSchema,
  title: LabelSchema,
  opgaveIds: IdListSchema,
  target: GoalTargetSchema.optional(),
});
/** A long-term goal of the vision. */
export type VisionGoal = z.infer<typeof VisionGoalSchema>;

/**
 * A milestone found by back-casting from the horizon: what must be reached by which year on the
 * way to which goals.
 *
 * @example
 * const m: BackcastMilestone = { id: 'mijlpaal-2030', year: 2030, description: { nl: 'Helft van de woningen gebouwd', en: 'Half of the homes built' }, goalIds: ['doel-wonen-2035'] };
 * @see handreiking §2.2 ("stip op de horizon", terugredeneren naar concrete stappen)
 */
export const BackcastMilestoneSchema = strictObject({
  id: IdSchema,
  year: YearSchema,
  description: LabelSchema,
  goalIds: NonEmptyIdListSchema,
});
/** A back-cast milestone. */
export type BackcastMilestone = z.infer<typeof BackcastMilestoneSchema>;

/**
 * The vision (stip op de horizon): horizon year, a statement, the shared values, the long-term
 * goals and the milestones back-cast from the horizon.
 *
 * Rules: milestones lie before or at the horizon (`milestone_after_horizon`) and point to goals
 * of this vision (`unknown_goal`).
 *
 * @example
 * const vision = validate(VisionSchema, input);
 * vision.milestones.sort((a, b) => a.year - b.year);
 * @see handreiking §2.2 (lange termijn: stip op de horizon en backcasting)
 */
export const VisionSchema = strictObject({
  horizonYear: YearSchema,
  statement: LabelSchema,
  values: z.array(VisionValueSchema),
  goals: z.array(VisionGoalSchema).min(1),
  milestones: z.array(BackcastMilestoneSchema),
}).superRefine((vision, ctx) => {
  const goals = new Set(vision.goals.map((g) => g.id));
  for (const [index, milestone] of vision.milestones.entries()) {
    if (milestone.year > vision.horizonYear)
      schemaIssue(
        ctx,
        stepsIssues,
        'milestone_after_horizon',
        { year: milestone.year, horizonYear: vision.horizonYear },
        ['milestones', index, 'year'],
      );
    for (const [j, goalId] of milestone.goalIds.entries())
      if (!goals.has(goalId))
        schemaIssue(ctx, sharedIssues, 'unknown_goal', { goalId }, ['milestones', index, 'goalIds', j]);
  }
});
/** The vision of step 2. */
export type Vision = z.infer<typeof VisionSchema>;

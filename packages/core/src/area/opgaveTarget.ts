import * as z from 'zod';
import { NonNegativeNumberSchema, OptionalIdSchema } from '../internal/leafSchemas';
import { schemaRefinement } from '../internal/schemaIssue';
import { areaIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { YearSchema } from '../primitives/isoDate';
import { NameSchema, TextSchema } from '../primitives/text';
import { validate } from '../primitives/validate';
import { TargetUnitSchema } from './targetUnit';

/**
 * A running trajectory (lopend traject) and what it already contributes to the opgave.
 *
 * @example
 * RunningTrajectorySchema.parse({ name: 'Woningbouwplannen in procedure', contribution: 1900 });
 * @see handreiking §2.1 ("Wat dragen lopende trajecten bij aan de landelijke doelstellingen")
 */
export const RunningTrajectorySchema = strictObject({
  name: NameSchema,
  contribution: z.number(),
  linkedProgrammeId: OptionalIdSchema,
});
/** A running trajectory and its contribution. */
export type RunningTrajectory = z.infer<typeof RunningTrajectorySchema>;

/** Relative tolerance when checking that the gap equals contribution minus running trajectories. */
const GAP_TOLERANCE = 1e-9;

/**
 * The quantified part of an opgave: the target it serves (`target`, for example the provincial or
 * national number), the area's contribution to it, what running trajectories already deliver and
 * the remaining gap, all in one unit. The gap must equal `areaContribution` minus the sum of the
 * running trajectories' contributions (code `gap_mismatch`); a negative gap is a surplus.
 *
 * @example
 * OpgaveQuantitySchema.parse({ unit: 'woningen', target: 3200, areaContribution: 3200, byYear: 2035,
 *   runningTrajectories: [{ name: 'Plannen in procedure', contribution: 1900 }], gap: 1300 });
 * @see handreiking §2.1 ("Wat dragen lopende trajecten bij aan de landelijke doelstellingen en wat is aanvullend nodig?")
 */
export const OpgaveQuantitySchema = strictObject({
  unit: TargetUnitSchema,
  target: NonNegativeNumberSchema,
  areaContribution: NonNegativeNumberSchema,
  runningTrajectories: z.array(RunningTrajectorySchema),
  gap: z.number(),
  byYear: YearSchema.optional(),
}).refine(
  (q) => {
    const expected = q.areaContribution - q.runningTrajectories.reduce((sum, t) => sum + t.contribution, 0);
    return Math.abs(q.gap - expected) <= GAP_TOLERANCE * Math.max(1, Math.abs(expected));
  },
  {
    ...schemaRefinement(areaIssues, 'gap_mismatch', {}),
    path: ['gap'],
  },
);
/** The quantified target, contributions and gap of an opgave. */
export type OpgaveQuantity = z.infer<typeof OpgaveQuantitySchema>;

/**
 * The target of an opgave: always a description, and a quantity when the opgave can be counted
 * (homes, hectares, turbines); a qualitative opgave such as heritage has only the description.
 *
 * @example
 * OpgaveTargetSchema.parse({ description: 'Behoud van het landgoederenlandschap' });
 * @see handreiking §2.1; §2.4
 */
export const OpgaveTargetSchema = strictObject({
  description: TextSchema,
  quantity: OpgaveQuantitySchema.optional(),
});
/** The target of an opgave. */
export type OpgaveTarget = z.infer<typeof OpgaveTargetSchema>;

const GapInputSchema = strictObject({
  unit: TargetUnitSchema,
  target: NonNegativeNumberSchema,
  areaContribution: NonNegativeNumberSchema,
  runningTrajectories: z.array(RunningTrajectorySchema),
  gap: z.number().optional(),
  byYear: YearSchema.optional(),
});

/**
 * The remaining gap of a quantified opgave ("wat is aanvullend nodig?"): the area's contribution
 * minus what running trajectories deliver. Positive: still to be found; negative: a surplus. Use
 * it to fill in `gap`; a `gap` already present is ignored.
 *
 * @example
 * opgaveGap({ unit: 'hectare', target: 150, areaContribution: 150,
 *   runningTrajectories: [{ name: 'Waterberging Lindt fase 1', contribution: 40 }] }); // 110
 * @see handreiking §2.1
 */
export function opgaveGap(quantity: Omit<OpgaveQuantity, 'gap'> & { gap?: number }): number {
  const q = validate(GapInputSchema, quantity);
  return q.areaContribution - q.runningTrajectories.reduce((sum, t) => sum + t.contribution, 0);
}

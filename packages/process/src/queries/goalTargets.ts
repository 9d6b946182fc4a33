import type { GoalTargetHistory } from '@gebiedsgericht/core';
import { goalTargetHistories, visionGoalsOf } from '../internal/goalTargets';
import { readSnapshot } from '../internal/readSnapshot';

/**
 * The targets of the vision's goals as the area process holds them: per goal with a target, the
 * target the vision set (`original`), the target in force now (`current`) and every adjustment a
 * completed herijking of one of its opgaven made, with the decision that adopted it, in the order
 * they completed. Judge progress in the monitoring loop against `current`; show `original` beside
 * it. The goals are read from the latest `visionAndFramework` deliverable (step 2); without one the
 * list is empty. Pure over the snapshot; throws `invalid_input` for a snapshot restore would refuse
 * (path `snapshot…`).
 *
 * @example
 * const water = goalTargets(process.snapshot()).find((g) => g.goalId === 'doel-water-2032');
 * water?.original.value; // 150
 * water?.current.value; // 120, after a herijking lowered it
 * @see handreiking §2.2 (periodieke evaluatie en herijking); §2.5 (maak keuzes en stuur bij)
 */
export function goalTargets(snapshot: unknown): GoalTargetHistory[] {
  const { context } = readSnapshot(snapshot);
  return goalTargetHistories(visionGoalsOf(context.steps), context.monitoring);
}

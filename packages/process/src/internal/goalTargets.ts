import {
  type GoalTarget,
  type GoalTargetAdjustment,
  type GoalTargetHistory,
  type MonitoringState,
  type StepRecord,
  type VisionGoal,
  VisionGoalSchema,
} from '@gebiedsgericht/core';
import * as z from 'zod';

const GoalsSchema = z.array(VisionGoalSchema);
const VisionDeliverableSchema = z.looseObject({
  kind: z.literal('visionAndFramework'),
  vision: z.looseObject({ goals: z.unknown() }),
});

/**
 * The goals of the vision the process holds: the `vision.goals` of the latest deliverable of kind
 * `visionAndFramework` handed in for a step (step 2 of the handreiking). Goals that do not parse
 * as vision goals are not read; no vision gives no goals.
 */
export function visionGoalsOf(steps: Readonly<Record<string, StepRecord>> | undefined): VisionGoal[] {
  let latest: { at: string; goals: VisionGoal[] } | undefined;
  for (const record of Object.values(steps ?? {})) {
    const deliverable = record.deliverable;
    const doc = VisionDeliverableSchema.safeParse(deliverable?.document);
    if (!deliverable || !doc.success) continue;
    const goals = GoalsSchema.safeParse(doc.data.vision.goals);
    if (goals.success && (latest === undefined || deliverable.submittedAt >= latest.at)) {
      latest = { at: deliverable.submittedAt, goals: goals.data };
    }
  }
  return latest?.goals ?? [];
}

/**
 * Every goal of the vision with a target, with the target in force after the completed
 * herijkingen that adjusted it (in the order they completed) and the original beside it.
 */
export function goalTargetHistories(goals: readonly VisionGoal[], monitoring: MonitoringState): GoalTargetHistory[] {
  const adjusting = monitoring.herijkingen
    .filter((h) => h.status === 'completed' && h.adjustedTarget !== undefined && h.decisionId !== undefined)
    .map((h, index) => ({ h, index }))
    .sort((a, b) => {
      const x = Date.parse(a.h.completedAt ?? '');
      const y = Date.parse(b.h.completedAt ?? '');
      return x === y ? a.index - b.index : x - y;
    });
  const out: GoalTargetHistory[] = [];
  for (const goal of goals) {
    if (goal.target === undefined) continue;
    let current: GoalTarget = goal.target;
    const adjustments: GoalTargetAdjustment[] = [];
    for (const { h } of adjusting) {
      if (h.adjustedTarget?.goalId !== goal.id) continue;
      const after = { ...h.adjustedTarget.target };
      adjustments.push({
        herijkingId: h.id,
        decisionId: h.decisionId as string,
        completedAt: h.completedAt as string,
        before: current,
        after,
      });
      current = after;
    }
    out.push({ goalId: goal.id, opgaveIds: [...goal.opgaveIds], original: goal.target, current, adjustments });
  }
  return out;
}

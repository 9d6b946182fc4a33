import type { Label, StepStatus } from '@gebiedsgericht/core';
import { stateValueOf } from '../internal/readContext';
import { readSnapshot } from '../internal/readSnapshot';

/** Where an area process stands, for a dashboard. */
export interface CurrentPosition {
  /** `running`, `suspended` or `stopped`. */
  readonly status: 'running' | 'suspended' | 'stopped';
  /** `step` while a step is open, `monitoring` after the last step closed. */
  readonly phase: 'step' | 'monitoring';
  /** The current step id (also while suspended or stopped), or `null` in monitoring. */
  readonly stepId: string | null;
  readonly stepLabel: Label | null;
  /** 1-based number of the current step in the template, or `null` in monitoring. */
  readonly stepNumber: number | null;
  readonly stepCount: number;
  readonly stepStatus: StepStatus | null;
  readonly round: number | null;
  readonly openedAt: string | null;
  /** The XState state value, for callers that draw the diagram themselves. */
  readonly stateValue: unknown;
}

/**
 * The current step and sub-state of an area process: running, suspended or stopped; in which
 * step (with its label and number) or in monitoring.
 *
 * @example
 * currentPosition(snapshot); // { status: 'running', phase: 'step', stepId: 'visie-en-afwegingskader', stepNumber: 3, ... }
 * @see handreiking bijlage 1, onderdeel 2
 */
export function currentPosition(snapshot: unknown): CurrentPosition {
  const { snapshot: s, context } = readSnapshot(snapshot);
  const steps = s.template.steps;
  const index = steps.findIndex((step) => step.id === context.position);
  const step = index >= 0 ? steps[index] : undefined;
  const record = step ? context.steps[step.id] : undefined;
  return {
    status: context.status,
    phase: step ? 'step' : 'monitoring',
    stepId: step ? step.id : null,
    stepLabel: step ? step.label : null,
    stepNumber: step ? index + 1 : null,
    stepCount: steps.length,
    stepStatus: record ? record.status : null,
    round: record ? record.round : null,
    openedAt: record?.openedAt ?? null,
    stateValue: stateValueOf(context),
  };
}

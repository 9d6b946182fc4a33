import { daysBetween } from '@gebiedsgericht/core';
import { lastEventOf, readNow } from '../internal/readNow';
import { readSnapshot } from '../internal/readSnapshot';
import { type CurrentPosition, currentPosition } from './currentPosition';

/** A short progress summary of one area process at a moment. */
export interface ProgressSummary {
  readonly processId: string;
  readonly position: CurrentPosition;
  readonly stepsClosed: number;
  readonly stepCount: number;
  /** Closed steps as a share of all steps, 0–1. */
  readonly share: number;
  readonly daysSinceStart: number;
  /** Days the current step has been open, or `null` in monitoring. */
  readonly daysInCurrentStep: number | null;
  readonly decisions: number;
  readonly changes: { readonly minor: number; readonly major: number; readonly framework: number };
  readonly stepsNeedingReview: number;
  readonly openAgreements: number;
  readonly auditEntries: number;
}

/**
 * A progress summary for dashboards: steps closed out of all, days since start and in the current
 * step, decisions, changes by kind, steps marked for review, open agreements. Days are whole
 * calendar days in Europe/Amsterdam, never negative: a `now` before the last event of the snapshot
 * (less five minutes' tolerance for clocks) is refused with `now_before_last_event` (path `now`).
 *
 * @example
 * progressSummary(snapshot, '2026-09-01T12:00:00+02:00').share; // 0.5
 * @see handreiking bijlage 1, onderdeel 1 (voortgang bewaken)
 */
export function progressSummary(snapshot: unknown, now: string): ProgressSummary {
  const { snapshot: s, context } = readSnapshot(snapshot);
  const at = readNow(now, lastEventOf(context));
  const position = currentPosition(s);
  const closed = s.template.steps.filter((step) => context.steps[step.id]?.status === 'closed').length;
  const count = (kind: 'minor' | 'major' | 'framework') => context.changes.filter((c) => c.kind === kind).length;
  return {
    processId: s.settings.processId,
    position,
    stepsClosed: closed,
    stepCount: s.template.steps.length,
    share: closed / s.template.steps.length,
    daysSinceStart: daysBetween(context.startedAt, at),
    daysInCurrentStep: position.openedAt ? daysBetween(position.openedAt, at) : null,
    decisions: context.decisions.length,
    changes: { minor: count('minor'), major: count('major'), framework: count('framework') },
    stepsNeedingReview: Object.values(context.steps).filter((r) => r.needsReview).length,
    openAgreements: context.agreements.filter((a) => !a.fulfilledOn).length,
    auditEntries: context.auditLog.length,
  };
}

import type { Label, StepStatus } from '@gebiedsgericht/core';
import { readSnapshot } from '../internal/readSnapshot';

/** The deliverable of one step: present or missing, and whether it must be reviewed. */
export interface DeliverableLine {
  readonly stepId: string;
  readonly stepLabel: Label;
  readonly documentType: string;
  readonly deliverableLabel: Label;
  readonly stepStatus: StepStatus;
  readonly present: boolean;
  readonly submittedAt: string | null;
  readonly documentId: string | null;
  /** Marked for review after a major change reopened an earlier step. */
  readonly needsReview: boolean;
}

/** Deliverables per step, and the ids of the steps whose deliverable is missing or must be reviewed. */
export interface DeliverableStatus {
  readonly steps: readonly DeliverableLine[];
  /** Steps that are open or closed without a deliverable (the current step until it is handed in). */
  readonly missing: readonly string[];
  readonly needsReview: readonly string[];
}

/**
 * Which deliverables are present and which are missing or marked for review, per step of the
 * template.
 *
 * @example
 * deliverableStatus(snapshot).missing; // ['visie-en-afwegingskader']
 * @see handreiking bijlage 1, onderdeel 2 (per stap een product)
 */
export function deliverableStatus(snapshot: unknown): DeliverableStatus {
  const { snapshot: s, context } = readSnapshot(snapshot);
  const steps = s.template.steps.map((step): DeliverableLine => {
    const record = context.steps[step.id];
    const document = record?.deliverable?.document;
    return {
      stepId: step.id,
      stepLabel: step.label,
      documentType: step.deliverable.documentType,
      deliverableLabel: step.deliverable.label,
      stepStatus: record?.status ?? 'not_started',
      present: Boolean(record?.deliverable),
      submittedAt: record?.deliverable?.submittedAt ?? null,
      documentId: document && typeof document.id === 'string' ? document.id : null,
      needsReview: Boolean(record?.needsReview),
    };
  });
  return {
    steps,
    missing: steps.filter((l) => l.stepStatus !== 'not_started' && !l.present).map((l) => l.stepId),
    needsReview: steps.filter((l) => l.needsReview).map((l) => l.stepId),
  };
}

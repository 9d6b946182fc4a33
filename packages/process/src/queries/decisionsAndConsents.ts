import type { Consent, DecisionEntry } from '@gebiedsgericht/core';
import { readSnapshot } from '../internal/readSnapshot';
import { consentRequired } from '../machine/rejectionOfEvent';

/** The consents of one step: who must consent, who did, who rejected, who is still missing. */
export interface StepConsents {
  readonly stepId: string;
  readonly required: boolean;
  readonly given: readonly Consent[];
  readonly rejectedBy: readonly string[];
  readonly missing: readonly string[];
}

/** Every recorded decision, and the consents per step. */
export interface DecisionsAndConsents {
  readonly decisions: readonly DecisionEntry[];
  readonly consents: readonly StepConsents[];
}

/**
 * The decisions recorded so far (closing steps, suspending, resuming, stopping, major changes,
 * additions to the afwegingskader) and, per step, the consents of the medeoverheden: required or
 * not, given, rejected, missing (for the current round of each step).
 *
 * @example
 * decisionsAndConsents(snapshot).consents.find((c) => c.stepId === 'afwegen-en-keuze')?.missing;
 * @see handreiking §2.3 (werken als één overheid)
 */
export function decisionsAndConsents(snapshot: unknown): DecisionsAndConsents {
  const { snapshot: s, context } = readSnapshot(snapshot);
  const consents = s.template.steps.map((step): StepConsents => {
    const record = context.steps[step.id];
    const given = (record?.consents ?? []).filter((c) => c.outcome !== 'rejected');
    const rejectedBy = (record?.consents ?? []).filter((c) => c.outcome === 'rejected').map((c) => c.partyId);
    const required = consentRequired(step, s.settings);
    const closed = record?.status === 'closed';
    const missing =
      required && !closed
        ? s.settings.medeoverheden.map((m) => m.partyId).filter((p) => !given.some((c) => c.partyId === p))
        : [];
    return { stepId: step.id, required, given, rejectedBy, missing };
  });
  return { decisions: context.decisions, consents };
}

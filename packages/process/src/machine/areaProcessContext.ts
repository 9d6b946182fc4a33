import type {
  AreaProcessSettings,
  AuditEntry,
  OpgaveAssessment,
  PlannedDecision,
  ProcessAgreement,
  ProcessChange,
  ProcessEvent,
  StepTemplate,
} from '@gebiedsgericht/core';
import { type ExtensionContext, initialExtensionContext } from './extensions';

/** A decision as process events carry it (core's decision record). */
export type Decision = Extract<ProcessEvent, { type: 'step.close' }>['decision'];
/** A consent as process events carry it (core's consent record). */
export type Consent = Extract<ProcessEvent, { type: 'consent.record' }>['consent'];

/**
 * Where a step stands: not yet started; open (the current step, first round); closed (its latest
 * round closed by decision); reopened (the current step again, after a major change reopened it
 * or an earlier step); interrupted (it was open when a major change took the process back to an
 * earlier step; its work is kept and must be reviewed).
 */
export type StepStatus = 'not_started' | 'open' | 'closed' | 'reopened' | 'interrupted';

/** A document handed in for a step, with who handed it in and when. */
export interface SubmittedDocument {
  readonly document: Readonly<Record<string, unknown>>;
  readonly submittedAt: string;
  readonly submittedBy: string;
}

/** One earlier round of a step that was closed and later reopened: kept, never thrown away. */
export interface StepRound {
  readonly round: number;
  readonly openedAt: string;
  readonly closedAt: string;
  readonly decision: Decision;
  readonly consents: readonly Consent[];
  readonly deliverable?: SubmittedDocument;
}

/** Everything the process knows about one step of the template. */
export interface StepRecord {
  readonly stepId: string;
  readonly status: StepStatus;
  /** How often the step has been opened (0 before it starts). */
  readonly round: number;
  readonly openedAt?: string;
  readonly closedAt?: string;
  readonly deliverable?: SubmittedDocument;
  readonly assessment?: SubmittedDocument;
  readonly decision?: Decision;
  /** The consents of the current round, one per medeoverheid (the latest counts). */
  readonly consents: readonly Consent[];
  /** Set when an earlier step was reopened: the deliverable is kept but must be reviewed. */
  readonly needsReview?: { readonly since: string; readonly changeId: string };
  readonly history: readonly StepRound[];
}

/** A decision with the event that carried it. */
export interface DecisionEntry {
  readonly eventType: string;
  readonly stepId?: string;
  readonly decision: Decision;
}

/** A recorded change: minor, major (with the step it reopened) or an addition to the afwegingskader. */
export interface ChangeEntry {
  readonly kind: 'minor' | 'major' | 'framework';
  readonly timestamp: string;
  readonly actor: string;
  readonly change: ProcessChange;
  readonly reopenedStepId?: string;
  readonly decisionId?: string;
  readonly motivation?: string;
}

/** An agreement being followed up, with the date it was fulfilled once it is. */
export interface AgreementEntry extends ProcessAgreement {
  readonly recordedAt: string;
  readonly fulfilledOn?: string;
}

/** An opgave verdict with when it was recorded. */
export interface OpgaveAssessmentEntry extends OpgaveAssessment {
  readonly recordedAt: string;
}

/** Where the steps region stands: running in a step or in monitoring, suspended, or stopped. */
export type ProcessStatus = 'running' | 'suspended' | 'stopped';

/**
 * The context of the area process machine: plain JSON, so it persists as is. The step template
 * and settings are not in the context (the machine is built from them; the persisted envelope
 * keeps them).
 */
export interface AreaProcessContext extends ExtensionContext {
  readonly status: ProcessStatus;
  /** The current step id, or `monitoring` after the last step closed. */
  readonly position: string;
  readonly steps: Readonly<Record<string, StepRecord>>;
  readonly decisions: readonly DecisionEntry[];
  readonly changes: readonly ChangeEntry[];
  readonly frameworkAdditions: readonly {
    readonly kind: 'criterion' | 'norm';
    readonly id: string;
    readonly label: { readonly nl: string; readonly en: string };
    readonly addedAt: string;
    readonly decisionId: string;
    readonly description?: string;
  }[];
  readonly plannedDecisions: readonly PlannedDecision[];
  readonly agreements: readonly AgreementEntry[];
  readonly opgaveAssessments: readonly OpgaveAssessmentEntry[];
  readonly auditLog: readonly AuditEntry[];
  /** When the process started (the first step opened). */
  readonly startedAt: string;
  /** The timestamp of the last accepted event (events may not go back in time). */
  readonly lastEventAt?: string;
  // process-6: the context of knelpunten, regimes, ijkmomenten, monitoring and tracks comes from
  // `ExtensionContext` (see ./extensions): knelpunten, regimes, ijkmomenten, monitoring, tracks.
}

/** The label of where the process stands, as the audit log writes it. */
export function positionLabel(context: Pick<AreaProcessContext, 'status' | 'position'>): string {
  return context.status === 'running' ? context.position : context.status;
}

/**
 * The context of a new area process: the first step of the template is open from `startedAt` (the
 * process starts with step 0, whose deliverable is the startnotitie).
 */
export function initialAreaProcessContext(
  template: StepTemplate,
  _settings: AreaProcessSettings,
  startedAt: string,
): AreaProcessContext {
  const steps: Record<string, StepRecord> = {};
  template.steps.forEach((step, index) => {
    steps[step.id] =
      index === 0
        ? { stepId: step.id, status: 'open', round: 1, openedAt: startedAt, consents: [], history: [] }
        : { stepId: step.id, status: 'not_started', round: 0, consents: [], history: [] };
  });
  const first = template.steps[0];
  return {
    status: 'running',
    position: first ? first.id : 'monitoring',
    steps,
    decisions: [],
    changes: [],
    frameworkAdditions: [],
    plannedDecisions: [],
    agreements: [],
    opgaveAssessments: [],
    auditLog: [],
    startedAt,
    ...initialExtensionContext(),
  };
}

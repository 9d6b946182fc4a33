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
import type * as z from 'zod';
import type {
  AgreementEntrySchema,
  AreaProcessContextSchema,
  ChangeEntrySchema,
  DecisionEntrySchema,
  OpgaveAssessmentEntrySchema,
  ProcessStatusSchema,
  StepRecordSchema,
  StepRoundSchema,
  StepStatusSchema,
  SubmittedDocumentSchema,
} from './areaProcessContextSchema';
import { initialExtensionContext } from './extensions';

/** A decision as process events carry it (core's decision record). */
export type Decision = Extract<ProcessEvent, { type: 'step.close' }>['decision'];
/** A consent as process events carry it (core's consent record). */
export type Consent = Extract<ProcessEvent, { type: 'consent.record' }>['consent'];

/** Where a step stands (see {@link StepStatusSchema}). */
export type StepStatus = z.infer<typeof StepStatusSchema>;
/** A document handed in for a step, with who handed it in and when. */
export type SubmittedDocument = z.infer<typeof SubmittedDocumentSchema>;
/** One earlier round of a step that was closed and later reopened: kept, never thrown away. */
export type StepRound = z.infer<typeof StepRoundSchema>;
/** Everything the process knows about one step of the template. */
export type StepRecord = z.infer<typeof StepRecordSchema>;
/** A decision with the event that carried it. */
export type DecisionEntry = z.infer<typeof DecisionEntrySchema>;
/** A recorded change: minor, major (with the step it reopened) or an addition to the afwegingskader. */
export type ChangeEntry = z.infer<typeof ChangeEntrySchema>;
/** An agreement being followed up, with the date it was fulfilled once it is. */
export type AgreementEntry = z.infer<typeof AgreementEntrySchema>;
/** An opgave verdict with when it was recorded. */
export type OpgaveAssessmentEntry = z.infer<typeof OpgaveAssessmentEntrySchema>;
/** Where the steps region stands: running in a step or in monitoring, suspended, or stopped. */
export type ProcessStatus = z.infer<typeof ProcessStatusSchema>;

/**
 * The context of the area process machine: plain JSON, so it persists as is, and typed by
 * {@link AreaProcessContextSchema}, which restore validates it with. The step template and
 * settings are not in the context (the machine is built from them; the snapshot keeps them).
 */
export type AreaProcessContext = z.infer<typeof AreaProcessContextSchema>;

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

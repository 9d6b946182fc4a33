import type { GebiedsprocesContext, GebiedsprocesSettings, StepRecord, StepTemplate } from '@gebiedsgericht/core';
import { initialSliceContext } from '../slices';

// The shapes of the context live in core (`GebiedsprocesContextSchema` and its parts); the process
// holds the behaviour around them.
export type {
  AgreementEntry,
  ChangeEntry,
  Consent,
  Decision,
  DecisionEntry,
  GebiedsprocesContext,
  OpgaveAssessmentEntry,
  ProcessStatus,
  StepRecord,
  StepRound,
  StepStatus,
  SubmittedDocument,
} from '@gebiedsgericht/core';

/** The label of where the process stands, as the audit log writes it. */
export function positionLabel(context: Pick<GebiedsprocesContext, 'status' | 'position'>): string {
  return context.status === 'running' ? context.position : context.status;
}

/**
 * The context of a new area process: the first step of the template is open from `startedAt` (the
 * process starts with step 0, whose deliverable is the startnotitie).
 */
export function initialGebiedsprocesContext(
  template: StepTemplate,
  _settings: GebiedsprocesSettings,
  startedAt: string,
): GebiedsprocesContext {
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
    ...initialSliceContext(),
  };
}

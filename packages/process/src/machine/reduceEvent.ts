import { type AuditEntry, jsonCopy, type ProcessEvent } from '@gebiedsgericht/core';
import { auditHead, chainAuditEntry } from '../audit/auditHash';
import { appended } from '../internal/appended';
import {
  type ChangeEntry,
  type Decision,
  type GebiedsprocesContext,
  positionLabel,
  type StepRecord,
  type SubmittedDocument,
} from './gebiedsprocesContext';
import { isOwnEvent } from './preChecked';
import type { GebiedsprocesDefinition } from './rejectionOfEvent';
import { deriveFromAcceptedStartnotitie } from './startnotitieConfiguration';

function withStep(context: GebiedsprocesContext, record: StepRecord): GebiedsprocesContext {
  return { ...context, steps: { ...context.steps, [record.stepId]: record } };
}

function submitted(event: ProcessEvent & { document: Record<string, unknown> }): SubmittedDocument {
  return { document: event.document, submittedAt: event.timestamp, submittedBy: event.actor };
}

function decisionEntry(eventType: string, decision: Decision, stepId?: string) {
  return stepId === undefined ? { eventType, decision } : { eventType, stepId, decision };
}

/** Opens a step again (or for the first time): a new round, earlier closed rounds kept in history. */
function openStep(record: StepRecord, at: string): StepRecord {
  if (record.status === 'not_started') {
    return { ...record, status: 'open', round: record.round + 1, openedAt: at };
  }
  const history =
    record.status === 'closed' && record.decision && record.closedAt && record.openedAt
      ? [
          ...record.history,
          {
            round: record.round,
            openedAt: record.openedAt,
            closedAt: record.closedAt,
            decision: record.decision,
            consents: record.consents,
            ...(record.deliverable ? { deliverable: record.deliverable } : {}),
          },
        ]
      : record.history;
  const { decision: _d, closedAt: _c, ...rest } = record;
  return { ...rest, status: 'reopened', round: record.round + 1, openedAt: at, consents: [], history };
}

function closeStep(
  context: GebiedsprocesContext,
  definition: GebiedsprocesDefinition,
  event: ProcessEvent,
): GebiedsprocesContext {
  if (event.type !== 'step.close') return context;
  const steps = definition.template.steps;
  const index = steps.findIndex((s) => s.id === event.stepId);
  const record = context.steps[event.stepId];
  if (!record) return context;
  const { needsReview: _n, ...rest } = record;
  let next = withStep(context, { ...rest, status: 'closed', closedAt: event.timestamp, decision: event.decision });
  const following = steps[index + 1];
  if (following) {
    const followingRecord = next.steps[following.id];
    if (followingRecord) next = withStep(next, openStep(followingRecord, event.timestamp));
    next = { ...next, position: following.id };
  } else {
    next = { ...next, position: 'monitoring' };
  }
  return { ...next, decisions: appended(next.decisions, decisionEntry(event.type, event.decision, event.stepId)) };
}

function reopen(
  context: GebiedsprocesContext,
  definition: GebiedsprocesDefinition,
  event: ProcessEvent,
): GebiedsprocesContext {
  if (event.type !== 'change.major') return context;
  const steps = definition.template.steps;
  const targetIndex = steps.findIndex((s) => s.id === event.reopenStepId);
  const review = { since: event.timestamp, changeId: event.change.id };
  const updated: Record<string, StepRecord> = { ...context.steps };
  steps.forEach((step, index) => {
    const record = updated[step.id];
    if (!record || index < targetIndex) return;
    if (index === targetIndex) {
      updated[step.id] = { ...openStep(record, event.timestamp), needsReview: review };
    } else if (record.status === 'closed') {
      updated[step.id] = { ...record, needsReview: review };
    } else if (record.status === 'open' || record.status === 'reopened') {
      updated[step.id] = { ...record, status: 'interrupted', consents: [], needsReview: review };
    }
  });
  const change: ChangeEntry = {
    kind: 'major',
    timestamp: event.timestamp,
    actor: event.actor,
    change: event.change,
    reopenedStepId: event.reopenStepId,
    decisionId: event.decision.id,
    ...(event.motivation ? { motivation: event.motivation } : {}),
  };
  return {
    ...context,
    steps: updated,
    position: event.reopenStepId,
    changes: appended(context.changes, change),
    decisions: appended(context.decisions, decisionEntry(event.type, event.decision, event.reopenStepId)),
  };
}

function applyEffect(
  context: GebiedsprocesContext,
  definition: GebiedsprocesDefinition,
  event: ProcessEvent,
): GebiedsprocesContext {
  switch (event.type) {
    case 'deliverable.submit': {
      const record = context.steps[event.stepId];
      return record ? withStep(context, { ...record, deliverable: submitted(event) }) : context;
    }
    case 'assessment.record': {
      const record = context.steps[event.stepId];
      return record ? withStep(context, { ...record, assessment: submitted(event) }) : context;
    }
    case 'consent.record': {
      const record = context.steps[event.stepId];
      if (!record) return context;
      const consents = [...record.consents.filter((c) => c.partyId !== event.consent.partyId), event.consent];
      return withStep(context, { ...record, consents });
    }
    case 'step.close':
      return closeStep(context, definition, event);
    case 'process.suspend':
      return {
        ...context,
        status: 'suspended',
        decisions: appended(context.decisions, decisionEntry(event.type, event.decision)),
      };
    case 'process.resume':
      return {
        ...context,
        status: 'running',
        decisions: appended(context.decisions, decisionEntry(event.type, event.decision)),
      };
    case 'process.stop':
      return {
        ...context,
        status: 'stopped',
        decisions: appended(context.decisions, decisionEntry(event.type, event.decision)),
      };
    case 'change.minor':
      return {
        ...context,
        changes: appended(context.changes, {
          kind: 'minor',
          timestamp: event.timestamp,
          actor: event.actor,
          change: event.change,
          ...(event.motivation ? { motivation: event.motivation } : {}),
        }),
      };
    case 'change.major':
      return reopen(context, definition, event);
    case 'framework.extend':
      return {
        ...context,
        frameworkAdditions: appended(context.frameworkAdditions, {
          kind: event.addition.kind,
          id: event.addition.id,
          label: event.addition.label,
          addedAt: event.timestamp,
          decisionId: event.decision.id,
          ...(event.addition.description ? { description: event.addition.description } : {}),
        }),
        changes: appended(context.changes, {
          kind: 'framework',
          timestamp: event.timestamp,
          actor: event.actor,
          change: { id: event.addition.id, description: event.addition.label.nl },
          decisionId: event.decision.id,
          ...(event.motivation ? { motivation: event.motivation } : {}),
        }),
        decisions: appended(context.decisions, decisionEntry(event.type, event.decision)),
      };
    case 'decision.plan':
      return {
        ...context,
        plannedDecisions: appended(
          context.plannedDecisions.filter((p) => p.id !== event.plannedDecision.id),
          event.plannedDecision,
        ),
      };
    case 'agreement.record':
      return {
        ...context,
        agreements: appended(context.agreements, { ...event.agreement, recordedAt: event.timestamp }),
      };
    case 'agreement.fulfil':
      return {
        ...context,
        agreements: context.agreements.map((a) => (a.id === event.agreementId ? { ...a, fulfilledOn: event.date } : a)),
      };
    case 'opgave.assess':
      return {
        ...context,
        opgaveAssessments: [
          ...context.opgaveAssessments.filter((a) => a.opgaveId !== event.assessment.opgaveId),
          { ...event.assessment, recordedAt: event.timestamp },
        ],
      };
    default:
      return context;
  }
}

/**
 * Appends the audit entry of an accepted event: the event as sent (so the log can be replayed),
 * who, in which role, when, why, and where the process stood before and after; linked to the
 * previous entry by its hash (see `verifyAuditLog`).
 */
export function appendAudit(
  before: GebiedsprocesContext,
  after: GebiedsprocesContext,
  event:
    | ProcessEvent
    | (Record<string, unknown> & {
        type: string;
        timestamp: string;
        actor: string;
        role: AuditEntry['role'];
        motivation?: string;
      }),
): GebiedsprocesContext {
  const entry: AuditEntry = chainAuditEntry(
    {
      seq: before.auditLog.length,
      type: event.type,
      timestamp: event.timestamp,
      actor: event.actor,
      role: event.role,
      ...(event.motivation ? { motivation: event.motivation } : {}),
      stepBefore: positionLabel(before),
      stepAfter: positionLabel(after),
      accepted: true,
      event: (isOwnEvent(event) ? event : jsonCopy(event)) as Record<string, unknown>,
    },
    auditHead(before.auditLog),
  );
  return { ...after, auditLog: appended(before.auditLog, entry), lastEventAt: event.timestamp };
}

/**
 * Applies an accepted event to the context and appends its audit entry. Pure: the same context
 * and event always give the same result, which is what makes replaying the log rebuild the state.
 * Closing the step that accepts the startnotitie also applies what the startnotitie configures and
 * appends the entries derived from it, after the event's own entry.
 * Only call it for events {@link rejectionOfEvent} accepts (the machine's guards do).
 */
export function reduceEvent(
  definition: GebiedsprocesDefinition,
  context: GebiedsprocesContext,
  event: ProcessEvent,
): GebiedsprocesContext {
  const next = appendAudit(context, applyEffect(context, definition, event), event);
  return deriveFromAcceptedStartnotitie(definition, next, event, context.auditLog.length);
}

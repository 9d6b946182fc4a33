import {
  type ErrorIssue,
  type GebiedsprocesSettings,
  instantOf,
  issuesFromZod,
  type ProcessEvent,
  type StepDefinition,
  type StepTemplate,
} from '@gebiedsgericht/core';
import { processMessages } from '../messages';
import { type GebiedsprocesContext, positionLabel } from './gebiedsprocesContext';
import type { ResolvedGebiedsprocesOptions } from './processOptions';
import { rejectionOfStartnotitieConfiguration } from './startnotitieConfiguration';
import { isUsedId } from './usedIds';

/** What the rules of an area process are built from: template, settings and options. */
export interface GebiedsprocesDefinition {
  readonly template: StepTemplate;
  readonly settings: GebiedsprocesSettings;
  readonly options: ResolvedGebiedsprocesOptions;
}

const issue = processMessages.issue;

/** Event types a suspended process still accepts: resuming, stopping and keeping the records. */
const ACCEPTED_WHILE_SUSPENDED: ReadonlySet<string> = new Set([
  'process.resume',
  'process.stop',
  'decision.plan',
  'agreement.record',
  'agreement.fulfil',
  'change.minor',
]);

/** Event types that act on the current step. */
const STEP_EVENTS: ReadonlySet<string> = new Set([
  'deliverable.submit',
  'assessment.record',
  'consent.record',
  'step.close',
]);

/** The step of the template with this id. */
export function stepOf(template: StepTemplate, stepId: string): StepDefinition | undefined {
  return template.steps.find((step) => step.id === stepId);
}

/** Whether the step needs the consent of every medeoverheid before it closes. */
export function consentRequired(step: StepDefinition, settings: GebiedsprocesSettings): boolean {
  if (step.gate.consent === 'always') return true;
  if (step.gate.consent === 'never') return false;
  return settings.consentStepIds.includes(step.id);
}

/** The medeoverheden whose consent a step still lacks (empty when none is needed). */
export function missingConsents(
  definition: Pick<GebiedsprocesDefinition, 'settings'>,
  step: StepDefinition,
  context: GebiedsprocesContext,
): string[] {
  if (!consentRequired(step, definition.settings)) return [];
  const consents = context.steps[step.id]?.consents ?? [];
  return definition.settings.medeoverheden
    .map((m) => m.partyId)
    .filter((partyId) => {
      const consent = consents.find((c) => c.partyId === partyId);
      return !consent || consent.outcome === 'rejected';
    });
}

function validateDocument(
  definition: GebiedsprocesDefinition,
  documentType: string,
  document: unknown,
): ErrorIssue | null {
  const registered = Object.hasOwn(definition.options.documents, documentType)
    ? definition.options.documents[documentType]
    : undefined;
  if (!registered) return issue('unknown_document_type', { documentType }, ['document']);
  const result = registered.schema.safeParse(document);
  if (result.success) return null;
  const first = issuesFromZod(result.error, ['document'])[0];
  if (!first) return issue('invalid_document', { documentType, detail: '?' }, ['document']);
  return {
    code: 'invalid_document',
    path: first.path,
    message: processMessages.messages.invalid_document({ documentType, detail: `${first.code}: ${first.message.en}` }),
  };
}

/** The motivation of a departure that the deliverable itself records (core's `choice.departureMotivation`). */
function departureMotivationOf(document: Readonly<Record<string, unknown>>): boolean {
  const choice = document.choice;
  return Boolean(choice && typeof choice === 'object' && (choice as Record<string, unknown>).departureMotivation);
}

function rejectionOfStepEvent(
  definition: GebiedsprocesDefinition,
  context: GebiedsprocesContext,
  event: Extract<ProcessEvent, { stepId: string }>,
): ErrorIssue | null {
  const step = stepOf(definition.template, event.stepId);
  if (!step) return issue('unknown_step', { stepId: event.stepId }, ['stepId']);
  if (context.position !== event.stepId) {
    return issue('not_current_step', { stepId: event.stepId, current: context.position }, ['stepId']);
  }
  const record = context.steps[step.id];
  switch (event.type) {
    case 'deliverable.submit':
      return validateDocument(definition, step.deliverable.documentType, event.document);
    case 'assessment.record':
      if (!step.gate.assessmentDocumentType) return issue('no_assessment_in_step', { stepId: step.id }, ['stepId']);
      return validateDocument(definition, step.gate.assessmentDocumentType, event.document);
    case 'consent.record':
      if (!definition.settings.medeoverheden.some((m) => m.partyId === event.consent.partyId)) {
        return issue('not_a_medeoverheid', { partyId: event.consent.partyId }, ['consent', 'partyId']);
      }
      return null;
    case 'step.close': {
      if (!record?.deliverable) {
        return issue('missing_deliverable', { stepId: step.id, documentType: step.deliverable.documentType }, []);
      }
      if (step.gate.assessmentDocumentType && !record.assessment) {
        return issue('missing_assessment', { stepId: step.id, documentType: step.gate.assessmentDocumentType }, []);
      }
      if (step.gate.choosesVariant) {
        const chosen = definition.options.readChosenVariant(record.deliverable.document);
        const best = definition.options.readBestRankedVariant(
          record.assessment ? record.assessment.document : record.deliverable.document,
        );
        if (
          chosen &&
          best &&
          chosen !== best &&
          !event.deviationMotivation &&
          !departureMotivationOf(record.deliverable.document)
        ) {
          return issue('choice_deviation_without_motivation', { chosen, best }, ['deviationMotivation']);
        }
      }
      const missing = missingConsents(definition, step, context);
      if (missing.length > 0) return issue('missing_consent', { stepId: step.id, parties: missing.join(', ') }, []);
      return rejectionOfStartnotitieConfiguration(definition, context, event);
    }
  }
}

function rejectionOfReopen(
  definition: GebiedsprocesDefinition,
  context: GebiedsprocesContext,
  event: Extract<ProcessEvent, { type: 'change.major' }>,
): ErrorIssue | null {
  const target = event.reopenStepId;
  const steps = definition.template.steps;
  const targetIndex = steps.findIndex((s) => s.id === target);
  if (targetIndex < 0) return issue('unknown_step', { stepId: target }, ['reopenStepId']);
  if (context.steps[target]?.status !== 'closed') {
    return issue('reopen_not_allowed', { stepId: target, why: 'not closed / niet gesloten' }, ['reopenStepId']);
  }
  const currentIndex =
    context.position === 'monitoring' ? steps.length : steps.findIndex((s) => s.id === context.position);
  if (targetIndex >= currentIndex) {
    return issue('reopen_not_allowed', { stepId: target, why: 'not earlier / geen eerdere stap' }, ['reopenStepId']);
  }
  const rules = definition.settings.changeRules;
  if (rules.reopenableStepIds && !rules.reopenableStepIds.includes(target)) {
    return issue('reopen_not_allowed', { stepId: target, why: 'change rules / wijzigingsregels' }, ['reopenStepId']);
  }
  const missing = rules.majorChangeApprovers.filter((p) => !event.approvedBy.includes(p));
  if (missing.length > 0) return issue('missing_approval', { parties: missing.join(', ') }, ['approvedBy']);
  if (!event.motivation) return issue('missing_motivation', { event: event.type }, ['motivation']);
  return null;
}

/**
 * The rules of the area process in one pure function: `null` when the event is accepted in this
 * context, otherwise the reason as an issue with a stable code, a path into the event and a
 * Dutch and English message. The machine's guards call it, and the wrapper API uses it to say why
 * an event was rejected, so the two can never disagree. The event must already be valid against
 * `ProcessEventSchema`.
 *
 * @example
 * rejectionOfEvent(definition, snapshot.context, event); // { code: 'missing_consent', ... } or null
 * @see handreiking bijlage 1, onderdeel 2; §2.7 (spelregels voor wijzigingen)
 */
export function rejectionOfEvent(
  definition: GebiedsprocesDefinition,
  context: GebiedsprocesContext,
  event: ProcessEvent,
): ErrorIssue | null {
  if (context.lastEventAt && instantOf(event.timestamp) < instantOf(context.lastEventAt)) {
    return issue('event_before_previous', { at: event.timestamp, last: context.lastEventAt }, ['timestamp']);
  }
  const state = positionLabel(context);
  const notAllowed = () => issue('event_not_allowed', { event: event.type, state }, ['type']);
  if (context.status === 'stopped') return notAllowed();
  if (context.status === 'suspended' && !ACCEPTED_WHILE_SUSPENDED.has(event.type)) return notAllowed();
  if (context.status === 'running' && event.type === 'process.resume') return notAllowed();
  if (STEP_EVENTS.has(event.type) && context.position === 'monitoring') return notAllowed();
  switch (event.type) {
    case 'deliverable.submit':
    case 'assessment.record':
    case 'consent.record':
    case 'step.close':
      return rejectionOfStepEvent(definition, context, event);
    case 'change.major':
      return rejectionOfReopen(definition, context, event);
    case 'decision.plan':
      return null;
    case 'agreement.record':
      return isUsedId(context, 'agreement', event.agreement.id)
        ? issue('duplicate_id', { kind: 'agreement', id: event.agreement.id }, ['agreement', 'id'])
        : null;
    case 'agreement.fulfil': {
      const agreement = context.agreements.find((a) => a.id === event.agreementId);
      if (!agreement) return issue('unknown_agreement', { agreementId: event.agreementId }, ['agreementId']);
      if (agreement.fulfilledOn) {
        return issue('agreement_already_fulfilled', { agreementId: event.agreementId }, ['agreementId']);
      }
      return null;
    }
    case 'framework.extend': {
      if (context.frameworkAdditions.some((a) => a.id === event.addition.id)) {
        return issue('duplicate_id', { kind: event.addition.kind, id: event.addition.id }, ['addition', 'id']);
      }
      const rule = definition.settings.changeRules.newCriterion;
      if (rule && !rule.allowed)
        return issue('framework_extension_not_allowed', { id: event.addition.id }, ['addition']);
      const missing = (rule?.approverPartyIds ?? []).filter((p) => !(event.approvedBy ?? []).includes(p));
      if (missing.length > 0) return issue('missing_approval', { parties: missing.join(', ') }, ['approvedBy']);
      return null;
    }
    default:
      return null;
  }
}

// Accepting the startnotitie configures the process: the closing of the step whose deliverable is
// the startnotitie derives the escalation model, the ijkmoment schedule and the evaluation cadence
// from it, and records them (and the settings that override the step template) in the audit log
// as entries derived from that startnotitie.
import {
  type AuditDerivedFrom,
  type AuditEntry,
  type DerivedConfiguration,
  type ErrorIssue,
  EscalationModelSchema,
  EvaluationCadenceSchema,
  type GebiedsprocesSettings,
  IdSchema,
  IjkmomentScheduleSchema,
  isGebiedsgerichtError,
  type ProcessEvent,
  type SettingOverride,
  type StepDefinition,
  type StepTemplate,
} from '@gebiedsgericht/core';
import { auditHead, chainAuditEntry } from '../audit/auditHash';
import { appended } from '../internal/appended';
import { provincesOf } from '../internal/provincesOf';
import { knelpuntModelOf } from '../knelpunten/knelpuntModelFromStartnotitie';
import { rejectionOfUninvolvedProvince } from '../knelpunten/uninvolvedProvince';
import { processMessages } from '../messages';
import { effectiveStepSettingsOf } from '../queries/effectiveSettings';
import { type GebiedsprocesContext, positionLabel } from './gebiedsprocesContext';

/** What the configuration is derived with: the step template and the settings of the process. */
interface GebiedsprocesDefinition {
  readonly template: StepTemplate;
  readonly settings: GebiedsprocesSettings;
}

/** The `type` of the derived entry that records what the accepted startnotitie configured. */
export const DERIVED_CONFIGURATION_TYPE = 'derived.configuration';
/** The `type` of the derived entry that lists the settings that override the step template. */
export const DERIVED_OVERRIDES_TYPE = 'derived.overrides';

/** The step whose deliverable is the startnotitie: closing it accepts the startnotitie. */
export function startnotitieStepOf(template: StepTemplate): StepDefinition | undefined {
  return template.steps.find((step) => step.deliverable.documentType === 'startnotitie');
}

type Document = Readonly<Record<string, unknown>>;

/** The startnotitie a `step.close` accepts, or `undefined` when the event accepts none. */
function acceptedStartnotitie(
  definition: GebiedsprocesDefinition,
  context: GebiedsprocesContext,
  event: ProcessEvent,
): { step: StepDefinition; document: Document } | undefined {
  if (event.type !== 'step.close') return undefined;
  const step = startnotitieStepOf(definition.template);
  if (step === undefined || step.id !== event.stepId) return undefined;
  const document = context.steps[step.id]?.deliverable?.document;
  return document === undefined ? undefined : { step, document };
}

/**
 * What the startnotitie configures, each part where it holds it: the escalation model knelpunten
 * follow (derived as `knelpuntModelFromStartnotitie` does, the structures' members taken from the
 * settings' `authority`), the ijkmoment schedule and the evaluation cadence. An escalation model
 * that cannot be used (no level where the province or the rijk steps in, levels out of order) is
 * the typed reason `startnotitie_not_configurable`.
 */
export function configurationFromStartnotitie(
  definition: GebiedsprocesDefinition,
  document: Document,
): { configuration: DerivedConfiguration } | { issue: ErrorIssue } {
  const configuration: { -readonly [K in keyof DerivedConfiguration]: DerivedConfiguration[K] } = {
    type: DERIVED_CONFIGURATION_TYPE,
  };
  const escalation = EscalationModelSchema.safeParse(document.escalation);
  if (escalation.success) {
    const structures = definition.settings.authority?.structures ?? [];
    try {
      configuration.escalation = knelpuntModelOf(escalation.data, {
        membersOf: (id) => structures.find((s) => s.id === id)?.memberPartyIds,
      });
    } catch (error) {
      if (!isGebiedsgerichtError(error)) throw error;
      const first = error.issues[0];
      const at = first ? first.path : error.path;
      const field = ['escalation', ...at.slice(at[0] === 'model' ? 1 : 0)].join('.');
      return {
        issue: processMessages.issue(
          'startnotitie_not_configurable',
          {
            field,
            detail: first ? first.message.en : error.label.en,
          },
          [],
        ),
      };
    }
  }
  // As for `escalation.configure`: a province that intervenes for its part of the area is one of
  // the provinces the area lies in.
  const uninvolved = rejectionOfUninvolvedProvince(
    configuration.escalation?.interventions ?? [],
    provincesOf(definition.settings),
    ['escalation', 'interventions'],
  );
  if (uninvolved) {
    return {
      issue: processMessages.issue(
        'startnotitie_not_configurable',
        { field: uninvolved.path.join('.'), detail: uninvolved.message.en },
        [],
      ),
    };
  }
  const ijkmomenten = IjkmomentScheduleSchema.safeParse(document.ijkmomenten);
  if (ijkmomenten.success) configuration.ijkmomenten = ijkmomenten.data;
  const evaluation = EvaluationCadenceSchema.safeParse(document.evaluation);
  if (evaluation.success) configuration.evaluation = evaluation.data;
  return { configuration };
}

/**
 * `null` when closing this step may accept its startnotitie (or the event accepts none), otherwise
 * why the startnotitie cannot configure the process. Part of the `step.close` rules.
 */
export function rejectionOfStartnotitieConfiguration(
  definition: GebiedsprocesDefinition,
  context: GebiedsprocesContext,
  event: ProcessEvent,
): ErrorIssue | null {
  const accepted = acceptedStartnotitie(definition, context, event);
  if (accepted === undefined) return null;
  const derived = configurationFromStartnotitie(definition, accepted.document);
  return 'issue' in derived ? derived.issue : null;
}

/** The step ids the startnotitie itself lists as consent steps, when it holds that list. */
function listedConsentSteps(document: Document): readonly string[] {
  const decisionMaking = document.decisionMaking;
  const listed =
    typeof decisionMaking === 'object' && decisionMaking !== null
      ? (decisionMaking as { consentStepIds?: unknown }).consentStepIds
      : undefined;
  return Array.isArray(listed) ? listed.filter((id): id is string => typeof id === 'string') : [];
}

/**
 * Every place where the settings override the step template, in the order of the template's
 * steps (per step: consent, then timebox): a step that needs consent only because a decision rule
 * with `consentOfAllMedeoverheden` names it (the startnotitie's own consent steps do not), and a
 * timebox of the startnotitie that differs from the template's `timeboxDays`.
 */
export function settingOverrides(definition: GebiedsprocesDefinition, document: Document): SettingOverride[] {
  const listed = listedConsentSteps(document);
  const out: SettingOverride[] = [];
  for (const step of effectiveStepSettingsOf(definition.template, definition.settings)) {
    const [first, ...rest] = step.consentRuleIds;
    if (step.consentSource === 'decision_rule' && first !== undefined && !listed.includes(step.stepId)) {
      out.push({
        setting: 'consent',
        stepId: step.stepId,
        source: 'decision_rule',
        ruleIds: [first, ...rest],
        from: 'not_asked',
        to: 'required',
      });
    }
    if (
      step.timeboxSource === 'startnotitie' &&
      step.timeboxDays !== null &&
      step.timeboxDays !== step.templateTimeboxDays
    ) {
      out.push({
        setting: 'timeboxDays',
        stepId: step.stepId,
        source: 'startnotitie',
        from: step.templateTimeboxDays,
        to: step.timeboxDays,
      });
    }
  }
  return out;
}

/** Appends one derived entry: no event of its own (`accepted: false`), linked into the chain. */
function appendDerived(
  context: GebiedsprocesContext,
  cause: ProcessEvent,
  event: Record<string, unknown> & { type: string },
  derivedFrom: AuditDerivedFrom,
  motivation: string,
): GebiedsprocesContext {
  const here = positionLabel(context);
  const entry: AuditEntry = chainAuditEntry(
    {
      seq: context.auditLog.length,
      type: event.type,
      timestamp: cause.timestamp,
      actor: cause.actor,
      role: cause.role,
      motivation,
      stepBefore: here,
      stepAfter: here,
      accepted: false,
      event,
      derivedFrom,
    },
    auditHead(context.auditLog),
  );
  return { ...context, auditLog: appended(context.auditLog, entry) };
}

/**
 * After the closing of the startnotitie's step was applied (its own audit entry at `seq`): the
 * configuration derived from the accepted startnotitie, applied to the knelpunten, ijkmomenten and
 * monitoring and recorded as a `derived.configuration` entry; then, the first time only, the
 * overrides of the step template as one `derived.overrides` entry. Both carry the actor and role of
 * the closing and `derivedFrom` (the startnotitie's kind, id and version, and `seq`). Any other
 * event returns the context as it is. Pure, so a replay derives the same entries.
 */
export function deriveFromAcceptedStartnotitie(
  definition: GebiedsprocesDefinition,
  context: GebiedsprocesContext,
  event: ProcessEvent,
  seq: number,
): GebiedsprocesContext {
  const accepted = acceptedStartnotitie(definition, context, event);
  if (accepted === undefined) return context;
  const { step, document } = accepted;
  const derived = configurationFromStartnotitie(definition, document);
  if ('issue' in derived) return context;
  const documentId = IdSchema.safeParse(document.id);
  const version = document.version;
  const derivedFrom: AuditDerivedFrom = {
    documentKind: typeof document.kind === 'string' && document.kind.length > 0 ? document.kind : 'startnotitie',
    documentId: documentId.success ? documentId.data : (definition.settings.startnotitieId ?? step.id),
    ...(typeof version === 'number' && Number.isSafeInteger(version) && version > 0 ? { version } : {}),
    seq,
  };
  const name = `${derivedFrom.documentId}${derivedFrom.version !== undefined ? ` (versie ${derivedFrom.version})` : ''}`;
  let next = context;
  const { escalation, ijkmomenten, evaluation } = derived.configuration;
  if (escalation !== undefined || ijkmomenten !== undefined || evaluation !== undefined) {
    next = {
      ...next,
      ...(escalation !== undefined ? { knelpunten: { ...next.knelpunten, model: escalation } } : {}),
      ...(ijkmomenten !== undefined ? { ijkmomenten: { ...next.ijkmomenten, schedule: ijkmomenten } } : {}),
      ...(evaluation !== undefined ? { monitoring: { ...next.monitoring, evaluationCadence: evaluation } } : {}),
    };
    next = appendDerived(
      next,
      event,
      { ...derived.configuration },
      derivedFrom,
      `Ingericht uit de aanvaarde startnotitie ${name} bij het sluiten van stap ${step.id}`,
    );
  }
  const overrides = settingOverrides(definition, document);
  if (overrides.length > 0 && !context.auditLog.some((e) => e.type === DERIVED_OVERRIDES_TYPE)) {
    next = appendDerived(
      next,
      event,
      { type: DERIVED_OVERRIDES_TYPE, overrides },
      derivedFrom,
      `Instellingen die het stappensjabloon overschrijven, vastgelegd bij aanvaarding van startnotitie ${name}`,
    );
  }
  return next;
}

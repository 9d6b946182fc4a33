// The public, validating face of the area process's building blocks: the rule function, the
// reducer, the audit entry, the context and definition helpers. The machine, the wrapper API and
// the queries call the unvalidated originals in ../machine; only the package's index exports these.
import {
  type AreaProcessSettings,
  AreaProcessSettingsSchema,
  type ErrorIssue,
  IdSchema,
  IsoDateTimeSchema,
  type IssuePath,
  type ProcessEvent,
  ProcessEventMetaSchema,
  ProcessEventSchema,
  type StepDefinition,
  StepDefinitionSchema,
  type StepTemplate,
  StepTemplateSchema,
  validate,
} from '@gebiedsgericht/core';
import * as z from 'zod';
import { checkAuthority } from '../authority/authorityRules';
import { IJKMOMENT_EVENT_TYPES } from '../ijkmomenten/IjkmomentenSlice';
import { KNELPUNT_PROCESS_EVENT_TYPES, type KnelpuntProcessEvent } from '../knelpunten/KnelpuntenSlice';
import {
  type AreaProcessContext,
  initialAreaProcessContext as initialAreaProcessContextUnchecked,
  positionLabel as positionLabelUnchecked,
} from '../machine/areaProcessContext';
import {
  checkAreaProcessEvent as checkAreaProcessEventUnchecked,
  reduceAreaProcessEvent as reduceAreaProcessEventUnchecked,
} from '../machine/areaProcessEvent';
import {
  type AreaProcessDefinition,
  checkEvent as checkEventUnchecked,
  consentRequired as consentRequiredUnchecked,
  missingConsents as missingConsentsUnchecked,
  stepOf as stepOfUnchecked,
} from '../machine/checkEvent';
import { machineOf as machineOfUnchecked, validateTemplateAndSettings } from '../machine/createAreaProcessMachine';
import {
  type AreaProcessEvent,
  areaProcessEventSchemaOf,
  checkExtensionEvent as checkExtensionEventUnchecked,
  EXTENSION_EVENT_TYPES,
  type ExtensionContext,
  type ExtensionEvent,
  type ExtensionHost,
  extensionEventSchemaOf,
  herijkingUnderway as herijkingUnderwayUnchecked,
  isExtensionEvent as isExtensionEventUnchecked,
  reduceExtensionEvent as reduceExtensionEventUnchecked,
} from '../machine/extensions';
import {
  checkAreaProcessOptions,
  defaultReadBestRankedVariant as defaultReadBestRankedVariantUnchecked,
  defaultReadChosenVariant as defaultReadChosenVariantUnchecked,
} from '../machine/processOptions';
import { appendAudit as appendAuditUnchecked, reduceEvent as reduceEventUnchecked } from '../machine/reduceEvent';
import { processMessages } from '../messages';
import { MONITORING_EVENT_TYPES } from '../monitoring/MonitoringEvent';
import { HerijkingSchema, MonitoringStateSchema } from '../monitoring/MonitoringState';
import { REGIME_PROCESS_EVENT_TYPES, type RegimeProcessEvent } from '../regimes/RegimesSlice';
import { TracksStateSchema } from '../tracks/TracksState';
import { checkIjkmomentenSlice } from './ijkmomenten';
import { checkKnelpuntenSliceFor } from './knelpunten';
import { checkRegimesSliceFor } from './regimes';
import {
  AnObject,
  AreaProcessContextShape,
  ExtensionContextShape,
  ExtensionHostContextShape,
  PositionShape,
  StepsShape,
} from './shapes';

const ExtensionEventTypeSchema = z.enum(EXTENSION_EVENT_TYPES as [string, ...string[]]);
const AuditableEventShape = z.looseObject({ type: z.string().min(1), ...ProcessEventMetaSchema.shape });
const StepIdSchema = z.string();
const SettingsHolderShape = z.looseObject({ settings: AreaProcessSettingsSchema });
const StepsHolderShape = z.looseObject({ steps: StepsShape });
const HerijkingenHolderShape = z.looseObject({ monitoring: z.looseObject({ herijkingen: z.array(HerijkingSchema) }) });

/**
 * Validates an `AreaProcessDefinition` under `path`: the template and settings with core's
 * schemas (and that every step the settings name is in the template), the resolved options by
 * shape (a document registry of zod schemas, two reader functions).
 */
function checkDefinition(definition: unknown, path: IssuePath): asserts definition is AreaProcessDefinition {
  const d = validate(AnObject, definition, { path });
  validateTemplateAndSettings(d.template, d.settings, path);
  checkAreaProcessOptions(d.options, [...path, 'options'], true);
}

function validateExtensionEvent(event: unknown, path: IssuePath): ExtensionEvent {
  const schema = extensionEventSchemaOf(event);
  if (schema !== undefined) return validate(schema, event, { path }) as ExtensionEvent;
  const e = validate(AnObject, event, { path });
  validate(ExtensionEventTypeSchema, e.type, { path: [...path, 'type'] });
  throw processMessages.fail('invalid_argument', { name: 'event.type' }, [...path, 'type']);
}

/** Validates, in full, the slice of `context` whose rules decide on this second-half event. */
function checkSliceFor(context: Readonly<Record<string, unknown>>, event: ExtensionEvent, path: IssuePath): void {
  const type = event.type;
  if ((KNELPUNT_PROCESS_EVENT_TYPES as readonly string[]).includes(type)) {
    checkKnelpuntenSliceFor(context.knelpunten, event as KnelpuntProcessEvent, [...path, 'knelpunten']);
  } else if ((REGIME_PROCESS_EVENT_TYPES as readonly string[]).includes(type)) {
    checkRegimesSliceFor(context.regimes, event as RegimeProcessEvent, [...path, 'regimes']);
  } else if ((IJKMOMENT_EVENT_TYPES as readonly string[]).includes(type)) {
    checkIjkmomentenSlice(context.ijkmomenten, [...path, 'ijkmomenten']);
  } else if ((MONITORING_EVENT_TYPES as readonly string[]).includes(type)) {
    validate(MonitoringStateSchema, context.monitoring, { path: [...path, 'monitoring'] });
  } else {
    validate(TracksStateSchema, context.tracks, { path: [...path, 'tracks'] });
    validate(MonitoringStateSchema, context.monitoring, { path: [...path, 'monitoring'] });
  }
}

/** Validates the arguments of the whole-process rule function and reducer. */
function checkAreaProcessArguments(definition: unknown, context: unknown, event: unknown): void {
  checkDefinition(definition, ['definition']);
  const c = validate(AreaProcessContextShape, context, { path: ['context'] });
  const e = validate(areaProcessEventSchemaOf(event), event, { path: ['event'] }) as AreaProcessEvent;
  if (isExtensionEventUnchecked(e)) checkSliceFor(c, e, ['context']);
}

/**
 * The label of where the process stands, as the audit log writes it: the current step (or
 * `monitoring`) while running, else `suspended` or `stopped`. Throws `invalid_input` (path
 * `context`) for anything without a valid `status` and a non-empty `position`.
 *
 * @example
 * positionLabel(process.context()); // 'inzicht-verkrijgen'
 * @see handreiking §2.6 (navolgbaarheid)
 */
export function positionLabel(context: Pick<AreaProcessContext, 'status' | 'position'>): string {
  validate(PositionShape, context, { path: ['context'] });
  return positionLabelUnchecked(context);
}

/**
 * The context of a new area process: the first step of the template is open from `startedAt` (the
 * process starts with step 0, whose deliverable is the startnotitie). Throws `invalid_input` for an
 * invalid template, settings or start time (paths `template`, `settings`, `startedAt`) and
 * `unknown_step` when the settings name a step the template lacks.
 *
 * @example
 * const context = initialAreaProcessContext(defaultStepTemplate, settings, '2026-01-12T09:00:00+01:00');
 * @see handreiking bijlage 1, onderdeel 2 (stap 0)
 */
export function initialAreaProcessContext(
  template: StepTemplate,
  settings: AreaProcessSettings,
  startedAt: string,
): AreaProcessContext {
  validateTemplateAndSettings(template, settings);
  validate(IsoDateTimeSchema, startedAt, { path: ['startedAt'] });
  return initialAreaProcessContextUnchecked(template, settings, startedAt);
}

/**
 * The step of the template with this id, or `undefined`. Throws `invalid_input` for an invalid
 * template (path `template`) and a `stepId` that is not a string (path `stepId`).
 *
 * @example
 * stepOf(defaultStepTemplate, 'inzicht-verkrijgen')?.label.nl;
 * @see handreiking bijlage 1, onderdeel 2
 */
export function stepOf(template: StepTemplate, stepId: string): StepDefinition | undefined {
  validate(StepTemplateSchema, template, { path: ['template'] });
  validate(StepIdSchema, stepId, { path: ['stepId'] });
  return stepOfUnchecked(template, stepId);
}

/**
 * Whether the step needs the consent of every medeoverheid before it closes. Throws
 * `invalid_input` for an invalid step definition (path `step`) or settings (path `settings`).
 *
 * @example
 * consentRequired(defaultStepTemplate.steps[4], settings); // true
 * @see handreiking bijlage 1, onderdeel 2 (instemming medeoverheden)
 */
export function consentRequired(step: StepDefinition, settings: AreaProcessSettings): boolean {
  validate(StepDefinitionSchema, step, { path: ['step'] });
  validate(AreaProcessSettingsSchema, settings, { path: ['settings'] });
  return consentRequiredUnchecked(step, settings);
}

/**
 * The medeoverheden whose consent a step still lacks (empty when none is needed). Throws
 * `invalid_input` for a `definition` without valid `settings` (path `definition`), an invalid step
 * definition (path `step`), and a `context` whose `steps` are not step records (path `context`).
 *
 * @example
 * missingConsents(process.definition, step, process.context()); // ['gemeente-beekdal']
 * @see handreiking bijlage 1, onderdeel 2 (instemming medeoverheden)
 */
export function missingConsents(
  definition: Pick<AreaProcessDefinition, 'settings'>,
  step: StepDefinition,
  context: AreaProcessContext,
): string[] {
  validate(SettingsHolderShape, definition, { path: ['definition'] });
  validate(StepDefinitionSchema, step, { path: ['step'] });
  validate(StepsHolderShape, context, { path: ['context'] });
  return missingConsentsUnchecked(definition, step, context);
}

/**
 * The rules of the area process for core's process events in one pure function: `null` when the
 * event is accepted in this context, otherwise the reason as an issue with a stable code, a path
 * into the event and a Dutch and English message. The wrapper API uses the same rules to say why
 * an event was rejected. Throws `invalid_input` (or `unknown_step`, `invalid_argument` for the
 * options) for a malformed `definition` (path `definition`), a `context` without the top-level
 * shape of an area process context (path `context`), and an event that is not a valid process
 * event (path `event`).
 *
 * @example
 * checkEvent(process.definition, process.context(), event); // { code: 'missing_consent', ... } or null
 * @see handreiking bijlage 1, onderdeel 2; §2.7 (spelregels voor wijzigingen)
 */
export function checkEvent(
  definition: AreaProcessDefinition,
  context: AreaProcessContext,
  event: ProcessEvent,
): ErrorIssue | null {
  checkDefinition(definition, ['definition']);
  validate(AreaProcessContextShape, context, { path: ['context'] });
  validate(ProcessEventSchema, event, { path: ['event'] });
  return checkAuthority(definition.settings, context, event) ?? checkEventUnchecked(definition, context, event);
}

/**
 * Applies an accepted event to the context and appends its audit entry; the context passed in is
 * not changed. Pure: the same context and event always give the same result. Only call it for
 * events {@link checkEvent} accepts. Throws what {@link checkEvent} throws for malformed
 * arguments.
 *
 * @example
 * const next = reduceEvent(process.definition, process.context(), event);
 * @see handreiking §2.6 (navolgbaarheid)
 */
export function reduceEvent(
  definition: AreaProcessDefinition,
  context: AreaProcessContext,
  event: ProcessEvent,
): AreaProcessContext {
  checkDefinition(definition, ['definition']);
  validate(AreaProcessContextShape, context, { path: ['context'] });
  validate(ProcessEventSchema, event, { path: ['event'] });
  return reduceEventUnchecked(definition, context, event);
}

/**
 * Appends the audit entry of an accepted event: the event as sent (so the log can be replayed),
 * who, in which role, when, why, and where the process stood before and after. Throws
 * `invalid_input` for a `before` or `after` without the top-level shape of an area process context
 * (paths `before`, `after`) and an event without `type`, `timestamp`, `actor` and `role` (path
 * `event`); `invalid_argument` (path `event`) for an event that is not plain JSON.
 *
 * @example
 * const next = appendAudit(before, after, event);
 * @see handreiking §2.6 (navolgbaarheid)
 */
export function appendAudit(
  before: AreaProcessContext,
  after: AreaProcessContext,
  event: Parameters<typeof appendAuditUnchecked>[2],
): AreaProcessContext {
  validate(AreaProcessContextShape, before, { path: ['before'] });
  validate(AreaProcessContextShape, after, { path: ['after'] });
  validate(AuditableEventShape, event, { path: ['event'] });
  try {
    JSON.stringify(event);
  } catch {
    throw processMessages.fail('invalid_argument', { name: 'event' }, ['event']);
  }
  return appendAuditUnchecked(before, after, event);
}

/**
 * The one rule function of the area process: `null` when the event is accepted in this context,
 * otherwise the reason (stable code, path, Dutch and English message). Core's process events go to
 * {@link checkEvent}; knelpunt, regime, ijkmoment, monitoring and track events to the second half's
 * rules. The machine's guards and the wrapper's `send` use the same rules, so they never disagree.
 * Throws `invalid_input` (or `unknown_step`, `invalid_argument` for the options) for a malformed
 * `definition` (path `definition`), a `context` without the top-level shape of an area process
 * context or whose slice for this event is invalid (path `context`), and an event that does not
 * match the schema of its type (path `event`).
 *
 * @example
 * checkAreaProcessEvent(process.definition, process.context(), event); // null or { code: 'knelpunt_mediator_is_party', … }
 * @see handreiking bijlage 1, onderdeel 2; bijlage 1, onderdeel 4; §2.2; §2.3
 */
export function checkAreaProcessEvent(
  definition: AreaProcessDefinition,
  context: AreaProcessContext,
  event: AreaProcessEvent,
): ErrorIssue | null {
  checkAreaProcessArguments(definition, context, event);
  return checkAreaProcessEventUnchecked(definition, context, event);
}

/**
 * The one reducer of the area process: applies an accepted event and appends exactly one audit
 * entry; the context passed in is not changed. Pure, so replaying the audit log rebuilds the same
 * context. Throws what {@link checkAreaProcessEvent} throws for malformed arguments.
 *
 * @example
 * const next = reduceAreaProcessEvent(process.definition, process.context(), event);
 * @see handreiking §2.6 (navolgbaarheid)
 */
export function reduceAreaProcessEvent(
  definition: AreaProcessDefinition,
  context: AreaProcessContext,
  event: AreaProcessEvent,
): AreaProcessContext {
  checkAreaProcessArguments(definition, context, event);
  return reduceAreaProcessEventUnchecked(definition, context, event);
}

/**
 * True when the event is one of the second half's. Throws `invalid_input` (path `event`) when the
 * event is not an object.
 *
 * @example
 * isExtensionEvent({ type: 'step.close' }); // false
 * @see Handreiking bijlage 1 onderdeel 4
 */
export function isExtensionEvent(event: { type: string }): event is ExtensionEvent {
  validate(AnObject, event, { path: ['event'] });
  return isExtensionEventUnchecked(event);
}

/**
 * The rules of the second half: `null` when the event is accepted, otherwise the reason (as
 * `checkEvent` does for core's process events, whose general rules it shares: no event before the
 * previous one, nothing once stopped, only record keeping while suspended). Throws `invalid_input`
 * for a `processId` that is not an id (path `processId`), a `context` without the host fields and
 * slices of the second half or whose slice for this event is invalid (path `context`), and an
 * event that is not a valid second-half event (path `event`, or `event.type` for another type).
 *
 * @example
 * checkExtensionEvent('gebiedsproces-lindewaard', process.context(), event); // null or an issue
 * @see Handreiking §2.3, bijlage 1 onderdeel 4
 */
export function checkExtensionEvent(
  processId: string,
  context: ExtensionContext & ExtensionHost,
  event: ExtensionEvent,
): ErrorIssue | null {
  validate(IdSchema, processId, { path: ['processId'] });
  const c = validate(ExtensionHostContextShape, context, { path: ['context'] });
  checkSliceFor(c, validateExtensionEvent(event, ['event']), ['context']);
  return checkExtensionEventUnchecked(processId, context, event);
}

/**
 * Applies an accepted second-half event to the context (the caller appends the audit entry; the
 * context passed in is not changed). Throws `invalid_input` for a `context` without the slices of
 * the second half or whose slice for this event is invalid (path `context`) and an event that is
 * not a valid second-half event (path `event`).
 *
 * @example
 * const next = reduceExtensionEvent(context, event);
 * @see Handreiking §2.2, §2.3
 */
export function reduceExtensionEvent<C extends ExtensionContext>(context: C, event: ExtensionEvent): C {
  const c = validate(ExtensionContextShape, context, { path: ['context'] });
  checkSliceFor(c, validateExtensionEvent(event, ['event']), ['context']);
  return reduceExtensionEventUnchecked(context, event);
}

/**
 * True when a herijking is underway (the monitoring state shows the sub-state `herijking`). Throws
 * `invalid_input` (path `context`) for a context without `monitoring.herijkingen` as valid
 * herijkingen.
 *
 * @example
 * herijkingUnderway(process.context()); // false
 * @see Handreiking §2.2
 */
export function herijkingUnderway(context: ExtensionContext): boolean {
  validate(HerijkingenHolderShape, context, { path: ['context'] });
  return herijkingUnderwayUnchecked(context);
}

/**
 * Builds the XState machine of a definition (see `createAreaProcessMachine`, which validates and
 * builds in one go). Throws `invalid_input` for an invalid template or settings (paths
 * `definition.template`, `definition.settings`), `unknown_step` when the settings name a step the
 * template lacks, and `invalid_argument` for resolved options without a document registry of zod
 * schemas and both reader functions (path `definition.options`).
 *
 * @example
 * const machine = machineOf(validateDefinition(defaultStepTemplate, settings));
 * @see handreiking bijlage 1, onderdeel 2 (stappen)
 */
export function machineOf(definition: AreaProcessDefinition): ReturnType<typeof machineOfUnchecked> {
  checkDefinition(definition, ['definition']);
  return machineOfUnchecked(definition);
}

/**
 * Default reader of the chosen variant: `chosenVariantId` of the deliverable, or
 * `choice.chosenVariantId` (core's `assessmentAndChoice`). Throws `invalid_input` (path
 * `deliverable`) when the deliverable is not an object.
 *
 * @example
 * defaultReadChosenVariant({ choice: { chosenVariantId: 'variant-b' } }); // 'variant-b'
 * @see handreiking bijlage 1, onderdeel 2 (stap 4)
 */
export function defaultReadChosenVariant(deliverable: Readonly<Record<string, unknown>>): string | undefined {
  validate(AnObject, deliverable, { path: ['deliverable'] });
  return defaultReadChosenVariantUnchecked(deliverable);
}

/**
 * Default reader of the best-ranked variant: the entry with the lowest `rank` in `ranking`
 * (`{ variantId, rank }[]`, core's assessment record), else `recommendedVariantId`; looked up in
 * the document itself or in its `assessmentRecord` (core's `assessmentAndChoice`). Throws
 * `invalid_input` (path `assessment`) when the assessment is not an object.
 *
 * @example
 * defaultReadBestRankedVariant({ ranking: [{ variantId: 'variant-a', rank: 1 }] }); // 'variant-a'
 * @see handreiking bijlage 1, onderdeel 2 (stap 4)
 */
export function defaultReadBestRankedVariant(assessment: Readonly<Record<string, unknown>>): string | undefined {
  validate(AnObject, assessment, { path: ['assessment'] });
  return defaultReadBestRankedVariantUnchecked(assessment);
}

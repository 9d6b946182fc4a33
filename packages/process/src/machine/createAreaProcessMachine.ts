import {
  type AreaProcessSettings,
  AreaProcessSettingsSchema,
  type IsoDateTime,
  IsoDateTimeSchema,
  type ProcessEvent,
  type StepTemplate,
  StepTemplateSchema,
  validate,
} from '@gebiedsgericht/core';
import { assign, setup } from 'xstate';
import { processMessages } from '../messages';
import { type AreaProcessContext, initialAreaProcessContext } from './areaProcessContext';
import { type AreaProcessDefinition, checkEvent } from './checkEvent';
import { type AreaProcessOptions, resolveOptions } from './processOptions';
import { reduceEvent } from './reduceEvent';

/** The input of an area process actor: when the process started (the machine never reads the clock). */
export interface AreaProcessInput {
  readonly startedAt: IsoDateTime;
}

/** Events every state of a running process handles without changing step (records and work). */
const RECORD_EVENTS = [
  'deliverable.submit',
  'assessment.record',
  'consent.record',
  'change.minor',
  'framework.extend',
  'decision.plan',
  'agreement.record',
  'agreement.fulfil',
  'opgave.assess',
] as const;
/** Events a suspended process still records. */
const RECORD_EVENTS_WHILE_SUSPENDED = [
  'change.minor',
  'decision.plan',
  'agreement.record',
  'agreement.fulfil',
] as const;

/**
 * Validates a template and settings and checks that they belong together: every step the settings
 * name exists in the template.
 */
export function validateDefinition(
  template: unknown,
  settings: unknown,
  options?: AreaProcessOptions,
): AreaProcessDefinition {
  const t = validate(StepTemplateSchema, template, { path: ['template'] });
  const s = validate(AreaProcessSettingsSchema, settings, { path: ['settings'] });
  const ids = new Set(t.steps.map((step) => step.id));
  const named: [string, readonly string[]][] = [
    ['consentStepIds', s.consentStepIds],
    ['reopenableStepIds', s.changeRules.reopenableStepIds ?? []],
  ];
  for (const [field, stepIds] of named) {
    stepIds.forEach((stepId, index) => {
      if (!ids.has(stepId)) {
        const path =
          field === 'consentStepIds' ? ['settings', field, index] : ['settings', 'changeRules', field, index];
        throw processMessages.fail('unknown_step', { stepId }, path);
      }
    });
  }
  return { template: t, settings: s, options: resolveOptions(options) };
}

/** Builds the XState machine of a validated definition (see {@link createAreaProcessMachine}). */
export function machineOf(definition: AreaProcessDefinition) {
  const { template, settings } = definition;
  const stepIds = template.steps.map((step) => step.id);
  const reopenTransitions = (upTo: number) =>
    stepIds.slice(0, upTo).map((target) => ({
      guard: { type: 'reopenAllowed' as const, params: { stepId: target } },
      target,
      actions: 'apply' as const,
    }));
  const stepStates: Record<string, object> = {};
  stepIds.forEach((stepId, index) => {
    const next = stepIds[index + 1] ?? 'monitoring';
    stepStates[stepId] = {
      description: template.steps[index]?.label.nl,
      on: {
        'step.close': { guard: { type: 'gateMet', params: { stepId } }, target: next, actions: 'apply' },
        'change.major': reopenTransitions(index),
      },
    };
  });
  const recordHandlers = (types: readonly string[]) =>
    Object.fromEntries(types.map((type) => [type, { guard: 'accepted' as const, actions: 'apply' as const }]));

  return setup({
    types: {
      context: {} as AreaProcessContext,
      events: {} as ProcessEvent,
      input: {} as AreaProcessInput,
    },
    guards: {
      /** The rules of {@link checkEvent} accept the event in this context. */
      accepted: ({ context, event }) => checkEvent(definition, context, event) === null,
      /** The step's gate is met: deliverable, assessment where needed, decision and consents. */
      gateMet: ({ context, event }, params: { stepId: string }) =>
        event.type === 'step.close' &&
        event.stepId === params.stepId &&
        checkEvent(definition, context, event) === null,
      /** The change rules allow this major change to reopen this earlier step. */
      reopenAllowed: ({ context, event }, params: { stepId: string }) =>
        event.type === 'change.major' &&
        event.reopenStepId === params.stepId &&
        checkEvent(definition, context, event) === null,
    },
    actions: {
      /** Applies the accepted event to the context and appends its audit entry. */
      apply: assign(({ context, event }) => reduceEvent(definition, context, event)),
    },
  }).createMachine({
    id: 'areaProcess',
    type: 'parallel',
    context: ({ input }) => {
      const startedAt = validate(IsoDateTimeSchema, input.startedAt, { path: ['startedAt'] });
      return initialAreaProcessContext(template, settings, startedAt);
    },
    states: {
      steps: {
        initial: 'running',
        states: {
          running: {
            initial: stepIds[0] ?? 'monitoring',
            states: {
              ...stepStates,
              monitoring: {
                description: 'Monitoring en evaluatie (doorlopend)',
                on: { 'change.major': reopenTransitions(stepIds.length) },
              },
              history: { type: 'history' },
            },
            on: {
              'process.suspend': { target: 'suspended', guard: 'accepted', actions: 'apply' },
              'process.stop': { target: 'stopped', guard: 'accepted', actions: 'apply' },
              ...recordHandlers(RECORD_EVENTS),
            },
          },
          suspended: {
            on: {
              'process.resume': { target: 'running.history', guard: 'accepted', actions: 'apply' },
              'process.stop': { target: 'stopped', guard: 'accepted', actions: 'apply' },
              ...recordHandlers(RECORD_EVENTS_WHILE_SUSPENDED),
            },
          },
          stopped: { description: 'Gestopt bij besluit' },
        },
      },
      // process-6: the knelpunten region (one spawned child actor per knelpunt), ijkmomenten and regime.
      knelpunten: { initial: 'watching', states: { watching: {} } },
      ijkmomenten: { initial: 'scheduled', states: { scheduled: {} } },
      regime: { initial: 'none', states: { none: {} } },
    },
  });
}

/**
 * Builds the XState v5 machine of one area process (one gebiedsproces) from a step template given
 * as data and the settings from the startnotitie. The steps region runs the template's steps in
 * order, then stays alive in `monitoring`; it can be suspended, resumed and stopped by decision.
 * Parallel regions hold knelpunten, ijkmomenten and a regime. Every accepted event is applied by
 * one pure reducer that appends an audit entry; guards use the same rules ({@link checkEvent})
 * that explain a rejection. Start it with `createActor(machine, { input: { startedAt } })`, or use
 * the wrapper {@link createAreaProcess} if you prefer not to deal with XState.
 *
 * @example
 * const machine = createAreaProcessMachine(defaultStepTemplate, settings);
 * const actor = createActor(machine, { input: { startedAt: '2026-01-12T09:00:00+01:00' } }).start();
 * @see handreiking bijlage 1, onderdeel 2 (stappen); ARCHITECTURE.md "The process machine"
 */
export function createAreaProcessMachine(
  template: StepTemplate,
  settings: AreaProcessSettings,
  options?: AreaProcessOptions,
) {
  return machineOf(validateDefinition(template, settings, options));
}

/** The machine type {@link createAreaProcessMachine} returns. */
export type AreaProcessMachine = ReturnType<typeof machineOf>;

import {
  type GebiedsprocesSettings,
  type IsoDateTime,
  IsoDateTimeSchema,
  type StepTemplate,
  validate,
} from '@gebiedsgericht/core';
import { and, assign, sendTo, setup, spawnChild } from 'xstate';
import { IJKMOMENT_EVENT_TYPES } from '../ijkmomenten';
import {
  KNELPUNT_PROCESS_EVENT_TYPES,
  knelpuntActorId,
  knelpuntChildEvent,
  knelpuntInputOf,
  knelpuntMachine,
} from '../knelpunten';
import { MONITORING_EVENT_TYPES } from '../monitoring';
import {
  delegationRegimeMachine,
  REGIME_PROCESS_EVENT_TYPES,
  regimeActorId,
  regimeChildEvent,
  regimeInputOf,
} from '../regimes';
import { TRACK_EVENT_TYPES } from '../tracks';
import { validateDefinition } from './definition';
import { EXTENSION_ACCEPTED_WHILE_SUSPENDED, type GebiedsprocesEvent, herijkingUnderway } from './extensions';
import { type GebiedsprocesContext, initialGebiedsprocesContext } from './gebiedsprocesContext';
import { reduceGebiedsprocesEvent, rejectionOfGebiedsprocesEvent } from './gebiedsprocesEvent';
import { wasPreChecked } from './preChecked';
import type { GebiedsprocesOptions } from './processOptions';
import { type GebiedsprocesDefinition, rejectionOfEvent } from './rejectionOfEvent';

/** The input of an area process actor: when the process started (the machine never reads the clock). */
export interface GebiedsprocesInput {
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

/** Builds the XState machine of a validated definition (see {@link createGebiedsprocesMachine}). */
export function machineOf(definition: GebiedsprocesDefinition) {
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
      context: {} as GebiedsprocesContext,
      events: {} as GebiedsprocesEvent,
      input: {} as GebiedsprocesInput,
    },
    // Child actor logic by name: a child actor's `src` is this name.
    actors: { knelpunt: knelpuntMachine, delegationRegime: delegationRegimeMachine },
    guards: {
      /** The rules of the area process (`rejectionOfGebiedsprocesEvent`) accept the event in this context. */
      accepted: ({ context, event }) =>
        wasPreChecked(event, context) || rejectionOfGebiedsprocesEvent(definition, context, event) === null,
      /** After this event no herijking is underway any more (back to watching). */
      lastHerijkingCompleted: ({ context, event }) =>
        event.type === 'herijking.complete' &&
        !herijkingUnderway({
          ...context,
          monitoring: {
            ...context.monitoring,
            herijkingen: context.monitoring.herijkingen.filter((h) => h.id !== event.herijkingId),
          },
        }),
      /** The step's gate is met: deliverable, assessment where needed, decision and consents. */
      gateMet: ({ context, event }, params: { stepId: string }) =>
        event.type === 'step.close' &&
        event.stepId === params.stepId &&
        (wasPreChecked(event, context) || rejectionOfEvent(definition, context, event) === null),
      /** The change rules allow this major change to reopen this earlier step. */
      reopenAllowed: ({ context, event }, params: { stepId: string }) =>
        event.type === 'change.major' &&
        event.reopenStepId === params.stepId &&
        (wasPreChecked(event, context) || rejectionOfEvent(definition, context, event) === null),
    },
    actions: {
      /** Applies the accepted event to the context and appends its audit entry. */
      apply: assign(({ context, event }) => reduceGebiedsprocesEvent(definition, context, event)),
      /** Starts the child actor of a knelpunt just raised (`knelpunt:<id>`). */
      spawnKnelpunt: spawnChild('knelpunt', {
        id: ({ event }) => (event.type === 'knelpunt.raise' ? knelpuntActorId(event.knelpunt.id) : 'knelpunt:?'),
        input: ({ context, event }) => {
          if (event.type !== 'knelpunt.raise') throw new TypeError('spawnKnelpunt needs knelpunt.raise');
          return knelpuntInputOf(context.knelpunten, event, context.position);
        },
      }),
      /** Sends an accepted knelpunt event on to the knelpunt's own actor. */
      forwardToKnelpunt: sendTo(
        ({ event }) => knelpuntActorId('knelpuntId' in event ? String(event.knelpuntId) : '?'),
        ({ event }) => knelpuntChildEvent(event as never) as never,
      ),
      /** Starts the child actor of a delegation-and-oversight regime (`regime:<id>`). */
      spawnRegime: spawnChild('delegationRegime', {
        id: ({ event }) => (event.type === 'regime.start' ? regimeActorId(event.regime.id) : 'regime:?'),
        input: ({ event }) => {
          if (event.type !== 'regime.start') throw new TypeError('spawnRegime needs regime.start');
          return regimeInputOf(event);
        },
      }),
      /** Sends an accepted regime event on to the regime's own actor. */
      forwardToRegime: sendTo(
        ({ event }) => regimeActorId('regimeId' in event ? String(event.regimeId) : '?'),
        ({ event }) => regimeChildEvent(event as never) as never,
      ),
    },
  }).createMachine({
    id: 'gebiedsproces',
    type: 'parallel',
    context: ({ input }) => {
      const startedAt = validate(IsoDateTimeSchema, input.startedAt, { path: ['startedAt'] });
      return initialGebiedsprocesContext(template, settings, startedAt);
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
                // The continuing loop; a herijking is scoped, closed steps stay closed.
                initial: 'watching',
                states: {
                  watching: {
                    description: 'Periodieke evaluatie, signaalwaarden, lessen',
                    on: { 'herijking.start': { target: 'herijking', guard: 'accepted', actions: 'apply' } },
                  },
                  herijking: {
                    description: 'Herijking van een beperkt onderdeel',
                    on: {
                      'herijking.complete': [
                        { target: 'watching', guard: and(['accepted', 'lastHerijkingCompleted']), actions: 'apply' },
                        { guard: 'accepted', actions: 'apply' },
                      ],
                    },
                  },
                },
              },
              history: { type: 'history', history: 'deep' },
            },
            on: {
              'process.suspend': { target: 'suspended', guard: 'accepted', actions: 'apply' },
              'process.stop': { target: 'stopped', guard: 'accepted', actions: 'apply' },
              ...recordHandlers(RECORD_EVENTS),
              // Monitoring and track events are records of the running process.
              ...recordHandlers([...MONITORING_EVENT_TYPES, ...TRACK_EVENT_TYPES]),
            },
          },
          suspended: {
            on: {
              'process.resume': { target: 'running.history', guard: 'accepted', actions: 'apply' },
              'process.stop': { target: 'stopped', guard: 'accepted', actions: 'apply' },
              ...recordHandlers(RECORD_EVENTS_WHILE_SUSPENDED),
              ...recordHandlers(
                [...MONITORING_EVENT_TYPES, ...TRACK_EVENT_TYPES].filter((t) =>
                  EXTENSION_ACCEPTED_WHILE_SUSPENDED.has(t),
                ),
              ),
            },
          },
          stopped: { description: 'Gestopt bij besluit' },
        },
      },
      // Knelpunten (one child actor per knelpunt), ijkmomenten, and regimes (one child
      // actor per delegation-and-oversight regime). The data lives in the context too, so one pure
      // rule function decides; the child actors receive only accepted events.
      knelpunten: {
        initial: 'watching',
        states: {
          watching: {
            description: 'Knelpunten volgen het escalatiemodel (één kindactor per knelpunt)',
            on: Object.fromEntries(
              KNELPUNT_PROCESS_EVENT_TYPES.map((type) => [
                type,
                {
                  guard: 'accepted' as const,
                  actions:
                    type === 'escalation.configure'
                      ? ['apply' as const]
                      : type === 'knelpunt.raise'
                        ? ['apply' as const, 'spawnKnelpunt' as const]
                        : ['apply' as const, 'forwardToKnelpunt' as const],
                },
              ]),
            ),
          },
        },
      },
      ijkmomenten: {
        initial: 'scheduled',
        states: {
          scheduled: {
            description: 'Programma- en regionale ijkmomenten, externe deadlines',
            on: recordHandlers(IJKMOMENT_EVENT_TYPES),
          },
        },
      },
      regime: {
        initial: 'none',
        states: {
          none: {
            description: 'Delegatie- en toezichtregime (één kindactor per regime)',
            on: Object.fromEntries(
              REGIME_PROCESS_EVENT_TYPES.map((type) => [
                type,
                {
                  guard: 'accepted' as const,
                  actions:
                    type === 'regime.start'
                      ? ['apply' as const, 'spawnRegime' as const]
                      : ['apply' as const, 'forwardToRegime' as const],
                },
              ]),
            ),
          },
        },
      },
    },
  });
}

/**
 * Builds the XState v5 machine of one area process (one gebiedsproces) from a step template given
 * as data and the settings from the startnotitie. The steps region runs the template's steps in
 * order, then stays alive in `monitoring`; it can be suspended, resumed and stopped by decision.
 * Parallel regions hold knelpunten, ijkmomenten and a regime. Every accepted event is applied by
 * one pure reducer that appends an audit entry; guards use the same rules that explain a
 * rejection in `check` and `transition`. Start it with
 * `createActor(machine, { input: { startedAt } })`, or use the wrapper `createGebiedsproces`
 * (main entry) if you prefer not to deal with XState.
 *
 * @example
 * const machine = createGebiedsprocesMachine(defaultStepTemplate, settings);
 * const actor = createActor(machine, { input: { startedAt: '2026-01-12T09:00:00+01:00' } }).start();
 * @see handreiking bijlage 1, onderdeel 2 (stappen; ARCHITECTURE.md "The process machine")
 */
export function createGebiedsprocesMachine(
  template: StepTemplate,
  settings: GebiedsprocesSettings,
  options?: GebiedsprocesOptions,
): GebiedsprocesMachine {
  return machineOf(validateDefinition(template, settings, options));
}

/** The machine type {@link createGebiedsprocesMachine} returns (XState's `StateMachine` with the area process's context and events). */
export type GebiedsprocesMachine = ReturnType<typeof machineOf>;

import {
  type DelegationRegimeEvent,
  type DelegationRegimeInput,
  type DelegationRegimeState,
  type ErrorIssue,
  type RegimeProcessEvent,
  RegimeProcessEventSchema,
} from '@gebiedsgericht/core';
import { processMessages } from '../messages';
import { initialRegimeState, planRegimeEvent } from './applyRegimeEvent';

/**
 * The delegation-and-oversight regimes running in an area process (for example one per woonregio),
 * as data in the process context, by id. Each also runs as a child actor (`regime:<id>`).
 *
 * @example
 * const regimes: RegimesSlice = {};
 * @see handreiking bijlage 2, voorbeeld 5
 */
export type RegimesSlice = Readonly<Record<string, DelegationRegimeState>>;

/**
 * The `type` values of {@link RegimeProcessEvent}.
 *
 * @example
 * REGIME_PROCESS_EVENT_TYPES.includes('regime.start'); // true
 * @see handreiking bijlage 2, voorbeeld 5
 */
export const REGIME_PROCESS_EVENT_TYPES: readonly RegimeProcessEvent['type'][] = Object.freeze(
  RegimeProcessEventSchema.options.map((o) => o.shape.type.value),
);

/**
 * The id of the child actor of a regime.
 *
 * @example
 * snapshot.children[regimeActorId('woonregio-lindt')]?.getSnapshot().value;
 * @see handreiking bijlage 2, voorbeeld 5
 */
export function regimeActorId(regimeId: string): string {
  return `regime:${regimeId}`;
}

/**
 * The input of the child actor of a regime being started.
 *
 * @example
 * spawnChild('delegationRegime', { input: ({ event }) => regimeInputOf(event) });
 * @see handreiking bijlage 2, voorbeeld 5
 */
export function regimeInputOf(event: Extract<RegimeProcessEvent, { type: 'regime.start' }>): DelegationRegimeInput {
  return { ...event.regime, timestamp: event.timestamp, actor: event.actor, role: event.role };
}

/**
 * The event a regime's own actor receives: the process event without `regimeId`.
 *
 * @example
 * regimeChildEvent({ type: 'regime.redraft', regimeId: 'r', timestamp: '…', actor: 'regio-lindt', role: 'trekker' }); // without regimeId
 * @see handreiking bijlage 2, voorbeeld 5
 */
export function regimeChildEvent(event: RegimeProcessEvent): DelegationRegimeEvent | undefined {
  if (event.type === 'regime.start') return undefined;
  const { regimeId: _id, ...rest } = event;
  return rest as DelegationRegimeEvent;
}

/**
 * Checks a regime event against the regimes of the process: `null` when accepted, otherwise why.
 *
 * @example
 * rejectionOfRegimeProcessEvent(context.regimes, event);
 * @see handreiking bijlage 2, voorbeeld 5
 */
export function rejectionOfRegimeProcessEvent(slice: RegimesSlice, event: RegimeProcessEvent): ErrorIssue | null {
  if (event.type === 'regime.start') {
    return Object.hasOwn(slice, event.regime.id)
      ? processMessages.issue('duplicate_id', { kind: 'regime', id: event.regime.id }, ['regime', 'id'])
      : null;
  }
  const state = Object.hasOwn(slice, event.regimeId) ? slice[event.regimeId] : undefined;
  if (state === undefined) {
    return processMessages.issue('unknown_reference', { kind: 'regime', id: event.regimeId }, ['regimeId']);
  }
  const plan = planRegimeEvent(state, regimeChildEvent(event));
  if (plan.ok) return null;
  return plan.error.issues[0] ?? { code: plan.error.code, path: plan.error.path, message: plan.error.label };
}

/**
 * Applies an accepted regime event to the regimes of the process.
 *
 * @example
 * const next = reduceRegimeProcessEvent(context.regimes, event);
 * @see handreiking bijlage 2, voorbeeld 5
 */
export function reduceRegimeProcessEvent(slice: RegimesSlice, event: RegimeProcessEvent): RegimesSlice {
  if (event.type === 'regime.start') return { ...slice, [event.regime.id]: initialRegimeState(regimeInputOf(event)) };
  const state = Object.hasOwn(slice, event.regimeId) ? slice[event.regimeId] : undefined;
  if (state === undefined) return slice;
  const plan = planRegimeEvent(state, regimeChildEvent(event));
  return plan.ok ? { ...slice, [event.regimeId]: plan.next } : slice;
}

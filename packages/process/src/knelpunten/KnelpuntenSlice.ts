import {
  type ErrorIssue,
  type KnelpuntEvent,
  type KnelpuntenSlice,
  type KnelpuntProcessEvent,
  KnelpuntProcessEventSchema,
} from '@gebiedsgericht/core';
import { processMessages } from '../messages';
import { initialKnelpuntState, planKnelpuntEvent } from './applyKnelpuntEvent';

/**
 * The `type` values of {@link KnelpuntProcessEvent}.
 *
 * @example
 * KNELPUNT_PROCESS_EVENT_TYPES.includes('knelpunt.raise'); // true
 * @see handreiking §2.3
 */
export const KNELPUNT_PROCESS_EVENT_TYPES: readonly KnelpuntProcessEvent['type'][] = Object.freeze(
  KnelpuntProcessEventSchema.options.map((o) => o.shape.type.value),
);

/**
 * The id of the child actor of a knelpunt.
 *
 * @example
 * snapshot.children[knelpuntActorId('knelpunt-beekdal-water')]?.getSnapshot().value;
 * @see handreiking §2.3
 */
export function knelpuntActorId(knelpuntId: string): string {
  return `knelpunt:${knelpuntId}`;
}

/**
 * The event a knelpunt's own actor receives: the process event without `knelpuntId`.
 *
 * @example
 * knelpuntChildEvent({ type: 'knelpunt.escalate', knelpuntId: 'k', timestamp: '…', actor: 'x', role: 'partij' }); // without knelpuntId
 * @see handreiking §2.3
 */
export function knelpuntChildEvent(event: KnelpuntProcessEvent): KnelpuntEvent | undefined {
  if (event.type === 'escalation.configure' || event.type === 'knelpunt.raise') return undefined;
  const { knelpuntId: _id, ...rest } = event;
  return rest as KnelpuntEvent;
}

/**
 * Checks a knelpunt event against the knelpunten of the process: `null` when accepted, otherwise
 * why (no escalation model yet, duplicate or unknown knelpunt, or what the knelpunt's own rules say).
 *
 * @example
 * rejectionOfKnelpuntProcessEvent(context.knelpunten, event); // null or { code: 'intervener_is_party', … }
 * @see handreiking §2.3
 */
export function rejectionOfKnelpuntProcessEvent(
  slice: KnelpuntenSlice,
  event: KnelpuntProcessEvent,
): ErrorIssue | null {
  if (event.type === 'escalation.configure') return null;
  if (event.type === 'knelpunt.raise') {
    if (slice.model === undefined) return processMessages.issue('knelpunt_no_escalation_model', {}, ['type']);
    return Object.hasOwn(slice.items, event.knelpunt.id)
      ? processMessages.issue('duplicate_id', { kind: 'knelpunt', id: event.knelpunt.id }, ['knelpunt', 'id'])
      : null;
  }
  const state = Object.hasOwn(slice.items, event.knelpuntId) ? slice.items[event.knelpuntId] : undefined;
  if (state === undefined) {
    return processMessages.issue('unknown_reference', { kind: 'knelpunt', id: event.knelpuntId }, ['knelpuntId']);
  }
  const plan = planKnelpuntEvent(state, knelpuntChildEvent(event));
  if (plan.ok) return null;
  const first = plan.error.issues[0];
  return first ?? { code: plan.error.code, path: plan.error.path, message: plan.error.label };
}

/**
 * Applies an accepted knelpunt event to the knelpunten of the process (call only after
 * {@link rejectionOfKnelpuntProcessEvent} returned `null`).
 *
 * @example
 * const next = reduceKnelpuntProcessEvent(context.knelpunten, event);
 * @see handreiking §2.3
 */
export function reduceKnelpuntProcessEvent(
  slice: KnelpuntenSlice,
  event: KnelpuntProcessEvent,
  position?: string,
): KnelpuntenSlice {
  if (event.type === 'escalation.configure') return { ...slice, model: event.model };
  if (event.type === 'knelpunt.raise') {
    if (slice.model === undefined) return slice;
    const state = initialKnelpuntState(knelpuntInputOf(slice, event, position));
    return { ...slice, items: { ...slice.items, [event.knelpunt.id]: state } };
  }
  const state = Object.hasOwn(slice.items, event.knelpuntId) ? slice.items[event.knelpuntId] : undefined;
  if (state === undefined) return slice;
  const plan = planKnelpuntEvent(state, knelpuntChildEvent(event));
  return plan.ok ? { ...slice, items: { ...slice.items, [event.knelpuntId]: plan.next } } : slice;
}

/**
 * The input of the child actor of a knelpunt being raised. A knelpunt raised without a `stepId`
 * arose in the step where the process stood (`position`; `monitoring` after the last step).
 *
 * @example
 * spawnChild('knelpunt', { input: ({ context, event }) => knelpuntInputOf(context.knelpunten, event) });
 * @see handreiking §2.3
 */
export function knelpuntInputOf(
  slice: KnelpuntenSlice,
  event: Extract<KnelpuntProcessEvent, { type: 'knelpunt.raise' }>,
  position?: string,
): Parameters<typeof initialKnelpuntState>[0] {
  if (slice.model === undefined) throw processMessages.fail('knelpunt_no_escalation_model', {}, ['type']);
  const stepId = event.knelpunt.stepId ?? position;
  return {
    knelpunt: stepId === undefined ? event.knelpunt : { ...event.knelpunt, stepId },
    model: slice.model,
    timestamp: event.timestamp,
    actor: event.actor,
    role: event.role,
  };
}

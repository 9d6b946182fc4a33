import type { KnelpuntenSlice } from '@gebiedsgericht/core';
// The public, validating face of the knelpunt building blocks. The machine and the rest of the
// package call the unvalidated originals in ../knelpunten; only the package's index exports these.
import {
  type ErrorIssue,
  type GebiedsgerichtError,
  IdSchema,
  type IssuePath,
  KnelpuntEscalationModelSchema,
  type KnelpuntInput,
  KnelpuntLevel,
  KnelpuntSchema,
  type KnelpuntState,
  KnelpuntStateSchema,
  type TimeLimit,
  validate,
} from '@gebiedsgericht/core';
import * as z from 'zod';
import {
  applyKnelpuntEvent as applyKnelpuntEventUnchecked,
  type InterventionTarget,
  type KnelpuntPlan,
  knelpuntTimeLimit as knelpuntTimeLimitUnchecked,
  nextIntervention as nextInterventionUnchecked,
  planKnelpuntEvent as planKnelpuntEventUnchecked,
} from '../knelpunten/applyKnelpuntEvent';
import type { KnelpuntEvent } from '../knelpunten/KnelpuntEvent';
import {
  checkKnelpuntProcessEvent as checkKnelpuntProcessEventUnchecked,
  type KnelpuntProcessEvent,
  KnelpuntProcessEventSchema,
  KnelpuntRaiseEventSchema,
  knelpuntActorId as knelpuntActorIdUnchecked,
  knelpuntChildEvent as knelpuntChildEventUnchecked,
  knelpuntInputOf as knelpuntInputOfUnchecked,
  reduceKnelpuntProcessEvent as reduceKnelpuntProcessEventUnchecked,
} from '../knelpunten/KnelpuntenSlice';
import { ObjectMap } from './shapes';

const KnelpuntenSliceShape = z.looseObject({ model: KnelpuntEscalationModelSchema.optional(), items: ObjectMap });
const ModelHolderShape = z.looseObject({ model: KnelpuntEscalationModelSchema });
const ModelAndKnelpuntShape = z.looseObject({ model: KnelpuntEscalationModelSchema, knelpunt: KnelpuntSchema });

function checkAddressed(items: Readonly<Record<string, unknown>>, event: KnelpuntProcessEvent, path: IssuePath): void {
  if ('knelpuntId' in event && Object.hasOwn(items, event.knelpuntId)) {
    validate(KnelpuntStateSchema, items[event.knelpuntId], { path: [...path, 'items', event.knelpuntId] });
  }
}

/**
 * Validates a knelpunten slice for `event` under `path`: the escalation model in full, the items
 * as a map of objects, and in full the one knelpunt the event is about (when the slice has it).
 */
export function checkKnelpuntenSliceFor(slice: unknown, event: KnelpuntProcessEvent, path: IssuePath): void {
  checkAddressed(validate(KnelpuntenSliceShape, slice, { path }).items, event, path);
}

function checked(slice: unknown, event: unknown): void {
  const s = validate(KnelpuntenSliceShape, slice, { path: ['slice'] });
  checkAddressed(s.items, validate(KnelpuntProcessEventSchema, event, { path: ['event'] }), ['slice']);
}

/**
 * The time limit (ISO 8601 duration) of a level under the knelpunt's escalation model, or
 * `undefined` for a level without one (such as a closed knelpunt). Throws `invalid_input` for a
 * `state` without a valid escalation `model` (path `state`) and for an unknown `level` (path
 * `level`).
 *
 * @example
 * knelpuntTimeLimit(state, 'mediation'); // 'P3M'
 * @see Handreiking §2.3
 */
export function knelpuntTimeLimit(state: Pick<KnelpuntState, 'model'>, level: KnelpuntLevel): TimeLimit | undefined {
  validate(ModelHolderShape, state, { path: ['state'] });
  validate(KnelpuntLevel.schema, level, { path: ['level'] });
  return knelpuntTimeLimitUnchecked(state, level);
}

/**
 * The intervention a knelpunt escalates to from `level`: the next intervention step above it; when
 * its intervener is a party to the knelpunt, its substitute (`substituteIfParty`) takes over if that
 * one is not a party, otherwise the step is redirected to the next intervention whose intervener is
 * not a party. `undefined` when no impartial intervener is left. Throws `invalid_input` for a
 * `state` without a valid escalation `model` and `knelpunt` (path `state`) and for an unknown
 * `level` (path `level`).
 *
 * @example
 * nextIntervention(state, 'mediation'); // { intervention: { level: 'rijk_decision', … }, intervener: 'ministerie-vro', redirectedFrom: { level: 'province_intervention', intervener: 'provincie-zuidmark' } }
 * @see Handreiking §2.3 (de provincie kan zelf partij zijn)
 */
export function nextIntervention(
  state: Pick<KnelpuntState, 'model' | 'knelpunt'>,
  level: KnelpuntLevel,
): InterventionTarget | undefined {
  validate(ModelAndKnelpuntShape, state, { path: ['state'] });
  validate(KnelpuntLevel.schema, level, { path: ['level'] });
  return nextInterventionUnchecked(state, level);
}

/**
 * The event a knelpunt's own actor receives: the process event without `knelpuntId` (`undefined`
 * for `escalation.configure` and `knelpunt.raise`, which no knelpunt actor receives). Throws
 * `invalid_input` (path `event`) for anything that is not a valid knelpunt process event.
 *
 * @example
 * knelpuntChildEvent({ type: 'knelpunt.escalate', knelpuntId: 'k', timestamp: '…', actor: 'x', role: 'partij' }); // without knelpuntId
 * @see Handreiking §2.3
 */
export function knelpuntChildEvent(event: KnelpuntProcessEvent): KnelpuntEvent | undefined {
  validate(KnelpuntProcessEventSchema, event, { path: ['event'] });
  return knelpuntChildEventUnchecked(event);
}

/**
 * Checks a knelpunt event against the knelpunten of the process: `null` when accepted, otherwise
 * why (no escalation model yet, duplicate or unknown knelpunt, or what the knelpunt's own rules say).
 * Throws `invalid_input` for a `slice` that is not `{ model?, items }` with a valid model, or whose
 * knelpunt addressed by the event is not a valid knelpunt state (path `slice`), and for an event
 * that is not a valid knelpunt process event (path `event`).
 *
 * @example
 * checkKnelpuntProcessEvent(context.knelpunten, event); // null or { code: 'knelpunt_mediator_is_party', … }
 * @see Handreiking §2.3
 */
export function checkKnelpuntProcessEvent(slice: KnelpuntenSlice, event: KnelpuntProcessEvent): ErrorIssue | null {
  checked(slice, event);
  return checkKnelpuntProcessEventUnchecked(slice, event);
}

/**
 * Applies an accepted knelpunt event to the knelpunten of the process (call only after
 * {@link checkKnelpuntProcessEvent} returned `null`); the slice passed in is not changed. Throws
 * what {@link checkKnelpuntProcessEvent} throws for a malformed slice or event.
 *
 * @example
 * const next = reduceKnelpuntProcessEvent(context.knelpunten, event);
 * @see Handreiking §2.3
 */
export function reduceKnelpuntProcessEvent(slice: KnelpuntenSlice, event: KnelpuntProcessEvent): KnelpuntenSlice {
  checked(slice, event);
  return reduceKnelpuntProcessEventUnchecked(slice, event);
}

/**
 * The input of the child actor of a knelpunt being raised. Throws `knelpunt_no_escalation_model`
 * when the slice has no model yet, and `invalid_input` for a malformed `slice` (path `slice`) or an
 * event that is not a valid `knelpunt.raise` (path `event`).
 *
 * @example
 * spawnChild('knelpunt', { input: ({ context, event }) => knelpuntInputOf(context.knelpunten, event) });
 * @see Handreiking §2.3
 */
export function knelpuntInputOf(
  slice: KnelpuntenSlice,
  event: Extract<KnelpuntProcessEvent, { type: 'knelpunt.raise' }>,
): KnelpuntInput {
  validate(KnelpuntenSliceShape, slice, { path: ['slice'] });
  validate(KnelpuntRaiseEventSchema, event, { path: ['event'] });
  return knelpuntInputOfUnchecked(slice, event);
}

/**
 * The id of the child actor of a knelpunt. Throws `invalid_input` (path `knelpuntId`) for a
 * `knelpuntId` that is not an id.
 *
 * @example
 * snapshot.children[knelpuntActorId('knelpunt-beekdal-water')]?.getSnapshot().value;
 * @see Handreiking §2.3
 */
export function knelpuntActorId(knelpuntId: string): string {
  validate(IdSchema, knelpuntId, { path: ['knelpuntId'] });
  return knelpuntActorIdUnchecked(knelpuntId);
}

/**
 * Checks one event against a knelpunt and computes the next state, without changing anything:
 * `{ ok: true, next }` or `{ ok: false, error }` with a stable code saying why (not allowed at this
 * level, option not in the escalation model, mediator is a party, actor is not the intervener, no
 * impartial intervener left, timestamp before the previous event, invalid payload with its path).
 * Never throws: a `state` that is not a valid knelpunt state gives `{ ok: false, error }` with code
 * `invalid_input` and path `state`, an invalid event the same with path `event`. See the
 * knelpunten guide for the rules; the knelpunt child machine uses the same logic.
 *
 * @example
 * const plan = planKnelpuntEvent(state, { type: 'knelpunt.escalate', timestamp: '…', actor: 'gemeente-hoeverveen', role: 'partij' });
 * if (!plan.ok) console.log(plan.error.code); // e.g. 'knelpunt_event_not_allowed'
 * @see Handreiking §2.3, bijlage 1 onderdeel 4
 */
export function planKnelpuntEvent(state: KnelpuntState, event: unknown): KnelpuntPlan {
  try {
    validate(KnelpuntStateSchema, state, { path: ['state'] });
  } catch (error) {
    return { ok: false, error: error as GebiedsgerichtError };
  }
  return planKnelpuntEventUnchecked(state, event);
}

/**
 * Applies one event to a knelpunt and returns the next state, or throws the
 * `GebiedsgerichtError` that {@link planKnelpuntEvent} gives (`invalid_input` with path `state`
 * for a state that is not a valid knelpunt state). The input is never changed.
 *
 * @example
 * const next = applyKnelpuntEvent(state, { type: 'knelpunt.putOnAgenda', ijkmomentId: 'novex-najaar-2027', timestamp: '…', actor: 'provincie-zuidmark', role: 'regisseur' });
 * @see Handreiking bijlage 1 onderdeel 4
 */
export function applyKnelpuntEvent(state: KnelpuntState, event: unknown): KnelpuntState {
  validate(KnelpuntStateSchema, state, { path: ['state'] });
  return applyKnelpuntEventUnchecked(state, event);
}

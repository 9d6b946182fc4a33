// The public, validating face of the regime building blocks. The machine and the rest of the
// package call the unvalidated originals in ../regimes; only the package's index exports these.
import {
  type DelegationRegimeInput,
  type DelegationRegimeState,
  DelegationRegimeStateSchema,
  type ErrorIssue,
  type GebiedsgerichtError,
  IdSchema,
  type IssuePath,
  validate,
} from '@gebiedsgericht/core';
import {
  applyRegimeEvent as applyRegimeEventUnchecked,
  planRegimeEvent as planRegimeEventUnchecked,
  type RegimePlanResult,
} from '../regimes/applyRegimeEvent';
import type { DelegationRegimeEvent } from '../regimes/DelegationRegimeEvent';
import {
  checkRegimeProcessEvent as checkRegimeProcessEventUnchecked,
  type RegimeProcessEvent,
  RegimeProcessEventSchema,
  RegimeStartEventSchema,
  type RegimesSlice,
  reduceRegimeProcessEvent as reduceRegimeProcessEventUnchecked,
  regimeActorId as regimeActorIdUnchecked,
  regimeChildEvent as regimeChildEventUnchecked,
  regimeInputOf as regimeInputOfUnchecked,
} from '../regimes/RegimesSlice';
import { ObjectMap } from './shapes';

function checkAddressed(slice: Readonly<Record<string, unknown>>, event: RegimeProcessEvent, path: IssuePath): void {
  if ('regimeId' in event && Object.hasOwn(slice, event.regimeId)) {
    validate(DelegationRegimeStateSchema, slice[event.regimeId], { path: [...path, event.regimeId] });
  }
}

/**
 * Validates a regimes slice for `event` under `path`: a map of objects, and in full the one regime
 * the event is about (when the slice has it).
 */
export function checkRegimesSliceFor(slice: unknown, event: RegimeProcessEvent, path: IssuePath): void {
  checkAddressed(validate(ObjectMap, slice, { path }), event, path);
}

function checked(slice: unknown, event: unknown): void {
  const s = validate(ObjectMap, slice, { path: ['slice'] });
  checkAddressed(s, validate(RegimeProcessEventSchema, event, { path: ['event'] }), ['slice']);
}

/**
 * The input of the child actor of a regime being started. Throws `invalid_input` (path `event`)
 * for anything that is not a valid `regime.start` event.
 *
 * @example
 * spawnChild('delegationRegime', { input: ({ event }) => regimeInputOf(event) });
 * @see Handreiking bijlage 2 voorbeeld 5
 */
export function regimeInputOf(event: Extract<RegimeProcessEvent, { type: 'regime.start' }>): DelegationRegimeInput {
  validate(RegimeStartEventSchema, event, { path: ['event'] });
  return regimeInputOfUnchecked(event);
}

/**
 * The event a regime's own actor receives: the process event without `regimeId` (`undefined` for
 * `regime.start`). Throws `invalid_input` (path `event`) for anything that is not a valid regime
 * process event.
 *
 * @example
 * regimeChildEvent({ type: 'regime.redraft', regimeId: 'r', timestamp: '…', actor: 'regio-lindt', role: 'trekker' }); // without regimeId
 * @see Handreiking bijlage 2 voorbeeld 5
 */
export function regimeChildEvent(event: RegimeProcessEvent): DelegationRegimeEvent | undefined {
  validate(RegimeProcessEventSchema, event, { path: ['event'] });
  return regimeChildEventUnchecked(event);
}

/**
 * Checks a regime event against the regimes of the process: `null` when accepted, otherwise why.
 * Throws `invalid_input` for a `slice` that is not a map of regimes, or whose regime addressed by
 * the event is not a valid regime state (path `slice`), and for an event that is not a valid
 * regime process event (path `event`).
 *
 * @example
 * checkRegimeProcessEvent(context.regimes, event);
 * @see Handreiking bijlage 2 voorbeeld 5
 */
export function checkRegimeProcessEvent(slice: RegimesSlice, event: RegimeProcessEvent): ErrorIssue | null {
  checked(slice, event);
  return checkRegimeProcessEventUnchecked(slice, event);
}

/**
 * Applies an accepted regime event to the regimes of the process (the slice passed in is not
 * changed). Throws what {@link checkRegimeProcessEvent} throws for a malformed slice or event.
 *
 * @example
 * const next = reduceRegimeProcessEvent(context.regimes, event);
 * @see Handreiking bijlage 2 voorbeeld 5
 */
export function reduceRegimeProcessEvent(slice: RegimesSlice, event: RegimeProcessEvent): RegimesSlice {
  checked(slice, event);
  return reduceRegimeProcessEventUnchecked(slice, event);
}

/**
 * The id of the child actor of a regime. Throws `invalid_input` (path `regimeId`) for a
 * `regimeId` that is not an id.
 *
 * @example
 * snapshot.children[regimeActorId('woonregio-lindt')]?.getSnapshot().value;
 * @see Handreiking bijlage 2 voorbeeld 5
 */
export function regimeActorId(regimeId: string): string {
  validate(IdSchema, regimeId, { path: ['regimeId'] });
  return regimeActorIdUnchecked(regimeId);
}

/**
 * Checks one event against a delegation-and-oversight regime and computes the next state without
 * changing anything: `{ ok: true, next }` or `{ ok: false, error }` saying why; the regime actor
 * uses the same logic. Rules: a regional vision needs the consent of every municipality of the
 * region; without agreement the province drafts and adopts the vision itself (substitution); only
 * the province approves, rejects, substitutes and intervenes; approval and rejection state how the
 * vision relates to the supra-regional interest; after rejection every municipal plan is recorded
 * with the province taking part, after approval (or substitution) plans are free and the province
 * intervenes only on a deviation. Never throws: a `state` that is not a valid regime state gives
 * `{ ok: false, error }` with code `invalid_input` and path `state`, an invalid event the same with
 * path `event`.
 *
 * @example
 * const plan = planRegimeEvent(state, { type: 'regime.approve', supraRegionalInterest: { nl: '…', en: '…' }, timestamp: '…', actor: 'provincie-zuidmark', role: 'bevoegd_gezag' });
 * @see Handreiking bijlage 2 voorbeeld 5 (Woonbeleid in Zuid-Holland)
 */
export function planRegimeEvent(state: DelegationRegimeState, event: unknown): RegimePlanResult {
  try {
    validate(DelegationRegimeStateSchema, state, { path: ['state'] });
  } catch (error) {
    return { ok: false, error: error as GebiedsgerichtError };
  }
  return planRegimeEventUnchecked(state, event);
}

/**
 * Applies one event to a regime, or throws the error {@link planRegimeEvent} gives
 * (`invalid_input` with path `state` for a state that is not a valid regime state).
 *
 * @example
 * const next = applyRegimeEvent(state, { type: 'regime.declareNoAgreement', timestamp: '…', actor: 'regio-lindt', role: 'trekker' });
 * @see Handreiking bijlage 2 voorbeeld 5
 */
export function applyRegimeEvent(state: DelegationRegimeState, event: unknown): DelegationRegimeState {
  validate(DelegationRegimeStateSchema, state, { path: ['state'] });
  return applyRegimeEventUnchecked(state, event);
}

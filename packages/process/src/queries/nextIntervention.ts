import { KnelpuntLevel, type KnelpuntState, KnelpuntStateSchema, validate } from '@gebiedsgericht/core';
import { type InterventionTarget, interventionAfter } from '../knelpunten/applyKnelpuntEvent';

// The rest of a knelpunt state (level, history, …) may come along: only these two are read.
const StateSchema = KnelpuntStateSchema.pick({ model: true, knelpunt: true }).loose();

/**
 * Who steps in next when a knelpunt escalates from `level`: the next intervention of its escalation
 * model above that level, or, when that intervener is a party to the knelpunt, its substitute or the
 * next impartial intervener (`redirectedFrom` says so). A structure (the gebiedstafel) is a party
 * when any of its members is. In an area across provinces, the province whose part holds every
 * party to the knelpunt intervenes when the startnotitie names it for that part (`perProvince`) and
 * it is no party itself; otherwise the lead province the level names. `undefined` when no impartial intervener is left. Read the knelpunt's
 * state from the context: `process.context().knelpunten.items[id]`. Throws `invalid_input` for a
 * state or level that is not one (paths `state…`, `level`).
 *
 * @example
 * const state = process.context().knelpunten.items['beekdal-water'];
 * nextIntervention(state, state.level); // { intervention: { level: 'province_intervention', … }, intervener: 'provincie-zuidmark' }
 * @see handreiking §2.3 (de provincie kan zelf partij zijn)
 */
export function nextIntervention(
  state: Pick<KnelpuntState, 'model' | 'knelpunt'>,
  level: KnelpuntLevel,
): InterventionTarget | undefined {
  const checked = validate(StateSchema, state, { path: ['state'] });
  const from = validate(KnelpuntLevel.schema, level, { path: ['level'] });
  return interventionAfter(checked as Pick<KnelpuntState, 'model' | 'knelpunt'>, from);
}

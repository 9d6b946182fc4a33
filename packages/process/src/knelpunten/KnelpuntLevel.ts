import { labelledEnum } from '@gebiedsgericht/core';

/**
 * Where a knelpunt stands in the escalation model. The parties first try among themselves; then
 * one of the handreiking's two options — the agenda of the next ijkmoment, or an independent
 * facilitator / mediation — which are alternatives, not a fixed order; the province intervening and
 * the rijk deciding come on top. `settled`, `decided` and `withdrawn` close the knelpunt.
 *
 * @example
 * KnelpuntLevel.label('mediation', 'nl'); // 'Bemiddeling door onafhankelijke procesbegeleider'
 * @see Handreiking §2.3 ("In gesprek over escalatie"), bijlage 1 onderdeel 4
 */
export const KnelpuntLevel = labelledEnum({
  betweenParties: { nl: 'Partijen onderling', en: 'Between the parties' },
  ijkmomentAgenda: { nl: 'Op de agenda van het eerstvolgende ijkmoment', en: 'On the agenda of the next ijkmoment' },
  mediation: { nl: 'Bemiddeling door onafhankelijke procesbegeleider', en: 'Mediation by an independent facilitator' },
  provinceIntervention: { nl: 'De provincie grijpt in', en: 'The province intervenes' },
  rijkDecision: { nl: 'Het rijk beslist', en: 'The rijk decides' },
  settled: { nl: 'Opgelost met overeenstemming', en: 'Settled by agreement' },
  decided: { nl: 'Beslist door een ingrijpende partij', en: 'Decided by an intervening party' },
  withdrawn: { nl: 'Ingetrokken', en: 'Withdrawn' },
});
/** One of the {@link KnelpuntLevel} values. */
export type KnelpuntLevel = (typeof KnelpuntLevel.values)[number];

/**
 * The levels at which a knelpunt is still open.
 *
 * @example
 * OPEN_KNELPUNT_LEVELS.includes(state.level); // still open?
 * @see Handreiking §2.3
 */
export const OPEN_KNELPUNT_LEVELS: readonly KnelpuntLevel[] = Object.freeze([
  'betweenParties',
  'ijkmomentAgenda',
  'mediation',
  'provinceIntervention',
  'rijkDecision',
]);

/**
 * The intervention levels that come on top of the two options, in escalation order.
 *
 * @example
 * INTERVENTION_LEVELS[0]; // 'provinceIntervention'
 * @see Handreiking §2.3
 */
export const INTERVENTION_LEVELS = Object.freeze(['provinceIntervention', 'rijkDecision'] as const);
/** An intervention level: `provinceIntervention` or `rijkDecision`. */
export type InterventionLevel = (typeof INTERVENTION_LEVELS)[number];

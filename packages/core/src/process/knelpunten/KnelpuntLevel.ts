import { labelledEnum } from '../../primitives/labels';

/**
 * Where a knelpunt stands in the escalation model. The parties first try among themselves; then
 * one of the handreiking's two options — the agenda of the next ijkmoment, or an independent
 * facilitator / mediation — which are alternatives, not a fixed order; the province intervening and
 * the rijk deciding come on top. `settled`, `decided` and `withdrawn` close the knelpunt.
 *
 * @example
 * KnelpuntLevel.label('mediation', 'nl'); // 'Bemiddeling door onafhankelijke procesbegeleider'
 * @see handreiking §2.3 ("In gesprek over escalatie"); bijlage 1, onderdeel 4
 */
export const KnelpuntLevel = labelledEnum({
  between_parties: { nl: 'Partijen onderling', en: 'Between the parties' },
  ijkmoment_agenda: { nl: 'Op de agenda van het eerstvolgende ijkmoment', en: 'On the agenda of the next ijkmoment' },
  mediation: { nl: 'Bemiddeling door onafhankelijke procesbegeleider', en: 'Mediation by an independent facilitator' },
  province_intervention: { nl: 'De provincie grijpt in', en: 'The province intervenes' },
  rijk_decision: { nl: 'Het rijk beslist', en: 'The rijk decides' },
  settled: { nl: 'Opgelost met overeenstemming', en: 'Settled by agreement' },
  decided: { nl: 'Beslist door een ingrijpende partij', en: 'Decided by an intervening party' },
  withdrawn: { nl: 'Ingetrokken', en: 'Withdrawn' },
});
/** One of the {@link KnelpuntLevel} values. */
export type KnelpuntLevel = (typeof KnelpuntLevel)['values'][number];

/**
 * The levels at which a knelpunt is still open.
 *
 * @example
 * OPEN_KNELPUNT_LEVELS.includes(state.level); // still open?
 * @see handreiking §2.3
 */
export const OPEN_KNELPUNT_LEVELS: readonly KnelpuntLevel[] = Object.freeze([
  'between_parties',
  'ijkmoment_agenda',
  'mediation',
  'province_intervention',
  'rijk_decision',
]);

/**
 * The intervention levels that come on top of the two options, in escalation order.
 *
 * @example
 * INTERVENTION_LEVELS[0]; // 'province_intervention'
 * @see handreiking §2.3
 */
export const INTERVENTION_LEVELS = Object.freeze(['province_intervention', 'rijk_decision'] as const);
/** An intervention level: `province_intervention` or `rijk_decision`. */
export type InterventionLevel = (typeof INTERVENTION_LEVELS)[number];

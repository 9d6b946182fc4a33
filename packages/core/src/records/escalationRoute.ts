import { labelledEnum } from '../primitives/labels';

/**
 * The route a knelpunt takes at one level of escalation. The handreiking's two options — putting
 * it on the agenda of the next ijkmoment, or an independent process facilitator or mediator — are
 * alternatives, not a fixed order; the province intervening and the rijk deciding come on top.
 * `bilateral` records talks between the parties themselves before any escalation.
 *
 * @example
 * EscalationRoute.label('province_intervenes', 'nl'); // 'Provincie grijpt in'
 * @see handreiking §2.3 ("In gesprek over escalatie"; bijlage 1); bijlage 1, onderdeel 4
 */
export const EscalationRoute = labelledEnum({
  bilateral: { nl: 'Onderling overleg', en: 'Talks between the parties' },
  ijkmoment_agenda: { nl: 'Agenda van het volgende ijkmoment', en: 'Agenda of the next ijkmoment' },
  facilitator: {
    nl: 'Onafhankelijke procesbegeleider of bemiddelaar',
    en: 'Independent process facilitator or mediator',
  },
  province_intervenes: { nl: 'Provincie grijpt in', en: 'The province intervenes' },
  rijk_decides: { nl: 'Het rijk beslist', en: 'The rijk decides' },
});
/** One of the {@link EscalationRoute} values. */
export type EscalationRoute = (typeof EscalationRoute)['values'][number];

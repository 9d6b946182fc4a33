import { labelledEnum } from '../primitives/labels';

/**
 * How often a source publishes: the PBL's NOVI monitor every two years, the Planmonitor yearly,
 * the Balans voor de Leefomgeving every two years, the Ruimtelijke Verkenningen about every three
 * years; base registrations continuously; a study once.
 *
 * @example
 * PublicationCadence.label('every_two_years', 'nl'); // 'Tweejaarlijks'
 * @see handreiking bijlage 1, onderdeel 2, stap 1 (NOVI monitor, Planmonitor, Balans voor de Leefomgeving, Ruimtelijke Verkenningen)
 */
export const PublicationCadence = labelledEnum({
  continuous: { nl: 'Doorlopend', en: 'Continuous' },
  yearly: { nl: 'Jaarlijks', en: 'Yearly' },
  every_two_years: { nl: 'Tweejaarlijks', en: 'Every two years' },
  about_every_three_years: { nl: 'Gemiddeld eens in de drie jaar', en: 'About every three years' },
  once: { nl: 'Eenmalig', en: 'Once' },
  irregular: { nl: 'Onregelmatig', en: 'Irregular' },
});
/** One of the {@link PublicationCadence} values. */
export type PublicationCadence = (typeof PublicationCadence)['values'][number];

/** The cadence in months of each value, where it has one (for "what is due" queries). */
export const CADENCE_MONTHS: Readonly<Partial<Record<PublicationCadence, number>>> = Object.freeze({
  yearly: 12,
  every_two_years: 24,
  about_every_three_years: 36,
});

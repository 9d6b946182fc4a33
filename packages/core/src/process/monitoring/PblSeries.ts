import { labelledEnum } from '../../primitives/labels';

/**
 * The PBL (Planbureau voor de Leefomgeving) publication series the handreiking names as sources
 * for step 1, which the monitoring loop watches: a new edition calls for an evaluation.
 *
 * @example
 * PblSeries.label('balans_van_de_leefomgeving', 'nl'); // 'Balans van de Leefomgeving'
 * @see handreiking bijlage 1, onderdeel 2 (stap 1: NOVI-monitor, Planmonitor, Balans voor de Leefomgeving, Ruimtelijke Verkenningen)
 */
export const PblSeries = labelledEnum({
  novi_monitor: { nl: 'Monitor NOVI', en: 'NOVI monitor' },
  planmonitor: { nl: 'Planmonitor', en: 'Plan monitor' },
  balans_van_de_leefomgeving: { nl: 'Balans van de Leefomgeving', en: 'Assessment of the Dutch Human Environment' },
  ruimtelijke_verkenningen: { nl: 'Ruimtelijke Verkenningen', en: 'Spatial Outlooks' },
});
/** One of the {@link PblSeries} values. */
export type PblSeries = (typeof PblSeries)['values'][number];

/**
 * The usual cadence of each series in months, as the project's domain analysis records it: NOVI
 * monitor every two years, Planmonitor yearly, Balans (van/voor) de Leefomgeving every two years,
 * Ruimtelijke Verkenningen about every three years. Used to expect the next edition; an actual
 * publication is registered as an event when it appears.
 *
 * @example
 * PBL_CADENCE_MONTHS.planmonitor; // 12
 * @see docs/glossary.md; these cadences come from outside the handreiking (PBL's publication practice)
 */
export const PBL_CADENCE_MONTHS: Readonly<Record<PblSeries, number>> = Object.freeze({
  novi_monitor: 24,
  planmonitor: 12,
  balans_van_de_leefomgeving: 24,
  ruimtelijke_verkenningen: 36,
});

import { labelledEnum } from '../primitives/labels';

/**
 * How binding an agreement (afspraak) is: a declaration of intent, an obligation of best effort
 * (inspanningsverplichting) or an obligation of result (resultaatsverplichting).
 *
 * @example
 * Bindingness.label('result', 'nl'); // 'Resultaatsverplichting'
 * @see handreiking §2.5 (bijlage 1); bijlage 1, onderdeel 2 ("exacte verwoording van de afspraken")
 */
export const Bindingness = labelledEnum({
  intention: { nl: 'Intentie', en: 'Intention' },
  best_effort: { nl: 'Inspanningsverplichting', en: 'Best effort' },
  result: { nl: 'Resultaatsverplichting', en: 'Obligation of result' },
});
/** One of the {@link Bindingness} values. */
export type Bindingness = (typeof Bindingness)['values'][number];

import { labelledEnum } from '../primitives/labels';

/**
 * How firm money in an agreement or programme is: indicative (an estimate), reserved (earmarked in
 * a budget) or committed (a financial obligation has arisen). The handreiking asks to watch from
 * which moment financial obligations arise.
 *
 * @example
 * FinancialStatus.label('committed', 'en'); // 'Committed'
 * @see handreiking bijlage 1, onderdeel 2 ("vanaf welk moment daadwerkelijk financiële verplichtingen worden aangegaan")
 */
export const FinancialStatus = labelledEnum({
  indicative: { nl: 'Indicatief', en: 'Indicative' },
  reserved: { nl: 'Gereserveerd', en: 'Reserved' },
  committed: { nl: 'Verplicht (juridisch aangegaan)', en: 'Committed' },
});
/** One of the {@link FinancialStatus} values. */
export type FinancialStatus = (typeof FinancialStatus)['values'][number];

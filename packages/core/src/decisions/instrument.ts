import { labelledEnum } from '../primitives/labels';

/**
 * The instrument with which a party carries out what it agreed to: money (a subsidy or
 * contribution), a legal instrument of the Omgevingswet, a plan or programme, capacity (people),
 * land, knowledge or data, or another instrument.
 *
 * @example
 * Instrument.label('legal', 'nl'); // 'Juridisch instrument (Omgevingswet)'
 * @see handreiking §2.7 (juridische doorwerking, investeringsagenda)
 */
export const Instrument = labelledEnum({
  financial: { nl: 'Financiële bijdrage of subsidie', en: 'Financial contribution or subsidy' },
  legal: { nl: 'Juridisch instrument (Omgevingswet)', en: 'Legal instrument (Omgevingswet)' },
  planning: { nl: 'Plan of programma', en: 'Plan or programme' },
  capacity: { nl: 'Capaciteit (mensen)', en: 'Capacity (people)' },
  land: { nl: 'Grond', en: 'Land' },
  knowledge: { nl: 'Kennis of data', en: 'Knowledge or data' },
  other: { nl: 'Anders', en: 'Other' },
});
/** One of the {@link Instrument} values. */
export type Instrument = (typeof Instrument)['values'][number];

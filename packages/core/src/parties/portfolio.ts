import { labelledEnum } from '../primitives/labels';

/**
 * The portfolios (portefeuilles) of bestuurders, for broad administrative anchoring of the
 * gebiedsproces.
 *
 * @example
 * Portfolio.label('bodem', 'en'); // 'Soil'
 * @see handreiking bijlage 1, onderdeel 2, stap 0 ("brede bestuurlijke verankering (energie,
 * landschap, water, bodem, wonen, industrie, mobiliteit, etc.)")
 */
export const Portfolio = labelledEnum({
  energie: { nl: 'Energie', en: 'Energy' },
  landschap: { nl: 'Landschap', en: 'Landscape' },
  water: { nl: 'Water', en: 'Water' },
  bodem: { nl: 'Bodem', en: 'Soil' },
  wonen: { nl: 'Wonen', en: 'Housing' },
  industrie: { nl: 'Industrie', en: 'Industry' },
  mobiliteit: { nl: 'Mobiliteit', en: 'Mobility' },
  landbouw: { nl: 'Landbouw', en: 'Agriculture' },
  natuur: { nl: 'Natuur', en: 'Nature' },
  ruimtelijke_ordening: { nl: 'Ruimtelijke ordening', en: 'Spatial planning' },
  economie: { nl: 'Economie', en: 'Economy' },
  cultuur_erfgoed: { nl: 'Cultuur en erfgoed', en: 'Culture and heritage' },
  klimaat: { nl: 'Klimaat', en: 'Climate' },
  financien: { nl: 'Financiën', en: 'Finance' },
  gezondheid: { nl: 'Gezondheid', en: 'Health' },
  veiligheid: { nl: 'Veiligheid', en: 'Safety' },
});
/** A bestuurder's portfolio (see {@link Portfolio}). */
export type Portfolio = (typeof Portfolio)['values'][number];
/** zod schema of {@link Portfolio}. */
export const PortfolioSchema = Portfolio.schema;

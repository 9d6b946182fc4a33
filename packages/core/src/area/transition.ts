import { labelledEnum } from '../primitives/labels';

/**
 * The transition or theme an opgave belongs to: the three big transitions that compete for space
 * and the other opgaven the handreiking asks not to forget.
 *
 * @example
 * Transition.label('landelijk_gebied_stikstof', 'en'); // 'Rural area and nitrogen'
 * @see handreiking §1; §2.4 ("Denk ook aan opgaven buiten de drie grote transities, zoals cultuur en erfgoed")
 */
export const Transition = labelledEnum({
  klimaat_energie: { nl: 'Klimaat en energie', en: 'Climate and energy' },
  landelijk_gebied_stikstof: { nl: 'Landelijk gebied en stikstof', en: 'Rural area and nitrogen' },
  wonen_bereikbaarheid: { nl: 'Wonen en bereikbaarheid', en: 'Housing and accessibility' },
  water: { nl: 'Water en klimaatadaptatie', en: 'Water and climate adaptation' },
  bodem: { nl: 'Bodem en ondergrond', en: 'Soil and subsurface' },
  natuur: { nl: 'Natuur en biodiversiteit', en: 'Nature and biodiversity' },
  cultuur_erfgoed: { nl: 'Cultuur en erfgoed', en: 'Culture and heritage' },
  mobiliteit: { nl: 'Mobiliteit', en: 'Mobility' },
  economie: { nl: 'Economie en werken', en: 'Economy and work' },
  industrie: { nl: 'Industrie', en: 'Industry' },
  gezondheid: { nl: 'Gezondheid en leefomgeving', en: 'Health and living environment' },
  defensie: { nl: 'Defensie', en: 'Defence' },
  overig: { nl: 'Overige opgave', en: 'Other' },
});
/** A transition or theme (see {@link Transition}). */
export type Transition = (typeof Transition)['values'][number];
/** zod schema of {@link Transition}. */
export const TransitionSchema = Transition.schema;

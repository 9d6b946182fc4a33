import { labelledEnum } from '../primitives/labels';

/**
 * Units in which an opgave's target and contributions are expressed.
 *
 * @example
 * TargetUnit.label('windturbines', 'en'); // 'wind turbines'
 * @see handreiking §2.1 ("Wat dragen lopende trajecten bij aan de landelijke doelstellingen en wat is aanvullend nodig?")
 */
export const TargetUnit = labelledEnum({
  woningen: { nl: 'woningen', en: 'homes' },
  hectare: { nl: 'hectare', en: 'hectares' },
  windturbines: { nl: 'windturbines', en: 'wind turbines' },
  megawatt: { nl: 'MW', en: 'MW' },
  terawattuur_per_jaar: { nl: 'TWh per jaar', en: 'TWh per year' },
  mol_n_per_ha_per_jaar: { nl: 'mol N/ha/jaar', en: 'mol N/ha/year' },
  procent: { nl: 'procent', en: 'percent' },
  kilometer: { nl: 'kilometer', en: 'kilometres' },
  kubieke_meter: { nl: 'm³', en: 'm³' },
  arbeidsplaatsen: { nl: 'arbeidsplaatsen', en: 'jobs' },
  stuks: { nl: 'stuks', en: 'units' },
});
/** A unit of an opgave's target (see {@link TargetUnit}). */
export type TargetUnit = (typeof TargetUnit)['values'][number];
/** zod schema of {@link TargetUnit}. */
export const TargetUnitSchema = TargetUnit.schema;

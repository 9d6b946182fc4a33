import { labelledEnum } from '../primitives/labels';

/**
 * The NOVI weighing principles an afwegingskader has to cover: multiple use of space before single
 * use, area characteristics (identity) central, and no *afwenteling* — split into its three
 * directions (other sectors, other areas, future generations), because the handreiking names
 * each of them. A criterion is tagged with the principles it measures; a principle without any
 * criterion must be stated as absent, with a reason.
 *
 * @example
 * NoviPrinciple.label('multiple_use', 'nl'); // 'Meervoudig ruimtegebruik boven enkelvoudig'
 * @see handreiking §2 (de drie principes vanuit de NOVI); §2.3; §2.4 (voorkom afwenteling)
 */
export const NoviPrinciple = labelledEnum({
  multiple_use: {
    nl: 'Meervoudig ruimtegebruik boven enkelvoudig',
    en: 'Multiple use of space before single use',
  },
  area_characteristics: {
    nl: 'Gebiedskenmerken (identiteit) centraal',
    en: 'Area characteristics (identity) central',
  },
  no_shift_to_sectors: {
    nl: 'Geen afwenteling op andere sectoren',
    en: 'No shifting of burdens to other sectors',
  },
  no_shift_to_areas: {
    nl: 'Geen afwenteling op andere gebieden',
    en: 'No shifting of burdens to other areas',
  },
  no_shift_to_future_generations: {
    nl: 'Geen afwenteling op toekomstige generaties',
    en: 'No shifting of burdens to future generations',
  },
});
/** One of the {@link NoviPrinciple} values. */
export type NoviPrinciple = (typeof NoviPrinciple)['values'][number];
/** zod schema of a {@link NoviPrinciple}. */
export const NoviPrincipleSchema = NoviPrinciple.schema;

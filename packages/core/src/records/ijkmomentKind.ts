import { labelledEnum } from '../primitives/labels';

/**
 * The kinds of ijkmoment: a programme moment set by the rijk (NOVEX spelregels, rijk and province
 * calibrate together), a regional moment from the startnotitie (for example the twice-yearly
 * Brabant ontwikkeldagen), or an external programme deadline that the area process has to meet.
 * The three have different owners and are kept apart.
 *
 * @example
 * IjkmomentKind.label('regionalMoment', 'nl'); // 'Regionaal ijkmoment'
 * @see handreiking bijlage 1, onderdeel 4 (ijkmoment, spelregels NOVEX); bijlage 2, voorbeeld 6
 */
export const IjkmomentKind = labelledEnum({
  programmeMoment: {
    nl: 'Programmamoment van het rijk (NOVEX)',
    en: 'Programme moment set by the rijk (NOVEX)',
  },
  regionalMoment: { nl: 'Regionaal ijkmoment', en: 'Regional calibration moment' },
  externalDeadline: { nl: 'Externe programmadeadline', en: 'External programme deadline' },
});
/** One of the {@link IjkmomentKind} values. */
export type IjkmomentKind = (typeof IjkmomentKind.values)[number];

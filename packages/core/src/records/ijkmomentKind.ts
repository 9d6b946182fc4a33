import { labelledEnum } from '../primitives/labels';

/**
 * The kinds of ijkmoment: a programme moment set by the rijk (NOVEX spelregels, rijk and province
 * calibrate together), a regional moment from the startnotitie (for example the twice-yearly
 * Brabant ontwikkeldagen), or an external programme deadline that the area process has to meet.
 * The three have different owners and are kept apart.
 *
 * @example
 * IjkmomentKind.label('regional_moment', 'nl'); // 'Regionaal ijkmoment'
 * @see handreiking bijlage 1, onderdeel 4 (ijkmoment, spelregels NOVEX); bijlage 2, voorbeeld 6
 */
export const IjkmomentKind = labelledEnum({
  programme_moment: {
    nl: 'Programmamoment van het rijk (NOVEX)',
    en: 'Programme moment set by the rijk (NOVEX)',
  },
  regional_moment: { nl: 'Regionaal ijkmoment', en: 'Regional calibration moment' },
  external_deadline: { nl: 'Externe programmadeadline', en: 'External programme deadline' },
});
/** One of the {@link IjkmomentKind} values. */
export type IjkmomentKind = (typeof IjkmomentKind)['values'][number];

import { labelledEnum } from '../primitives/labels';

/**
 * How open a data source is: public (open data), shared within the area process (in the digital
 * collaboration space), or restricted to its owner.
 *
 * @example
 * Openness.label('public', 'en'); // 'Public (open data)'
 * @see handreiking bijlage 1, onderdeel 2, stap 1 ("afspraken over eigenaarschap van data, bewerking van kaartmateriaal, openbaarheid")
 */
export const Openness = labelledEnum({
  public: { nl: 'Openbaar (open data)', en: 'Public (open data)' },
  shared_in_process: { nl: 'Gedeeld binnen het gebiedsproces', en: 'Shared within the area process' },
  restricted: { nl: 'Beperkt tot de eigenaar', en: 'Restricted to the owner' },
});
/** One of the {@link Openness} values. */
export type Openness = (typeof Openness)['values'][number];

import { labelledEnum } from '../primitives/labels';

/**
 * Where an ijkmoment stands: planned, held (its outcomes are recorded) or cancelled.
 *
 * @example
 * IjkmomentStatus.label('held', 'en'); // 'Held'
 * @see handreiking bijlage 1, onderdeel 4
 */
export const IjkmomentStatus = labelledEnum({
  planned: { nl: 'Gepland', en: 'Planned' },
  held: { nl: 'Gehouden', en: 'Held' },
  cancelled: { nl: 'Vervallen', en: 'Cancelled' },
});
/** One of the {@link IjkmomentStatus} values. */
export type IjkmomentStatus = (typeof IjkmomentStatus)['values'][number];

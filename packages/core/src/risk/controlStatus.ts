import { labelledEnum } from '../primitives/labels';

/**
 * The status of a control aspect (or of the risks) at a measure point: on track (forecast well
 * within tolerance), at risk (forecast within tolerance but using most of it) or off track
 * (forecast beyond tolerance: an exception that goes up a level).
 *
 * @example
 * ControlStatus.label('off_track', 'nl'); // 'Buiten tolerantie'
 * @see handreiking bijlage 1, onderdeel 1 (gebrek aan controle over voortgang)
 */
export const ControlStatus = labelledEnum({
  on_track: { nl: 'Op koers', en: 'On track' },
  at_risk: { nl: 'Aandacht nodig', en: 'At risk' },
  off_track: { nl: 'Buiten tolerantie', en: 'Off track' },
});
/** One of the {@link ControlStatus} values: `on_track`, `at_risk`, `off_track`. */
export type ControlStatus = (typeof ControlStatus)['values'][number];

import { labelledEnum } from '../primitives/labels';

/**
 * The life cycle of a risk in the register: open (identified, not yet treated), being treated
 * (measures under way), occurred (the event happened: it is now an issue for the control aspects)
 * or closed (no longer relevant).
 *
 * @example
 * RiskStatus.label('occurred', 'nl'); // 'Opgetreden'
 * @see handreiking bijlage 1, onderdeel 1 (Risico's)
 */
export const RiskStatus = labelledEnum({
  open: { nl: 'Open', en: 'Open' },
  treating: { nl: 'In behandeling', en: 'Being treated' },
  occurred: { nl: 'Opgetreden', en: 'Occurred' },
  closed: { nl: 'Gesloten', en: 'Closed' },
});
/** One of the {@link RiskStatus} values. */
export type RiskStatus = (typeof RiskStatus)['values'][number];

import { labelledEnum } from '../primitives/labels';

/**
 * The five control aspects of project management, GOKIT (also written GOTIK or TGKIO): Geld,
 * Organisatie, Kwaliteit, Informatie, Tijd. Risico's, the R of GOKIT-R, is kept as a register of
 * its own (see `RiskRegisterSchema`); risks have an impact on one or more of these aspects.
 *
 * @example
 * ControlAspect.label('money', 'nl'); // 'Geld'
 * @see handreiking bijlage 1, onderdeel 1 (GOKIT-factoren)
 */
export const ControlAspect = labelledEnum({
  money: { nl: 'Geld', en: 'Money' },
  organisation: { nl: 'Organisatie', en: 'Organisation' },
  quality: { nl: 'Kwaliteit', en: 'Quality' },
  information: { nl: 'Informatie', en: 'Information' },
  time: { nl: 'Tijd', en: 'Time' },
});
/** One of the {@link ControlAspect} values: `money`, `organisation`, `quality`, `information`, `time`. */
export type ControlAspect = (typeof ControlAspect)['values'][number];

import { labelledEnum } from '../primitives/labels';

/**
 * Where an exchange between areas or provinces stands: proposed, in negotiation, agreed,
 * realised, or refused.
 *
 * @example
 * ExchangeStatus.label('agreed', 'nl'); // 'Overeengekomen'
 * @see handreiking §2.3 (wisselgeld); §2.4 (uitruil tussen provincies)
 */
export const ExchangeStatus = labelledEnum({
  proposed: { nl: 'Voorgesteld', en: 'Proposed' },
  negotiating: { nl: 'In overleg', en: 'In negotiation' },
  agreed: { nl: 'Overeengekomen', en: 'Agreed' },
  realised: { nl: 'Gerealiseerd', en: 'Realised' },
  refused: { nl: 'Afgewezen', en: 'Refused' },
});
/** One of the {@link ExchangeStatus} values. */
export type ExchangeStatus = (typeof ExchangeStatus)['values'][number];

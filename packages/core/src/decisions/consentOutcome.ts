import { labelledEnum } from '../primitives/labels';

/**
 * How a body of a medeoverheid responded to what it was asked to consent to: adopted as
 * proposed, adopted with amendments (the changes to targets are traced), or rejected.
 *
 * @example
 * ConsentOutcome.label('amended', 'nl'); // 'Vastgesteld met wijzigingen'
 * @see handreiking §2.6 (RES 1.0: volksvertegenwoordigers die doelen bijstellen)
 */
export const ConsentOutcome = labelledEnum({
  adopted: { nl: 'Vastgesteld', en: 'Adopted' },
  amended: { nl: 'Vastgesteld met wijzigingen', en: 'Adopted with amendments' },
  rejected: { nl: 'Verworpen', en: 'Rejected' },
});
/** One of the {@link ConsentOutcome} values. */
export type ConsentOutcome = (typeof ConsentOutcome)['values'][number];

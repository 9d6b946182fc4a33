import { labelledEnum } from '../../primitives/labels';

/**
 * The result recorded when a level of the escalation model ends: the parties agreed, settled a
 * package deal, an intervening party decided, there was no agreement (the knelpunt moves on), or the
 * knelpunt was withdrawn.
 *
 * @example
 * KnelpuntOutcomeResult.label('package_deal', 'en'); // 'Package deal'
 * @see handreiking bijlage 1, onderdeel 4
 */
export const KnelpuntOutcomeResult = labelledEnum({
  agreement: { nl: 'Overeenstemming', en: 'Agreement' },
  package_deal: { nl: 'Package deal', en: 'Package deal' },
  decision: { nl: 'Besluit van de ingrijpende partij', en: 'Decision of the intervening party' },
  no_agreement: { nl: 'Geen overeenstemming', en: 'No agreement' },
  withdrawn: { nl: 'Ingetrokken', en: 'Withdrawn' },
});
/** One of the {@link KnelpuntOutcomeResult} values. */
export type KnelpuntOutcomeResult = (typeof KnelpuntOutcomeResult)['values'][number];

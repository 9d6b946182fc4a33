import { labelledEnum } from '../../primitives/labels';

/**
 * Where a delegation-and-oversight regime stands (the Zuid-Holland housing model): the region
 * drafts its regional vision; without agreement the province writes it (substitution); the
 * province approves the regional vision against the supra-regional interest or rejects it. After
 * approval the municipalities have room and the province intervenes only on deviation; after
 * rejection the province takes part in every municipal plan. A province-written vision is in
 * force as the province's own, with intervention on deviation.
 *
 * @example
 * DelegationRegimeStatus.label('rejected', 'nl'); // 'Afgekeurd: provincie bemoeit zich met elk plan'
 * @see handreiking bijlage 2, voorbeeld 5 (Woonbeleid in Zuid-Holland)
 */
export const DelegationRegimeStatus = labelledEnum({
  regional_drafting: { nl: 'Regio stelt de regionale visie op', en: 'The region drafts the regional vision' },
  province_drafting: {
    nl: 'Geen overeenstemming: provincie stelt de visie op',
    en: 'No agreement: the province drafts the vision',
  },
  under_review: { nl: 'Ter goedkeuring bij de provincie', en: 'Awaiting the province’s approval' },
  approved: {
    nl: 'Goedgekeurd: ruimte, ingrijpen alleen bij afwijking',
    en: 'Approved: room to act, intervention only on deviation',
  },
  substituted: {
    nl: 'Provinciale visie van kracht: ingrijpen bij afwijking',
    en: 'Province-written vision in force: intervention on deviation',
  },
  rejected: {
    nl: 'Afgekeurd: provincie bemoeit zich met elk plan',
    en: 'Rejected: the province takes part in every plan',
  },
});
/** One of the {@link DelegationRegimeStatus} values. */
export type DelegationRegimeStatus = (typeof DelegationRegimeStatus)['values'][number];

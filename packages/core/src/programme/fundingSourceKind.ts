import { labelledEnum } from '../primitives/labels';

/**
 * Where money for the programme comes from: a party's own budget, a national fund or programme
 * budget of the rijk, a regio deal, EU funds, private parties (developers, corporations, grid
 * operators), or another source.
 *
 * @example
 * FundingSourceKind.label('regio_deal', 'nl'); // 'Regio Deal'
 * @see handreiking §2.4 (Hart van Brabant: Regionale Investeringsagenda en Regio Deal); §2.7
 */
export const FundingSourceKind = labelledEnum({
  own_budget: { nl: 'Eigen begroting', en: 'Own budget' },
  national_fund: { nl: 'Rijksfonds of -programma', en: 'National fund or programme' },
  regio_deal: { nl: 'Regio Deal', en: 'Regio Deal' },
  eu: { nl: 'Europese middelen', en: 'EU funds' },
  private: { nl: 'Private partijen', en: 'Private parties' },
  other: { nl: 'Anders', en: 'Other' },
});
/** One of the {@link FundingSourceKind} values. */
export type FundingSourceKind = (typeof FundingSourceKind)['values'][number];

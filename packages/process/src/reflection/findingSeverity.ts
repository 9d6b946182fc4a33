import { labelledEnum } from '@gebiedsgericht/core';

/**
 * How serious a reflection finding is. `error`: the design goes against an explicit advice of the
 * handreiking in a way that will hurt the process (for example no escalation model at all).
 * `warning`: an advice is not followed or not yet recorded. `info`: worth a look, not a defect.
 * Findings are sorted in this order.
 *
 * @example
 * FindingSeverity.label('warning', 'nl'); // 'Waarschuwing'
 * @see handreiking §1 ("een document om na te slaan om te reflecteren op reeds voorgenomen processtappen")
 */
export const FindingSeverity = labelledEnum({
  error: { nl: 'Fout', en: 'Error' },
  warning: { nl: 'Waarschuwing', en: 'Warning' },
  info: { nl: 'Ter overweging', en: 'For consideration' },
});
/** One of the {@link FindingSeverity} values. */
export type FindingSeverity = (typeof FindingSeverity.values)[number];

/**
 * Rank of a severity for sorting: `error` first (0), then `warning` (1), then `info` (2).
 *
 * @example
 * severityRank('warning'); // 1
 * @see handreiking §1
 */
export function severityRank(severity: FindingSeverity): number {
  return FindingSeverity.values.indexOf(severity);
}

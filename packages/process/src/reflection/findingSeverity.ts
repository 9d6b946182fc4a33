import { FindingSeverity } from '@gebiedsgericht/core';

export { FindingSeverity };

/**
 * Rank of a severity for sorting: `error` first (0), then `warning` (1), then `info` (2).
 *
 * @example
 * severityRank('warning'); // 1
 */
export function severityRank(severity: FindingSeverity): number {
  return FindingSeverity.values.indexOf(severity);
}

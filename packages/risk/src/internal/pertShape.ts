import type { RangeDistribution } from '@gebiedsgericht/core';

/**
 * Internal: the PERT shape parameters of a range that has already been validated (the simulation
 * and the quantiles call this on parsed estimates; the public `pertShape` checks its argument first).
 */
export function pertShapeOf(range: Extract<RangeDistribution, { type: 'pert' }>): { alpha: number; beta: number } {
  const width = range.max - range.min;
  if (width === 0) return { alpha: 1, beta: 1 };
  return { alpha: 1 + (4 * (range.mode - range.min)) / width, beta: 1 + (4 * (range.max - range.mode)) / width };
}

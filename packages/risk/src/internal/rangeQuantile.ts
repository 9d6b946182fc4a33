import type { RangeDistribution } from '@gebiedsgericht/core';
import { pertShapeOf } from './pertShape';

const GRID = 2048;

/** Cumulative distribution of Beta(α, β) on a grid of GRID + 1 points (trapezoid rule, normalised). */
function betaCdfGrid(alpha: number, beta: number): Float64Array {
  const cdf = new Float64Array(GRID + 1);
  const density = (x: number) => x ** (alpha - 1) * (1 - x) ** (beta - 1);
  let prev = density(0);
  for (let k = 1; k <= GRID; k++) {
    const next = density(k / GRID);
    cdf[k] = (cdf[k - 1] as number) + (prev + next) / 2;
    prev = next;
  }
  const total = cdf[GRID] as number;
  for (let k = 0; k <= GRID; k++) cdf[k] = (cdf[k] as number) / total;
  return cdf;
}

/**
 * The quantile of a range at probability q in [0, 1]: exact for fixed, uniform and triangular
 * ranges; for PERT by inverting the Beta CDF on a fine grid (2048 steps, linear interpolation),
 * which is accurate to well below the width of a histogram bin. Used for tornado bars.
 */
export function quantileOf(range: RangeDistribution, q: number): number {
  if (range.type === 'fixed') return range.value;
  const width = range.max - range.min;
  if (width === 0) return range.min;
  if (range.type === 'uniform') return range.min + q * width;
  if (range.type === 'triangular') {
    const fc = (range.mode - range.min) / width;
    return q < fc
      ? range.min + Math.sqrt(q * width * (range.mode - range.min))
      : range.max - Math.sqrt((1 - q) * width * (range.max - range.mode));
  }
  const { alpha, beta } = pertShapeOf(range);
  const cdf = betaCdfGrid(alpha, beta);
  let lo = 0;
  let hi = GRID;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((cdf[mid] as number) < q) lo = mid;
    else hi = mid;
  }
  const c0 = cdf[lo] as number;
  const c1 = cdf[hi] as number;
  const frac = c1 > c0 ? (q - c0) / (c1 - c0) : 0;
  return range.min + width * ((lo + Math.min(1, Math.max(0, frac))) / GRID);
}

/**
 * The quantile of a risk event's contribution (0 when it does not occur, a draw of its consequence
 * when it does, with probability p).
 */
export function eventQuantile(p: number, consequence: RangeDistribution, q: number): number {
  if (p <= 0 || q <= 1 - p) return 0;
  return quantileOf(consequence, Math.min(1, (q - (1 - p)) / p));
}

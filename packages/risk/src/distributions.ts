import { type RangeDistribution, RangeDistributionSchema, validate } from '@gebiedsgericht/core';
import { pertShapeOf } from './internal/pertShape';
import { riskFail } from './messages';

/**
 * The shape parameters of the PERT distribution over min..max with most likely value `mode`:
 * Beta(α, β) with α = 1 + 4·(mode − min)/(max − min) and β = 1 + 4·(max − mode)/(max − min),
 * scaled to min..max. Its mean is (min + 4·mode + max)/6. For min = max both are 1.
 *
 * Throws a `GebiedsgerichtError` instead of answering `NaN`: `invalid_input` (path `['range']`) when
 * the argument is not a valid range (core `RangeDistributionSchema`: numbers, min ≤ mode ≤ max), and
 * `invalid_argument` (path `['range', 'type']`) for a valid range of another type than `'pert'`.
 *
 * @example
 * pertShape({ type: 'pert', min: 0, mode: 1, max: 4 }); // { alpha: 2, beta: 4 }
 * @see Malcolm, Roseboom, Clark and Fazar, "Application of a technique for R&D program evaluation" (Operations Research 7(5), 1959): outside the handreiking
 */
export function pertShape(range: Extract<RangeDistribution, { type: 'pert' }>): { alpha: number; beta: number } {
  const checked = validate(RangeDistributionSchema, range, { path: ['range'] });
  if (checked.type !== 'pert') throw riskFail('invalid_argument', { name: "range.type ('pert')" }, ['range', 'type']);
  return pertShapeOf(checked);
}

/**
 * The exact mean of a range: the value (fixed), (min + max)/2 (uniform), (min + mode + max)/3
 * (triangular) or (min + 4·mode + max)/6 (PERT).
 *
 * @example
 * distributionMean({ type: 'triangular', min: 1, mode: 2, max: 6 }); // 3
 */
export function distributionMean(input: RangeDistribution): number {
  const range = validate(RangeDistributionSchema, input, { path: ['range'] });
  switch (range.type) {
    case 'fixed':
      return range.value;
    case 'uniform':
      return (range.min + range.max) / 2;
    case 'triangular':
      return (range.min + range.mode + range.max) / 3;
    case 'pert':
      return (range.min + 4 * range.mode + range.max) / 6;
  }
}

/**
 * The exact variance of a range: 0 (fixed), (max − min)²/12 (uniform),
 * (a² + b² + c² − ab − ac − bc)/18 (triangular), (μ − min)(max − μ)/7 (PERT, μ its mean).
 *
 * @example
 * distributionVariance({ type: 'uniform', min: 0, max: 12 }); // 12
 */
export function distributionVariance(input: RangeDistribution): number {
  const range = validate(RangeDistributionSchema, input, { path: ['range'] });
  switch (range.type) {
    case 'fixed':
      return 0;
    case 'uniform':
      return (range.max - range.min) ** 2 / 12;
    case 'triangular': {
      const { min: a, mode: c, max: b } = range;
      return (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
    }
    case 'pert': {
      const mean = (range.min + 4 * range.mode + range.max) / 6;
      return ((mean - range.min) * (range.max - mean)) / 7;
    }
  }
}

/**
 * The most likely value of a range, used for the deterministic base estimate: the value, the
 * mode, or the midpoint of a uniform range.
 *
 * @example
 * mostLikely({ type: 'pert', min: 8, mode: 10, max: 15 }); // 10
 * @see CROW SSK-2018 (basisraming; outside the handreiking)
 */
export function mostLikely(input: RangeDistribution): number {
  const range = validate(RangeDistributionSchema, input, { path: ['range'] });
  switch (range.type) {
    case 'fixed':
      return range.value;
    case 'uniform':
      return (range.min + range.max) / 2;
    default:
      return range.mode;
  }
}

/**
 * The exact quantile (inverse distribution function) of a triangular or uniform range at
 * probability `p` in [0, 1]. The simulation samples triangular ranges with this same formula.
 *
 * Throws a `GebiedsgerichtError`: `invalid_input` (path `['range']`) for a bad range,
 * `invalid_argument` (path `['range', 'type']`) for a fixed or PERT range, and `invalid_argument`
 * (path `['p']`) when `p` is not a number from 0 to 1.
 *
 * @example
 * rangeQuantile({ type: 'triangular', min: 0, mode: 0, max: 1 }, 0.75); // 0.5
 */
export function rangeQuantile(
  input: Extract<RangeDistribution, { type: 'triangular' | 'uniform' }>,
  p: number,
): number {
  const range = validate(RangeDistributionSchema, input, { path: ['range'] });
  if (typeof p !== 'number' || !Number.isFinite(p)) throw riskFail('not_a_finite_number', { name: 'p' }, ['p']);
  if (!(p >= 0 && p <= 1)) throw riskFail('invalid_argument', { name: 'p' }, ['p']);
  if (range.type === 'uniform') return range.min + p * (range.max - range.min);
  if (range.type !== 'triangular') throw riskFail('invalid_argument', { name: 'range.type' }, ['range', 'type']);
  const { min: a, mode: c, max: b } = range;
  const width = b - a;
  if (width === 0) return a;
  const fc = (c - a) / width;
  return p < fc ? a + Math.sqrt(p * width * (c - a)) : b - Math.sqrt((1 - p) * width * (b - c));
}

import {
  type Afwegingskader,
  AfwegingskaderSchema,
  type AhpComparison,
  AhpComparisonSchema,
  type AhpResult,
  validate,
} from '@gebiedsgericht/core';
import { requireArray, requireRecord } from './internal/arguments';
import { fail } from './messages';

/**
 * Saaty's random consistency index RI by matrix size n (index n − 1): the mean consistency index of
 * many random reciprocal matrices on the 1–9 scale, as published by T.L. Saaty, *The Analytic
 * Hierarchy Process*, McGraw-Hill, 1980 (also Saaty 1990, EJOR 48: 9–26). This table is the one
 * AHP users and software quote, so a consistency ratio computed here can be compared with theirs;
 * for n ≥ 11 published tables differ from each other, so the SDK stops at 10 and says so.
 */
export const SAATY_RANDOM_INDEX: readonly number[] = Object.freeze([
  0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49,
]);

/** Saaty's threshold: a consistency ratio up to 0.10 is acceptable. */
export const CONSISTENCY_THRESHOLD = 0.1;

/**
 * Derives criterion weights from AHP pairwise comparisons: the principal right eigenvector of the
 * comparison matrix (power iteration to 1e-12), normalised to sum 1, with λmax, the consistency
 * index CI = (λmax − n)/(n − 1), Saaty's random index RI (see {@link SAATY_RANDOM_INDEX}), the
 * consistency ratio CR = CI/RI and whether CR ≤ 0.10. A matrix that is not reciprocal, not square or
 * has no ones on the diagonal is rejected with an error of code `invalid_input` (path
 * `['comparison']`); `pairwise_not_reciprocal`, `pairwise_not_square` and
 * `pairwise_diagonal_not_one` are the codes of the entries of its `issues`, one per problem, never
 * the error's own code. A pair that is not reciprocal is reported at the cell written wrongly: the
 * one of the two that the other comparisons contradict (`a[i][k] · a[k][j]` for every third
 * criterion k), or the cell above the diagonal when nothing tells (two criteria), for example
 * `['comparison', 'matrix', 1, 0]`; the message names both cells. More than 10 criteria give
 * `invalid_argument` at `['comparison', 'criterionIds']`.
 *
 * AHP comes from outside the handreiking (Saaty 1980).
 *
 * @example
 * const r = deriveAhpWeights({ kind: 'ahpComparison', schemaVersion: 2, id: 'ahp', criterionIds: ['water', 'wonen'], matrix: [[1, 3], [1 / 3, 1]] });
 * r.weights; // [{ criterionId: 'water', weight: 0.75 }, { criterionId: 'wonen', weight: 0.25 }]
 * @see handreiking bijlage 1, onderdeel 2, stap 2 (afwegingskader)
 */
export function deriveAhpWeights(comparison: AhpComparison): AhpResult {
  const c = validate(AhpComparisonSchema, comparison, { path: ['comparison'] });
  const n = c.criterionIds.length;
  if (n > SAATY_RANDOM_INDEX.length)
    throw fail(
      'invalid_argument',
      { name: `criterionIds (AHP with more than ${SAATY_RANDOM_INDEX.length} criteria)` },
      ['comparison', 'criterionIds'],
    );
  const a = c.matrix.map((row) => Float64Array.from(row));
  let w = new Float64Array(n).fill(1 / n);
  let lambda = n;
  for (let iter = 0; iter < 100_000; iter++) {
    const next = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += ((a[i] as Float64Array)[j] as number) * (w[j] as number);
      next[i] = s;
    }
    const sum = next.reduce((s, x) => s + x, 0);
    lambda = sum; // since w sums to 1, the sum of A·w tends to λmax
    let change = 0;
    for (let i = 0; i < n; i++) {
      next[i] = (next[i] as number) / sum;
      change = Math.max(change, Math.abs((next[i] as number) - (w[i] as number)));
    }
    w = next;
    if (change < 1e-13) break;
  }
  const ci = n > 2 ? (lambda - n) / (n - 1) : 0;
  const ri = SAATY_RANDOM_INDEX[n - 1] as number;
  const cr = ri > 0 ? ci / ri : 0;
  return {
    weights: c.criterionIds.map((criterionId, i) => ({ criterionId, weight: w[i] as number })),
    lambdaMax: lambda,
    consistencyIndex: ci,
    randomIndex: ri,
    consistencyRatio: cr,
    consistent: cr <= CONSISTENCY_THRESHOLD,
    randomIndexTable: 'saaty1980',
  };
}

/**
 * Puts AHP-derived weights on the criteria of an afwegingskader and returns the new framework (the
 * input is not changed). Every criterion of the framework must be in the comparison.
 *
 * Bad input throws a `GebiedsgerichtError`: `invalid_input` for a bad afwegingskader (path
 * `['afwegingskader', …]`); `invalid_argument` with path `['weights']` when `weights` is not an
 * array and `['weights', i]` for an entry that is not an object; `unknown_criterion` (at
 * `['weights', i, 'criterionId']`), `not_a_finite_number` and `weight_out_of_range` (a weight not
 * from 0 to 1, at `['weights', i, 'weight']`) and `weights_missing` (a criterion of the framework
 * without weight, at `['afwegingskader', 'criteria', i]`).
 *
 * @example
 * const weighted = applyWeights(kader, deriveAhpWeights(comparison).weights);
 * @see handreiking bijlage 1, onderdeel 2, stap 2
 */
export function applyWeights(
  afwegingskader: Afwegingskader,
  weights: readonly { criterionId: string; weight: number }[],
): Afwegingskader {
  const frame = validate(AfwegingskaderSchema, afwegingskader, { path: ['afwegingskader'] });
  requireArray(weights, 'weights (an array of criterion weights)', ['weights']);
  for (const [i, w] of weights.entries()) requireRecord(w, 'weight (criterionId and weight)', ['weights', i]);
  const byId = new Map(weights.map((w) => [w.criterionId, w.weight]));
  for (const [i, w] of weights.entries()) {
    if (!frame.criteria.some((c) => c.id === w.criterionId))
      throw fail('unknown_criterion', { criterionId: w.criterionId }, ['weights', i, 'criterionId']);
    if (typeof w.weight !== 'number' || !Number.isFinite(w.weight))
      throw fail('not_a_finite_number', { name: 'weight' }, ['weights', i, 'weight']);
    if (w.weight < 0 || w.weight > 1) throw fail('weight_out_of_range', { weight: w.weight }, ['weights', i, 'weight']);
  }
  const criteria = frame.criteria.map((c, i) => {
    const w = byId.get(c.id);
    if (w === undefined) throw fail('weights_missing', { method: `AHP (${c.id})` }, ['afwegingskader', 'criteria', i]);
    return { ...c, weight: w };
  });
  return validate(AfwegingskaderSchema, { ...frame, criteria });
}

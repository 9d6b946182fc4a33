// Internal: the shared steps of every method — screening, the numeric matrix of the variants that
// are ranked, normalisation and weights. Not exported from the package barrel.
import type { ScreeningResult } from '@gebiedsgericht/core';
import { fail } from '../messages';
import { screenPrepared } from '../screenVariants';
import {
  frameworkWeights,
  type NumericMatrix,
  normalisationCoefficients,
  normalised,
  numericMatrix,
  type Prepared,
} from './prepare';

/** Everything the ranking methods need. */
export interface Analysis {
  readonly p: Prepared;
  readonly screening: readonly ScreeningResult[];
  /** the variants that are ranked: all but those that are not feasible */
  readonly rankedIds: readonly string[];
  readonly excludedIds: readonly string[];
  readonly mat: NumericMatrix;
  readonly coef: { a: Float64Array; b: Float64Array };
  /** normalised values, row-major (variant × criterion) */
  readonly norm: Float64Array;
  /** framework weights (sum 1), or undefined */
  readonly weights: Float64Array | undefined;
}

/** Screens, then builds the normalised matrix of the variants that are not set aside. */
export function analyse(p: Prepared): Analysis {
  const screening = screenPrepared(p);
  const rankedIds = screening.filter((s) => s.verdict !== 'not_feasible').map((s) => s.variantId);
  const excludedIds = screening.filter((s) => s.verdict === 'not_feasible').map((s) => s.variantId);
  if (rankedIds.length === 0) throw fail('no_feasible_variant', {}, [...p.root, 'variants']);
  const mat = numericMatrix(p, rankedIds);
  const coef = normalisationCoefficients(p, mat, p.input.normalisation);
  return {
    p,
    screening,
    rankedIds,
    excludedIds,
    mat,
    coef,
    norm: normalised(mat, coef),
    weights: frameworkWeights(p),
  };
}

/** The weighted sum of each ranked variant over the normalised values. */
export function weightedScores(norm: Float64Array, m: number, n: number, w: Float64Array): Float64Array {
  const out = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    let s = 0;
    for (let k = 0; k < n; k++) s += (w[k] as number) * (norm[i * n + k] as number);
    out[i] = s;
  }
  return out;
}

/**
 * The hot loops of the Monte Carlo simulation. Each loop keeps the sfc32 state in local variables
 * and inlines the generator step (no method call, no allocation per iteration), because these
 * loops run millions of times. Every loop adds one sample per iteration to `totals` and reports
 * the sum and sum of squares of its samples and how often it occurred.
 *
 * The generator step, repeated below, is sfc32:
 *   t = a + b + d; d = d + 1; a = b ^ (b >>> 9); b = c + (c << 3); c = rotl(c, 21) + t
 * and the uniform is (t >>> 0) · 2^-32, in [0, 1).
 */
import { BETA_STRIPS, type BetaTable } from './betaTable';
import type { Sfc32 } from './random';

/** Sum, sum of squares and number of occurrences of one input's samples. */
export interface LoopMoments {
  sum: number;
  sumSq: number;
  occurrences: number;
}

const TWO_TO_MINUS_32 = 2 ** -32;

/** Kinds of sampling inside a loop. */
export const SampleKind = { Constant: 0, Uniform: 1, Triangular: 2, Pert: 3 } as const;
/** One of the {@link SampleKind} numbers. */
export type SampleKind = (typeof SampleKind)[keyof typeof SampleKind];

/** Parameters of one input, precomputed once per simulation. */
export interface LoopInput {
  kind: SampleKind;
  /** Probability per iteration (1 for base items). */
  p: number;
  min: number;
  width: number;
  max: number;
  /** Triangular: mode − min, max − mode and (mode − min)/width. */
  left: number;
  right: number;
  fc: number;
  /** PERT: the tables of its Beta(α, β) (absent for the other kinds). */
  beta: BetaTable | undefined;
}

/**
 * Runs one input over all iterations: dispatches once to the loop for its kind, so that each hot
 * loop is small and monomorphic. Updates `totals` and `moments`, and writes the generator state
 * back into `rng`.
 */
export function runInput(input: LoopInput, rng: Sfc32, totals: Float64Array, moments: LoopMoments): void {
  if (!(input.p > 0)) return;
  if (input.kind === SampleKind.Pert) runPert(input, rng, totals, moments);
  else if (input.kind === SampleKind.Constant && input.p >= 1) runConstant(input, totals, moments);
  else runSimple(input, rng, totals, moments);
}

function runConstant(input: LoopInput, totals: Float64Array, moments: LoopMoments): void {
  const n = totals.length;
  const x = input.min;
  for (let i = 0; i < n; i++) totals[i] = (totals[i] as number) + x;
  moments.sum += x * n;
  moments.sumSq += x * x * n;
  moments.occurrences += n;
}

/** Constant, uniform and triangular samples, each with probability p per iteration. */
function runSimple(input: LoopInput, rng: Sfc32, totals: Float64Array, moments: LoopMoments): void {
  const n = totals.length;
  let a = rng.a;
  let b = rng.b;
  let c = rng.c;
  let d = rng.d;
  let t = 0;
  let sum = 0;
  let sumSq = 0;
  let occurrences = 0;
  const { kind, p, min, width, max, left, right, fc } = input;
  const always = p >= 1;
  const triangular = kind === SampleKind.Triangular;
  const constant = kind === SampleKind.Constant;
  const logQ = always ? 0 : Math.log1p(-p);
  let i = -1;
  for (;;) {
    if (always) {
      i++;
    } else {
      t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (c << 21) | (c >>> 11);
      c = (c + t) | 0;
      i += 1 + Math.floor(Math.log1p(-(t >>> 0) * TWO_TO_MINUS_32) / logQ);
    }
    if (i >= n) break;
    let x = min;
    if (!constant) {
      t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (c << 21) | (c >>> 11);
      c = (c + t) | 0;
      const u = (t >>> 0) * TWO_TO_MINUS_32;
      if (triangular) x = u < fc ? min + Math.sqrt(u * width * left) : max - Math.sqrt((1 - u) * width * right);
      else x = min + width * u;
    }
    totals[i] = (totals[i] as number) + x;
    sum += x;
    sumSq += x * x;
    occurrences++;
  }
  rng.a = a;
  rng.b = b;
  rng.c = c;
  rng.d = d;
  moments.sum += sum;
  moments.sumSq += sumSq;
  moments.occurrences += occurrences;
}

/**
 * PERT samples with probability p per iteration: Beta(α, β) scaled to min..max, drawn with the
 * exact table-driven rejection sampler of `betaTable.ts` (alias-method strip, uniform point,
 * squeeze; the density itself only when the squeeze fails).
 *
 * When p < 1, occurrences are found by geometric skipping: the number of iterations until the
 * next occurrence is drawn as ⌊ln(1 − u) / ln(1 − p)⌋ (exact for independent Bernoulli trials),
 * so rare events cost in proportion to how often they occur.
 */
function runPert(input: LoopInput, rng: Sfc32, totals: Float64Array, moments: LoopMoments): void {
  const n = totals.length;
  const table = input.beta;
  if (!table) return;
  let a = rng.a;
  let b = rng.b;
  let c = rng.c;
  let d = rng.d;
  let t = 0;
  let sum = 0;
  let sumSq = 0;
  let occurrences = 0;
  const { p, min, width } = input;
  const { am1, bm1, invPeak, hi, lo, keep, alias } = table;
  const strips = BETA_STRIPS;
  const stripWidth = 1 / BETA_STRIPS;
  const skip = p < 1;
  const logQ = skip ? Math.log1p(-p) : 0;
  let i = -1;
  for (;;) {
    if (skip) {
      t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (c << 21) | (c >>> 11);
      c = (c + t) | 0;
      i += 1 + Math.floor(Math.log1p(-(t >>> 0) * TWO_TO_MINUS_32) / logQ);
    } else {
      i++;
    }
    if (i >= n) break;
    let y: number;
    for (;;) {
      t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (c << 21) | (c >>> 11);
      c = (c + t) | 0;
      const us = (t >>> 0) * TWO_TO_MINUS_32 * strips;
      let j = us | 0;
      if (us - j >= (keep[j] as number)) j = alias[j] as number;
      t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (c << 21) | (c >>> 11);
      c = (c + t) | 0;
      y = (j + (t >>> 0) * TWO_TO_MINUS_32) * stripWidth;
      t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (c << 21) | (c >>> 11);
      c = (c + t) | 0;
      const h = (t >>> 0) * TWO_TO_MINUS_32 * (hi[j] as number);
      if (h <= (lo[j] as number)) break;
      if (h <= y ** am1 * (1 - y) ** bm1 * invPeak) break;
    }
    const x = min + width * y;
    totals[i] = (totals[i] as number) + x;
    sum += x;
    sumSq += x * x;
    occurrences++;
  }
  rng.a = a;
  rng.b = b;
  rng.c = c;
  rng.d = d;
  moments.sum += sum;
  moments.sumSq += sumSq;
  moments.occurrences += occurrences;
}

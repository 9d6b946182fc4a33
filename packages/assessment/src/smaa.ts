import {
  type AssessmentInput,
  type IssuePath,
  LIMITS,
  type SmaaResult,
  type SmaaSettings,
  SmaaSettingsSchema,
  type SmaaVariantResult,
  validate,
} from '@gebiedsgericht/core';
import { type Analysis, analyse } from './internal/pipeline';
import {
  CellKind,
  frameworkWeights,
  mappedSteps,
  normalisationCoefficients,
  type Prepared,
  prepare,
} from './internal/prepare';
import { Random } from './internal/random';
import { firstPassKernel } from './internal/smaaKernel';
import type { SmaaProblem, SmaaWeightMode } from './internal/smaaProblem';
import { validateSmaaSample } from './internal/validateSmaaSample';
import { fail } from './messages';

export type { SmaaProblem, SmaaWeightMode } from './internal/smaaProblem';

/**
 * The raw outcome of {@link smaaSample}.
 *
 * @example
 * smaaSample(p, { kind: 'unknown' }, 10_000, 1).firstRank;
 */
export interface SmaaNumbers {
  /** acceptability[i * m + r]: share of samples in which variant i has rank r + 1 */
  readonly acceptability: Float64Array;
  /** central[i * n + k]: mean weight of criterion k over the samples in which i is best */
  readonly central: Float64Array;
  /** share of samples in which each variant is best */
  readonly firstRank: Float64Array;
  /** confidence factor per variant (NaN when it is never best) */
  readonly confidence: Float64Array;
}

/** Σ a[ia + k] · b[ib + k] for k < n, with four accumulators (about twice as fast in V8). */
function dot(a: Float64Array, ia: number, b: Float64Array, ib: number, n: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let k = 0;
  for (; k + 3 < n; k += 4) {
    s0 += (a[ia + k] as number) * (b[ib + k] as number);
    s1 += (a[ia + k + 1] as number) * (b[ib + k + 1] as number);
    s2 += (a[ia + k + 2] as number) * (b[ib + k + 2] as number);
    s3 += (a[ia + k + 3] as number) * (b[ib + k + 3] as number);
  }
  for (; k < n; k++) s0 += (a[ia + k] as number) * (b[ib + k] as number);
  return s0 + s1 + (s2 + s3);
}

/** Σ_k a[ia + k] · b[k] and Σ_k a[ia + k] · c[k] together (one load of `a` serves two samples). */
function dot2(
  a: Float64Array,
  ia: number,
  b: Float64Array,
  c: Float64Array,
  n: number,
  out: Float64Array,
  at: number,
  m: number,
): void {
  let x0 = 0;
  let x1 = 0;
  let y0 = 0;
  let y1 = 0;
  let k = 0;
  for (; k + 1 < n; k += 2) {
    const a0 = a[ia + k] as number;
    const a1 = a[ia + k + 1] as number;
    x0 += a0 * (b[k] as number);
    x1 += a1 * (b[k + 1] as number);
    y0 += a0 * (c[k] as number);
    y1 += a1 * (c[k + 1] as number);
  }
  if (k < n) {
    x0 += (a[ia + k] as number) * (b[k] as number);
    y0 += (a[ia + k] as number) * (c[k] as number);
  }
  out[at] = x0 + x1;
  out[m + at] = y0 + y1;
}

/**
 * Ranks one sample's scores and counts ranks, wins and central weights: each variant's rank is the
 * number of variants above it (pairwise, branch-free; ties to the lower index).
 */
function tally(
  scores: Float64Array,
  off: number,
  m: number,
  n: number,
  rank: Int32Array,
  counts: Float64Array,
  wins: Float64Array,
  central: Float64Array,
  w: Float64Array,
  sum: number,
): void {
  rank.fill(0);
  for (let i = 0; i < m; i++) {
    const si = scores[off + i] as number;
    let ri = rank[i] as number;
    for (let j = i + 1; j < m; j++) {
      const above = +((scores[off + j] as number) > si);
      ri += above;
      rank[j] = (rank[j] as number) + 1 - above;
    }
    rank[i] = ri;
  }
  let best = 0;
  for (let i = 0; i < m; i++) {
    const r = rank[i] as number;
    const at = i * m + r;
    counts[at] = (counts[at] as number) + 1;
    if (r === 0) best = i;
  }
  wins[best] = (wins[best] as number) + 1;
  const inv = 1 / sum;
  const row = best * n;
  for (let k = 0; k < n; k++) central[row + k] = (central[row + k] as number) + (w[k] as number) * inv;
}

/**
 * The first pass for the most common case (weights unknown, exact scores) as monomorphic loops that
 * take two samples at a time: draw two weight vectors (ziggurat exponentials), score every variant
 * under both with one pass over its utilities, rank and count each.
 */
function firstPassPlain(
  base: Float64Array,
  m: number,
  n: number,
  samples: number,
  rng: Random,
  counts: Float64Array,
  wins: Float64Array,
  central: Float64Array,
): void {
  const w1 = new Float64Array(n);
  const w2 = new Float64Array(n);
  const scores = new Float64Array(2 * m);
  const idx = new Int32Array(m);
  let s = 0;
  for (; s + 1 < samples; s += 2) {
    const sum1 = rng.fillExponential(w1, 0, n);
    const sum2 = rng.fillExponential(w2, 0, n);
    for (let i = 0; i < m; i++) dot2(base, i * n, w1, w2, n, scores, i, m);
    tally(scores, 0, m, n, idx, counts, wins, central, w1, sum1);
    tally(scores, m, m, n, idx, counts, wins, central, w2, sum2);
  }
  if (s < samples) {
    // an odd last sample: the same arithmetic as the pairs, with its weights in both places
    const sum1 = rng.fillExponential(w1, 0, n);
    for (let i = 0; i < m; i++) dot2(base, i * n, w1, w1, n, scores, i, m);
    tally(scores, 0, m, n, idx, counts, wins, central, w1, sum1);
  }
}

/**
 * The SMAA-2 Monte Carlo computation on a numeric problem (used by {@link smaa}; exposed for tools
 * that bring their own utilities and for the benchmark). Streams the samples: memory is
 * O(m² + m·n), independent of the number of samples. Weights unknown are drawn uniformly from the
 * simplex as normalised standard exponentials; ranked weights as such a draw sorted and assigned by
 * rank (random order inside a tie group); utilities are redrawn per sample when uncertain. Ties in a
 * sample go to the variant listed first. Confidence factors use a second stream of `samples` utility
 * draws, each variant scored with its own central weights. The arguments are checked first: a wrong
 * array length, a value that is not finite, a weight mode that does not fit `n`, or `samples` or
 * `seed` out of range throws a `GebiedsgerichtError` (`invalid_argument` or `not_a_finite_number`)
 * with the path of the offending value.
 *
 * @example
 * const r = smaaSample(problem, { kind: 'unknown' }, 10_000, 42);
 */
export function smaaSample(problem: SmaaProblem, weights: SmaaWeightMode, samples: number, seed: number): SmaaNumbers {
  validateSmaaSample(problem, weights, samples, seed);
  const { m, n, base, lowU, widthU, general, uncertain } = problem;
  const rng = new Random(seed);
  const counts = new Float64Array(m * m);
  const central = new Float64Array(m * n);
  const wins = new Float64Array(m);
  const w = new Float64Array(n);
  const sortBuf = new Float64Array(n);
  const scores = new Float64Array(m);
  const idx = new Int32Array(m);
  const rnd = new Float64Array(m * n);
  const x = new Float64Array(m * n);
  const fixedWeights = weights.kind === 'exact' ? weights.weights : undefined;

  const drawUtilities = (): Float64Array => {
    if (!general) {
      rng.fill(rnd);
      for (let c = 0; c < m * n; c++) x[c] = (lowU[c] as number) + (widthU[c] as number) * (rnd[c] as number);
      return x;
    }
    for (let c = 0; c < m * n; c++) {
      const kind = general.kind[c] as number;
      if (kind === CellKind.Fixed) {
        x[c] = base[c] as number;
      } else if (kind === CellKind.Uniform) {
        x[c] = (lowU[c] as number) + (widthU[c] as number) * rng.next();
      } else {
        const k = c % n;
        let raw: number;
        if (kind === CellKind.Triangular) {
          const lo = general.low[c] as number;
          const hi = general.high[c] as number;
          const mo = general.mode[c] as number;
          const u = rng.next();
          const f = (mo - lo) / (hi - lo);
          raw = u < f ? lo + Math.sqrt(u * (hi - lo) * (mo - lo)) : hi - Math.sqrt((1 - u) * (hi - lo) * (hi - mo));
        } else if (kind === CellKind.Normal) {
          raw = (general.mode[c] as number) + (general.sd[c] as number) * rng.normal();
        } else {
          const packed = general.sd[c] as number;
          const first = Math.floor(packed / 8);
          const count = packed - first * 8;
          raw = general.steps[first + rng.int(count)] as number;
        }
        x[c] = (general.a[k] as number) + (general.b[k] as number) * raw;
      }
    }
    return x;
  };

  const drawWeights = (): number => {
    if (fixedWeights) {
      w.set(fixedWeights);
      return 1;
    }
    const sum = rng.fillExponential(w, 0, n);
    if (weights.kind === 'ranked') {
      // sort descending (insertion sort: n is small) and hand out by rank, shuffled within ties
      for (let k = 0; k < n; k++) sortBuf[k] = w[k] as number;
      for (let i = 1; i < n; i++) {
        const v = sortBuf[i] as number;
        let j = i - 1;
        while (j >= 0 && (sortBuf[j] as number) < v) {
          sortBuf[j + 1] = sortBuf[j] as number;
          j--;
        }
        sortBuf[j + 1] = v;
      }
      let start = 0;
      for (let g = 0; g < weights.groupEnd.length; g++) {
        const end = weights.groupEnd[g] as number;
        for (let i = end - 1; i > start; i--) {
          const j = start + rng.int(i - start + 1);
          const t = sortBuf[i] as number;
          sortBuf[i] = sortBuf[j] as number;
          sortBuf[j] = t;
        }
        for (let pos = start; pos < end; pos++) w[weights.order[pos] as number] = sortBuf[pos] as number;
        start = end;
      }
    }
    return sum;
  };

  const fused = uncertain && !general;
  const plain = !uncertain && weights.kind === 'unknown';
  if (plain && !firstPassKernel(base, m, n, samples, rng, counts, wins, central))
    firstPassPlain(base, m, n, samples, rng, counts, wins, central);
  for (let s = 0; s < (plain ? 0 : samples); s++) {
    const sum = drawWeights();
    const u = fused ? base : uncertain ? drawUtilities() : base;
    if (fused) rng.fill(rnd);
    for (let i = 0; i < m; i++) {
      let t = 0;
      const row = i * n;
      if (fused) {
        for (let k = 0; k < n; k++)
          t += ((lowU[row + k] as number) + (widthU[row + k] as number) * (rnd[row + k] as number)) * (w[k] as number);
      } else {
        t = dot(u, row, w, 0, n);
      }
      scores[i] = t;
      // insertion into idx, descending by score, stable by index
      let j = i - 1;
      while (j >= 0 && (scores[idx[j] as number] as number) < t) {
        idx[j + 1] = idx[j] as number;
        j--;
      }
      idx[j + 1] = i;
    }
    for (let r = 0; r < m; r++) counts[(idx[r] as number) * m + r] = (counts[(idx[r] as number) * m + r] as number) + 1;
    const best = idx[0] as number;
    wins[best] = (wins[best] as number) + 1;
    const inv = 1 / sum;
    const row = best * n;
    for (let k = 0; k < n; k++) central[row + k] = (central[row + k] as number) + (w[k] as number) * inv;
  }

  const acceptability = new Float64Array(m * m);
  for (let c = 0; c < m * m; c++) acceptability[c] = (counts[c] as number) / samples;
  const firstRank = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    firstRank[i] = (wins[i] as number) / samples;
    const win = wins[i] as number;
    if (win > 0) for (let k = 0; k < n; k++) central[i * n + k] = (central[i * n + k] as number) / win;
  }

  // confidence factors: each candidate scored with its central weights on fresh utility draws.
  // Exact pruning: from the bounds of every cell, a rival that can never outscore the candidate under
  // its central weights is skipped, and a candidate that some rival always outscores gets 0 at once;
  // the remaining rivals are tried strongest first, stopping at the first that beats the candidate.
  const confidence = new Float64Array(m).fill(Number.NaN);
  const cellLo = new Float64Array(m * n);
  const cellHi = new Float64Array(m * n);
  for (let c = 0; c < m * n; c++) {
    const kind = general
      ? (general.kind[c] as number)
      : uncertain && (widthU[c] as number) !== 0
        ? CellKind.Uniform
        : CellKind.Fixed;
    if (!uncertain || kind === CellKind.Fixed) {
      cellLo[c] = base[c] as number;
      cellHi[c] = base[c] as number;
    } else if (kind === CellKind.Uniform) {
      const e1 = lowU[c] as number;
      const e2 = e1 + (widthU[c] as number);
      cellLo[c] = Math.min(e1, e2);
      cellHi[c] = Math.max(e1, e2);
    } else if (kind === CellKind.Normal || !general) {
      cellLo[c] = Number.NEGATIVE_INFINITY;
      cellHi[c] = Number.POSITIVE_INFINITY;
    } else {
      const k = c % n;
      const e1 = (general.a[k] as number) + (general.b[k] as number) * (general.low[c] as number);
      const e2 = (general.a[k] as number) + (general.b[k] as number) * (general.high[c] as number);
      cellLo[c] = Math.min(e1, e2);
      cellHi[c] = Math.max(e1, e2);
    }
  }
  const plans: { c: number; rivals: Int32Array }[] = [];
  for (let c = 0; c < m; c++) {
    if ((wins[c] as number) === 0) continue;
    const wc = c * n;
    const bound = (row: number, hi: boolean) => {
      let t = 0;
      for (let k = 0; k < n; k++) {
        const wk = central[wc + k] as number;
        if (wk !== 0) t += ((hi ? cellHi : cellLo)[row * n + k] as number) * wk;
      }
      return t;
    };
    const ownLo = bound(c, false);
    const ownHi = bound(c, true);
    const margin = 1e-9 * (1 + Math.abs(ownLo));
    let hopeless = false;
    const rivals: { j: number; hi: number }[] = [];
    for (let j = 0; j < m; j++) {
      if (j === c) continue;
      const hi = bound(j, true);
      if (bound(j, false) > ownHi + margin) hopeless = true;
      if (!(hi < ownLo - margin)) rivals.push({ j, hi });
    }
    if (hopeless) {
      confidence[c] = 0;
      continue;
    }
    rivals.sort((x, y) => y.hi - x.hi);
    plans.push({ c, rivals: Int32Array.from(rivals.map((r) => r.j)) });
  }
  const hits = new Float64Array(m);
  if (uncertain && !general) {
    // Fast path (every uncertain cell uniform): score_j = L[j] + Σ_k V[j][k]·r[j][k] with
    // L[j] = Σ_k low_jk·wc_k and V[j][k] = width_jk·wc_k, so no utility matrix is built; rivals are
    // tried in order of their highest possible score, and the scan stops as soon as that bound falls
    // below the candidate's score in this draw (then no later rival can beat it either).
    const fast = plans.map(({ c }) => {
      const wc = c * n;
      const L = new Float64Array(m);
      const V = new Float64Array(m * n);
      const top = new Float64Array(m);
      for (let j = 0; j < m; j++) {
        let l = 0;
        let hi = 0;
        for (let k = 0; k < n; k++) {
          const wk = central[wc + k] as number;
          const v = (widthU[j * n + k] as number) * wk;
          l += (lowU[j * n + k] as number) * wk;
          V[j * n + k] = v;
          if (v > 0) hi += v;
        }
        L[j] = l;
        top[j] = l + hi;
      }
      const order = Array.from({ length: m }, (_, j) => j)
        .filter((j) => j !== c)
        .sort((x, y) => (top[y] as number) - (top[x] as number));
      return { c, L, V, top, order: Int32Array.from(order) };
    });
    for (let s = 0; s < samples; s++) {
      rng.fill(rnd);
      for (const { c, L, V, top, order } of fast) {
        const own = (L[c] as number) + dot(V, c * n, rnd, c * n, n);
        let isBest = true;
        for (let r = 0; r < order.length; r++) {
          const j = order[r] as number;
          if ((top[j] as number) < own) break;
          const other = (L[j] as number) + dot(V, j * n, rnd, j * n, n);
          if (other > own || (other === own && j < c)) {
            isBest = false;
            break;
          }
        }
        if (isBest) hits[c] = (hits[c] as number) + 1;
      }
    }
  } else {
    const rounds = uncertain ? samples : 1;
    for (let s = 0; s < rounds; s++) {
      const u = uncertain ? drawUtilities() : base;
      for (const { c, rivals } of plans) {
        const wc = c * n;
        const own = dot(u, c * n, central, wc, n);
        let isBest = true;
        for (let r = 0; r < rivals.length; r++) {
          const j = rivals[r] as number;
          const other = dot(u, j * n, central, wc, n);
          if (other > own || (other === own && j < c)) {
            isBest = false;
            break;
          }
        }
        if (isBest) hits[c] = (hits[c] as number) + 1;
      }
    }
  }
  const rounds = uncertain ? samples : 1;
  for (const { c } of plans) confidence[c] = (hits[c] as number) / rounds;
  return { acceptability, central, firstRank, confidence };
}

/** Internal: the SMAA problem of an analysis. */
export function smaaProblem(p: Prepared, a: Analysis, sampleScores: boolean): SmaaProblem {
  const mat = a.mat;
  const { m, n } = mat;
  const coef = normalisationCoefficients(p, mat, p.input.normalisation, sampleScores);
  const base = new Float64Array(m * n);
  const lowU = new Float64Array(m * n);
  const widthU = new Float64Array(m * n);
  let uncertain = false;
  let needsGeneral = false;
  for (let c = 0; c < m * n; c++) {
    const k = c % n;
    const ak = coef.a[k] as number;
    const bk = coef.b[k] as number;
    base[c] = ak + bk * (mat.value[c] as number);
    const kind = sampleScores ? (mat.kind[c] as number) : CellKind.Fixed;
    if (kind === CellKind.Fixed) {
      lowU[c] = base[c] as number;
    } else {
      uncertain = true;
      if (kind === CellKind.Uniform) {
        lowU[c] = ak + bk * (mat.low[c] as number);
        widthU[c] = bk * ((mat.high[c] as number) - (mat.low[c] as number));
      } else {
        needsGeneral = true;
      }
    }
  }
  const general = needsGeneral
    ? {
        kind: sampleScores ? mat.kind : new Uint8Array(m * n),
        a: coef.a,
        b: coef.b,
        low: mat.low,
        mode: mat.value,
        high: mat.high,
        sd: mat.sd,
        steps: mappedSteps(p),
      }
    : undefined;
  return { m, n, base, lowU, widthU, uncertain, ...(general ? { general } : {}) };
}

/** Internal: the weight mode for the settings. */
export function weightMode(p: Prepared, settings: SmaaSettings): SmaaWeightMode {
  if (settings.weights.kind === 'unknown') return { kind: 'unknown' };
  if (settings.weights.kind === 'exact') {
    const w = frameworkWeights(p);
    if (!w)
      throw fail('weights_missing', { method: 'smaa (weights: exact)' }, [...p.root, 'afwegingskader', 'criteria']);
    return { kind: 'exact', weights: w };
  }
  const ranked = p.criteria.map((c, k) => {
    if (c.priorityRank === undefined)
      throw fail('ranks_missing', { criterionId: c.id }, [...p.root, 'afwegingskader', 'criteria', k]);
    return { k, rank: c.priorityRank };
  });
  ranked.sort((x, y) => x.rank - y.rank || x.k - y.k);
  const order = Int32Array.from(ranked.map((r) => r.k));
  const ends: number[] = [];
  for (let i = 0; i < ranked.length; i++)
    if (i === ranked.length - 1 || (ranked[i + 1] as { rank: number }).rank !== (ranked[i] as { rank: number }).rank)
      ends.push(i + 1);
  return { kind: 'ranked', order, groupEnd: Int32Array.from(ends) };
}

/** Internal: refuses, before any work, an analysis past `LIMITS.smaaVariants` or `LIMITS.smaaWork`. */
function validateSmaaSize(p: Prepared, s: SmaaSettings, where: IssuePath): void {
  const variants = p.variants.length;
  if (variants > LIMITS.smaaVariants.max) {
    throw fail('too_many_variants', { count: variants, max: LIMITS.smaaVariants.max }, [...p.root, 'variants']);
  }
  const steps = s.samples * variants * (p.criteria.length + variants);
  if (steps > LIMITS.smaaWork.max) throw fail('search_too_large', { steps: LIMITS.smaaWork.max }, [...where]);
}

/** Internal: SMAA on an analysis, as the core result shape. */
export function smaaOf(a: Analysis, settings: SmaaSettings): SmaaResult {
  const p = a.p;
  validateSmaaSize(p, settings, [...p.root, 'uncertainty']);
  const problem = smaaProblem(p, a, settings.sampleScores);
  const r = smaaSample(problem, weightMode(p, settings), settings.samples, settings.seed);
  const { m, n } = problem;
  const criterionIds = p.criteria.map((c) => c.id);
  const variants: SmaaVariantResult[] = a.rankedIds.map((variantId, i) => {
    const rankAcceptability = Array.from(r.acceptability.subarray(i * m, (i + 1) * m));
    const conf = r.confidence[i] as number;
    if (Number.isNaN(conf)) return { variantId, rankAcceptability };
    return {
      variantId,
      rankAcceptability,
      centralWeights: criterionIds.map((criterionId, k) => ({ criterionId, weight: r.central[i * n + k] as number })),
      confidenceFactor: conf,
    };
  });
  return { settings, criterionIds, variants };
}

/**
 * SMAA-2 (Lahdelma & Salminen 2001) on an assessment input: what the ranking of the feasible
 * variants looks like when the weights are unknown (uniform over all weight vectors), only ranked
 * (each criterion's `priorityRank`), or exact, and — with `sampleScores` — when the scores vary
 * within their uncertainty (intervals, triangular or normal distributions, plus–minus intervals).
 * Returns per variant the rank acceptability indices (share of samples at each rank; they sum to 1
 * per variant and per rank), the central weight vector (the typical weights that make it best) and
 * the confidence factor (how often it is best with its central weights). Seeded: the same settings
 * give the same result. Settings come from the argument or else from `input.uncertainty`.
 * Normalisation uses the input's method over the whole uncertainty range, so sampled scores share
 * one fixed scale.
 *
 * Refused up front, so that no input keeps the host busy for long: more than
 * `LIMITS.smaaVariants` variants (`too_many_variants`, path `['input', 'variants']`), and more than
 * `LIMITS.smaaWork` steps of samples × variants × (criteria + variants) (`search_too_large`, at
 * the settings). Settings passed as the second argument are reported under `['settings', …]`;
 * settings read from the input under `['input', 'uncertainty', …]`.
 *
 * SMAA comes from outside the handreiking: R. Lahdelma and P. Salminen, Operations Research 49(3), 2001, 444–454.
 *
 * @example
 * const r = smaa(input, { samples: 10_000, seed: 2027, weights: { kind: 'unknown' }, sampleScores: true });
 * r.variants[0]?.rankAcceptability[0]; // share of weight vectors that put this variant first
 * @see handreiking §2.5 (keuzes maken en bijsturen; onzekerheid)
 */
export function smaa(input: AssessmentInput, settings?: SmaaSettings): SmaaResult {
  const p = prepare(input);
  // Settings passed as the argument are reported under `settings`; those read from the input
  // under `uncertainty`, where the input holds them.
  const where: IssuePath = settings !== undefined ? ['settings'] : [...p.root, 'uncertainty'];
  const raw = settings ?? p.input.uncertainty;
  if (!raw) throw fail('invalid_argument', { name: 'settings (SMAA settings missing)' }, where);
  const s = validate(SmaaSettingsSchema, raw, { path: where });
  validateSmaaSize(p, s, where);
  return smaaOf(analyse(p), s);
}

/**
 * An exact, table-driven sampler for Beta(α, β) with α, β ≥ 1 (the PERT case: both lie in 1..5).
 *
 * The unit interval is cut into K strips of equal width. On each strip the (unnormalised, unimodal)
 * density f(x) = x^(α−1)·(1−x)^(β−1) is bounded above by its value at the mode when the mode lies in
 * the strip, else by the larger endpoint value (`hi`), and below by the smaller endpoint value (`lo`).
 * A draw picks a strip in proportion to `hi` with Walker's alias method (one uniform), a point in the
 * strip (second uniform) and a height under `hi` (third uniform); it is accepted at once below `lo`
 * (the squeeze, almost always), else when under f(x), else it is drawn again. This is von Neumann's
 * rejection method with a piecewise-constant envelope (the idea behind Marsaglia and Tsang's
 * ziggurat): exact, and without logarithms on the fast path.
 *
 * References: A.J. Walker, "An efficient method for generating discrete random variables with
 * general distributions", ACM TOMS 3(3), 1977; M.D. Vose, "A linear algorithm for generating random
 * numbers with a given distribution", IEEE TSE 17(9), 1991; G. Marsaglia and W.W. Tsang, "The
 * ziggurat method for generating random variables", Journal of Statistical Software 5(8), 2000.
 */

/** Number of strips. */
export const BETA_STRIPS = 256;

/** Precomputed tables of one Beta(α, β). */
export interface BetaTable {
  readonly am1: number;
  readonly bm1: number;
  /** 1 / the density's peak, so that the scaled density peaks at 1. */
  readonly invPeak: number;
  /** Envelope height per strip (scaled so the density peak is 1, inflated by 1e-12 for rounding). */
  readonly hi: Float64Array;
  /** Squeeze height per strip (deflated by 1e-12). */
  readonly lo: Float64Array;
  /** Alias method: probability of keeping strip j, and its alias. */
  readonly keep: Float64Array;
  readonly alias: Int32Array;
}

/** Builds the tables for Beta(α, β), α, β ≥ 1. */
export function betaTable(alpha: number, beta: number): BetaTable {
  const k = BETA_STRIPS;
  const am1 = alpha - 1;
  const bm1 = beta - 1;
  const mode = am1 + bm1 > 0 ? am1 / (am1 + bm1) : 0.5;
  const peak = mode ** am1 * (1 - mode) ** bm1;
  const f = (x: number) => (x ** am1 * (1 - x) ** bm1) / peak;
  const hi = new Float64Array(k);
  const lo = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    const a = j / k;
    const b = (j + 1) / k;
    const fa = f(a);
    const fb = f(b);
    const top = mode > a && mode < b ? 1 : Math.max(fa, fb);
    hi[j] = top * (1 + 1e-12);
    lo[j] = Math.min(fa, fb) * (1 - 1e-12);
  }
  // Vose's construction of the alias table for strip probabilities proportional to hi.
  let total = 0;
  for (let j = 0; j < k; j++) total += hi[j] as number;
  const scaled = new Float64Array(k);
  for (let j = 0; j < k; j++) scaled[j] = ((hi[j] as number) * k) / total;
  const keep = new Float64Array(k);
  const alias = new Int32Array(k);
  const small: number[] = [];
  const large: number[] = [];
  for (let j = 0; j < k; j++) ((scaled[j] as number) < 1 ? small : large).push(j);
  while (small.length > 0 && large.length > 0) {
    const s = small.pop() as number;
    const l = large.pop() as number;
    keep[s] = scaled[s] as number;
    alias[s] = l;
    scaled[l] = (scaled[l] as number) + (scaled[s] as number) - 1;
    ((scaled[l] as number) < 1 ? small : large).push(l);
  }
  for (const j of large) {
    keep[j] = 1;
    alias[j] = j;
  }
  for (const j of small) {
    keep[j] = 1;
    alias[j] = j;
  }
  return { am1, bm1, invPeak: 1 / peak, hi, lo, keep, alias };
}

// The synthetic SMAA benchmark problem, the same as in smaa_numpy.py: 20 variants, 30 criteria,
// utilities mid ~ U(0, 1) with half-width ~ 0.1 · U(0, 1).
import type { SmaaProblem } from '../src/index';

export const M = 20;
export const N = 30;
export const SAMPLES = 10_000;

/** A small seeded generator for the problem data only (mulberry32). */
function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function benchProblem(uncertain: boolean): SmaaProblem {
  const rnd = mulberry32(1);
  const base = new Float64Array(M * N);
  const lowU = new Float64Array(M * N);
  const widthU = new Float64Array(M * N);
  for (let c = 0; c < M * N; c++) {
    const mid = rnd();
    const half = 0.1 * rnd();
    base[c] = mid;
    lowU[c] = uncertain ? mid - half : mid;
    widthU[c] = uncertain ? 2 * half : 0;
  }
  return { m: M, n: N, base, lowU, widthU, uncertain };
}

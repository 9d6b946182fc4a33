// Internal: the input checks of smaaSample, the numeric entry point that tools call with their own
// utilities (smaa() builds its problem from a validated assessment input and passes these checks too).
import { fail } from '../messages';
import { rejectNonFinite } from './arguments';
import { CellKind } from './prepare';
import type { SmaaProblem, SmaaWeightMode } from './smaaProblem';

type Path = (string | number)[];

const bad = (name: string, path: Path): never => {
  throw fail('invalid_argument', { name }, path);
};

function positiveInteger(x: unknown, name: string, path: Path, max: number): number {
  rejectNonFinite(x, name, path);
  if (typeof x !== 'number' || !Number.isInteger(x) || x < 1 || x > max)
    bad(`${name} (an integer from 1 to ${max})`, path);
  return x as number;
}

function floats(x: unknown, length: number, name: string, path: Path, finite = true): Float64Array {
  if (!(x instanceof Float64Array) || x.length !== length) bad(`${name} (a Float64Array of length ${length})`, path);
  const a = x as Float64Array;
  if (finite)
    for (let i = 0; i < length; i++)
      if (!Number.isFinite(a[i] as number)) throw fail('not_a_finite_number', { name: `${name}[${i}]` }, [...path, i]);
  return a;
}

/** Checks the per-cell sampling description of a problem whose cells are not all fixed or uniform. */
function validateGeneral(general: NonNullable<SmaaProblem['general']>, m: number, n: number): void {
  const path: Path = ['problem', 'general'];
  const cells = m * n;
  if (!(general.kind instanceof Uint8Array) || general.kind.length !== cells)
    bad(`general.kind (a Uint8Array of length ${cells})`, [...path, 'kind']);
  floats(general.a, n, 'general.a', [...path, 'a']);
  floats(general.b, n, 'general.b', [...path, 'b']);
  const low = floats(general.low, cells, 'general.low', [...path, 'low'], false);
  const mode = floats(general.mode, cells, 'general.mode', [...path, 'mode'], false);
  const high = floats(general.high, cells, 'general.high', [...path, 'high'], false);
  const sd = floats(general.sd, cells, 'general.sd', [...path, 'sd'], false);
  if (!(general.steps instanceof Float64Array)) bad('general.steps (a Float64Array)', [...path, 'steps']);
  for (let c = 0; c < cells; c++) {
    const kind = general.kind[c] as number;
    const lo = low[c] as number;
    const mo = mode[c] as number;
    const hi = high[c] as number;
    if (kind === CellKind.Triangular) {
      rejectNonFinite(lo, `general.low[${c}]`, [...path, 'low', c]);
      rejectNonFinite(mo, `general.mode[${c}]`, [...path, 'mode', c]);
      rejectNonFinite(hi, `general.high[${c}]`, [...path, 'high', c]);
      if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo <= mo && mo <= hi && lo < hi))
        bad(`general cell ${c} (a triangle needs low ≤ mode ≤ high and low < high)`, [...path, 'low', c]);
    } else if (kind === CellKind.Normal) {
      rejectNonFinite(mo, `general.mode[${c}]`, [...path, 'mode', c]);
      rejectNonFinite(sd[c], `general.sd[${c}]`, [...path, 'sd', c]);
      if (!(Number.isFinite(mo) && Number.isFinite(sd[c] as number) && (sd[c] as number) >= 0))
        bad(`general cell ${c} (a normal distribution needs a finite mean and sd ≥ 0)`, [...path, 'sd', c]);
    } else if (kind === CellKind.Steps) {
      const packed = sd[c] as number;
      rejectNonFinite(packed, `general.sd[${c}]`, [...path, 'sd', c]);
      const first = Math.floor(packed / 8);
      const count = packed - first * 8;
      if (!Number.isInteger(packed) || packed < 0 || count < 1 || first + count > general.steps.length)
        bad(`general cell ${c} (steps out of range)`, [...path, 'sd', c]);
      for (let i = first; i < first + count; i++)
        if (!Number.isFinite(general.steps[i] as number))
          throw fail('not_a_finite_number', { name: `general.steps[${i}]` }, [...path, 'steps', i]);
    } else if (kind !== CellKind.Fixed && kind !== CellKind.Uniform) {
      bad(`general cell ${c} (an unknown kind ${kind})`, [...path, 'kind', c]);
    }
  }
}

function validateWeights(weights: SmaaWeightMode, n: number): void {
  const path: Path = ['weights'];
  if (typeof weights !== 'object' || weights === null) bad('weights (a weight mode)', path);
  if (weights.kind === 'unknown') return;
  if (weights.kind === 'exact') {
    const w = floats(weights.weights, n, 'weights.weights', [...path, 'weights']);
    let sum = 0;
    for (let k = 0; k < n; k++) {
      if ((w[k] as number) < 0) bad(`weights.weights[${k}] (a weight is not negative)`, [...path, 'weights', k]);
      sum += w[k] as number;
    }
    if (!(sum > 0)) bad('weights.weights (at least one weight above 0)', [...path, 'weights']);
    return;
  }
  if (weights.kind === 'ranked') {
    const { order, groupEnd } = weights;
    if (!(order instanceof Int32Array) || order.length !== n)
      bad(`weights.order (an Int32Array of length ${n})`, [...path, 'order']);
    const seen = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const k = order[i] as number;
      if (k < 0 || k >= n || seen[k]) bad('weights.order (every criterion exactly once)', [...path, 'order', i]);
      seen[k] = 1;
    }
    if (!(groupEnd instanceof Int32Array) || groupEnd.length < 1 || groupEnd[groupEnd.length - 1] !== n)
      bad(`weights.groupEnd (an Int32Array whose last entry is ${n})`, [...path, 'groupEnd']);
    for (let g = 0; g < groupEnd.length; g++)
      if ((groupEnd[g] as number) <= (g === 0 ? 0 : (groupEnd[g - 1] as number)))
        bad('weights.groupEnd (strictly increasing, from above 0)', [...path, 'groupEnd', g]);
    return;
  }
  bad("weights.kind ('unknown', 'exact' or 'ranked')", [...path, 'kind']);
}

/**
 * Throws a typed `invalid_argument` (or `not_a_finite_number`) error, with the path of the first
 * offending value, unless the arguments of smaaSample describe a problem it can sample.
 */
export function validateSmaaSample(problem: SmaaProblem, weights: SmaaWeightMode, samples: number, seed: number): void {
  if (typeof problem !== 'object' || problem === null) bad('problem (an SmaaProblem)', ['problem']);
  const m = positiveInteger(problem.m, 'problem.m', ['problem', 'm'], 100_000);
  const n = positiveInteger(problem.n, 'problem.n', ['problem', 'n'], 100_000);
  const cells = m * n;
  floats(problem.base, cells, 'problem.base', ['problem', 'base']);
  floats(problem.lowU, cells, 'problem.lowU', ['problem', 'lowU']);
  // a width may be negative: for a cost criterion the normalised interval runs from high to low
  floats(problem.widthU, cells, 'problem.widthU', ['problem', 'widthU']);
  if (typeof problem.uncertain !== 'boolean') bad('problem.uncertain (true or false)', ['problem', 'uncertain']);
  if (problem.general !== undefined) validateGeneral(problem.general, m, n);
  validateWeights(weights, n);
  positiveInteger(samples, 'samples', ['samples'], 1_000_000);
  rejectNonFinite(seed, 'seed', ['seed']);
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > 4_294_967_295)
    bad('seed (an integer from 0 to 4294967295)', ['seed']);
}

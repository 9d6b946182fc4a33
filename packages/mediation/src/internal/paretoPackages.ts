/**
 * Internal: the search behind `findPackageDeals`. Works on plain numbers (no ids) so it can be
 * tested against brute force directly.
 *
 * Method: Pareto-frontier merging over issues. A partial package (options chosen for the first k
 * issues) has a score vector (one additive score per party). Two facts make it safe to drop
 * partial packages early:
 *  1. Dominance carries over: if partial A scores at least as much as partial B for every party,
 *     then A followed by any completion R scores at least as much as B followed by R. So B can only
 *     lead to a dominated package, unless A and B have exactly the same vector (then they are
 *     interchangeable and are merged, counting both).
 *  2. The disagreement bound: a partial package whose score plus the best a party could still get
 *     on the remaining issues does not exceed that party's disagreement point can never become
 *     acceptable to that party.
 * What survives after the last issue is exactly the set of Pareto-efficient score vectors that
 * beat every disagreement point; the Nash package maximises the product of gains among them (a
 * package that maximises a product of positive gains is itself Pareto-efficient).
 *
 * Ties: among packages with the same score vector the lexicographically smallest choice (by option
 * index, issue by issue) represents them, and `count` says how many packages share the vector.
 */

/** Scores: `scores[issue][option][party]`. */
export interface PackageSearchProblem {
  readonly scores: readonly (readonly (readonly number[])[])[];
  readonly disagreement: readonly number[];
  /** Stop with an error when a frontier grows beyond this many partial packages. */
  readonly maxFrontier?: number;
  /** Stop with an error after this many steps (candidates built plus dominance comparisons). */
  readonly maxSteps?: number;
}

/** One Pareto-efficient, acceptable package found by the search. */
export interface FoundPackage {
  /** Option index per issue. */
  readonly choice: number[];
  /** Score per party. */
  readonly scores: number[];
  /** How many packages share exactly these scores. */
  readonly count: number;
  /** Product of (score − disagreement) over parties. */
  readonly nashProduct: number;
}

export interface PackageSearchResult {
  readonly packages: FoundPackage[];
  /** Index into `packages` of the Nash bargaining package, or -1 when no package is acceptable. */
  readonly nashIndex: number;
  /** Largest frontier seen (for diagnostics and benchmarks). */
  readonly largestFrontier: number;
}

/** Thrown (and turned into a typed SDK error by the caller) when the frontier exceeds its limit. */
/** Thrown when the search has taken more steps than its budget allows. */
export class SearchTooLarge extends Error {
  constructor(readonly steps: number) {
    super(`search of more than ${steps} steps`);
  }
}

export class FrontierTooLarge extends Error {
  constructor(readonly size: number) {
    super(`frontier of ${size} partial packages`);
  }
}

interface Layer {
  /** Flat score vectors, `parties` numbers per entry. */
  vec: Float64Array;
  /** Index of the parent entry in the previous layer (-1 for the root). */
  parent: Int32Array;
  /** Option chosen on this layer's issue. */
  option: Int32Array;
  count: Float64Array;
  size: number;
}

export function searchParetoPackages(problem: PackageSearchProblem): PackageSearchResult {
  const { scores, disagreement } = problem;
  const parties = disagreement.length;
  const issues = scores.length;
  const maxFrontier = problem.maxFrontier ?? 1_000_000;
  const maxSteps = problem.maxSteps ?? Number.POSITIVE_INFINITY;
  // Candidates built plus dominance comparisons made: the work the search has done so far.
  let steps = 0;

  // Best still reachable per party from issue i onward, and a slack for rounding in the bound.
  const remaining: Float64Array[] = [];
  let magnitude = 0;
  for (let p = 0; p < parties; p++) magnitude = Math.max(magnitude, Math.abs(disagreement[p] as number));
  remaining[issues] = new Float64Array(parties);
  for (let i = issues - 1; i >= 0; i--) {
    const row = new Float64Array(parties);
    const next = remaining[i + 1] as Float64Array;
    const options = scores[i] as readonly (readonly number[])[];
    for (let p = 0; p < parties; p++) {
      let best = Number.NEGATIVE_INFINITY;
      for (const option of options) {
        const v = option[p] as number;
        if (v > best) best = v;
        magnitude = Math.max(magnitude, Math.abs(v));
      }
      row[p] = best + (next[p] as number);
    }
    remaining[i] = row;
  }
  const slack = 1e-9 * Math.max(1, magnitude) * (issues + 1);

  const layers: Layer[] = [];
  let current: Layer = {
    vec: new Float64Array(parties),
    parent: Int32Array.of(-1),
    option: Int32Array.of(-1),
    count: Float64Array.of(1),
    size: 1,
  };
  let largest = 1;
  // Scratch buffers reused across issues (fewer large allocations, less garbage collection).
  const scratch = new Scratch();

  for (let i = 0; i < issues; i++) {
    const options = scores[i] as readonly (readonly number[])[];
    const rest = remaining[i + 1] as Float64Array;
    const last = i === issues - 1;
    const capacity = current.size * options.length;
    // Candidates in lexicographic order of their choices (parents are in that order already).
    scratch.ensureCandidates(capacity, parties);
    const cVec = scratch.vec;
    const cParent = scratch.parent;
    const cOption = scratch.option;
    const cSum = scratch.sum;
    let n = 0;
    for (let e = 0; e < current.size; e++) {
      const base = e * parties;
      for (let o = 0; o < options.length; o++) {
        const add = options[o] as readonly number[];
        const at = n * parties;
        let acceptable = true;
        let sum = 0;
        for (let p = 0; p < parties; p++) {
          const v = (current.vec[base + p] as number) + (add[p] as number);
          cVec[at + p] = v;
          sum += v;
          const d = disagreement[p] as number;
          // Final layer: exact test. Earlier: optimistic bound with a little slack.
          if (last ? !(v > d) : !(v + (rest[p] as number) + slack > d)) {
            acceptable = false;
            break;
          }
        }
        steps++;
        if (!acceptable) continue;
        cParent[n] = e;
        cOption[n] = o;
        cSum[n] = sum;
        n++;
      }
    }
    if (steps > maxSteps) throw new SearchTooLarge(maxSteps);
    // Visit candidates by descending sum (stable: lexicographic among equal sums), keep the
    // non-dominated ones; merge exact duplicates into the first (lexicographically smallest).
    const order = sortBySumDescending(cSum, n, scratch);
    // Kept vectors live contiguously (fast scans) and are filed in a grid over the parties'
    // scores (quantile cells per party): a candidate can only be dominated by a kept vector in a
    // cell at or above its own cell in every grid dimension, so only those cells are scanned.
    const grid = makeGrid(cVec, n, parties);
    const cells: number[][] = Array.from({ length: grid.cellCount }, () => []);
    const kept: number[] = [];
    const keptCount: number[] = [];
    let keptVec = scratch.keptVector(Math.min(n, 1024) * parties);
    let lastHit = -1;
    const low = new Int32Array(grid.dims);
    const odometer = new Int32Array(grid.dims);
    for (let q = 0; q < n; q++) {
      const c = order[q] as number;
      const cAt = c * parties;
      const weight = current.count[cParent[c] as number] as number;
      let hit = -1;
      if (lastHit >= 0 && covers(keptVec, lastHit * parties, cVec, cAt, parties)) hit = lastHit;
      else {
        for (let g = 0; g < grid.dims; g++) {
          low[g] = grid.cellOf(cVec[cAt + g] as number, g);
          odometer[g] = low[g] as number;
        }
        search: for (;;) {
          let cell = 0;
          for (let g = 0; g < grid.dims; g++) cell = cell * grid.buckets + (odometer[g] as number);
          const inCell = cells[cell] as number[];
          steps += inCell.length;
          for (const k of inCell) {
            if (covers(keptVec, k * parties, cVec, cAt, parties)) {
              hit = k;
              break search;
            }
          }
          let g = grid.dims - 1;
          while (g >= 0 && odometer[g] === grid.buckets - 1) {
            odometer[g] = low[g] as number;
            g--;
          }
          if (g < 0) break;
          odometer[g] = (odometer[g] as number) + 1;
        }
      }
      if (steps > maxSteps) throw new SearchTooLarge(maxSteps);
      if (hit >= 0) {
        lastHit = hit;
        if (sameVector(keptVec, hit * parties, cVec, cAt, parties))
          keptCount[hit] = (keptCount[hit] as number) + weight;
        continue;
      }
      if ((kept.length + 1) * parties > keptVec.length) {
        keptVec = scratch.growKept(keptVec.length * 2);
      }
      const at = kept.length;
      keptVec.set(cVec.subarray(cAt, cAt + parties), at * parties);
      let cell = 0;
      for (let g = 0; g < grid.dims; g++) cell = cell * grid.buckets + grid.cellOf(cVec[cAt + g] as number, g);
      (cells[cell] as number[]).push(at);
      kept.push(c);
      keptCount.push(weight);
      if (kept.length > maxFrontier) throw new FrontierTooLarge(kept.length);
    }
    // Back into lexicographic order for the next layer (kept candidate indices are distinct and
    // below 2^22 each, so index and position pack exactly into one float and sort natively).
    const size = kept.length;
    const packed = new Float64Array(size);
    if (n < 4_194_304) {
      for (let k = 0; k < size; k++) packed[k] = (kept[k] as number) * 4_194_304 + k;
      packed.sort();
    } else {
      const positions = Array.from({ length: size }, (_, k) => k).sort(
        (a, b) => (kept[a] as number) - (kept[b] as number),
      );
      for (let k = 0; k < size; k++) {
        const position = positions[k] as number;
        packed[k] = (kept[position] as number) * 4_194_304 + position;
      }
    }
    const next: Layer = {
      vec: new Float64Array(size * parties),
      parent: new Int32Array(size),
      option: new Int32Array(size),
      count: new Float64Array(size),
      size,
    };
    for (let k = 0; k < size; k++) {
      const key = packed[k] as number;
      const c = Math.floor(key / 4_194_304);
      const position = key - c * 4_194_304;
      next.vec.set(cVec.subarray(c * parties, c * parties + parties), k * parties);
      next.parent[k] = cParent[c] as number;
      next.option[k] = cOption[c] as number;
      next.count[k] = keptCount[position] as number;
    }
    layers.push(next);
    current = next;
    largest = Math.max(largest, next.size);
    if (next.size === 0) break;
  }

  const packages: FoundPackage[] = [];
  let nashIndex = -1;
  let bestProduct = Number.NEGATIVE_INFINITY;
  if (layers.length === issues && issues > 0) {
    for (let e = 0; e < current.size; e++) {
      const choice = new Array<number>(issues);
      let idx = e;
      for (let i = issues - 1; i >= 0; i--) {
        const layer = layers[i] as Layer;
        choice[i] = layer.option[idx] as number;
        idx = layer.parent[idx] as number;
      }
      const vec = Array.from(current.vec.subarray(e * parties, e * parties + parties));
      let product = 1;
      for (let p = 0; p < parties; p++) product *= (vec[p] as number) - (disagreement[p] as number);
      packages.push({ choice, scores: vec, count: current.count[e] as number, nashProduct: product });
      if (product > bestProduct) {
        bestProduct = product;
        nashIndex = packages.length - 1;
      }
    }
  }
  return { packages, nashIndex, largestFrontier: largest };
}

/** True when vector `a` (at `aAt`) is at least vector `b` (at `bAt`) for every party. */
function covers(a: Float64Array, aAt: number, b: Float64Array, bAt: number, parties: number): boolean {
  for (let p = 0; p < parties; p++) if ((a[aAt + p] as number) < (b[bAt + p] as number)) return false;
  return true;
}

function sameVector(a: Float64Array, aAt: number, b: Float64Array, bAt: number, parties: number): boolean {
  for (let p = 0; p < parties; p++) if (a[aAt + p] !== b[bAt + p]) return false;
  return true;
}

interface Grid {
  readonly dims: number;
  readonly buckets: number;
  readonly cellCount: number;
  /** Cell index of a value in one grid dimension; non-decreasing in the value. */
  cellOf(value: number, dim: number): number;
}

/** Quantile grid over (at most six of) the parties' scores, at most 256 cells (measured best for four parties). */
function makeGrid(vec: Float64Array, n: number, parties: number): Grid {
  const dims = Math.min(parties, 6);
  const buckets = n < 64 ? 1 : Math.max(2, Math.floor(256 ** (1 / dims) + 1e-9));
  const bounds: Float64Array[] = [];
  for (let g = 0; g < dims; g++) {
    // Quantiles from an evenly spread sample: cells need not be exact, only monotone.
    const size = Math.min(n, 1024);
    const values = new Float64Array(size);
    for (let k = 0; k < size; k++) values[k] = vec[Math.floor((k * n) / size) * parties + g] as number;
    values.sort();
    const b = new Float64Array(buckets - 1);
    for (let j = 1; j < buckets; j++) b[j - 1] = values[Math.floor((j * size) / buckets)] as number;
    bounds.push(b);
  }
  return {
    dims,
    buckets,
    cellCount: buckets ** dims,
    cellOf(value, dim) {
      const b = bounds[dim] as Float64Array;
      let cell = 0;
      while (cell < b.length && value >= (b[cell] as number)) cell++;
      return cell;
    },
  };
}

/**
 * Candidate indices by descending sum, ties in index order. Integer sums (the usual case: points
 * are whole numbers) are packed with the index into one exact float and sorted natively.
 */
function sortBySumDescending(sum: Float64Array, n: number, scratch: Scratch): Uint32Array {
  const order = scratch.orderOf(n);
  const SHIFT = 4_194_304; // 2^22 indices; |sum| < 2^30 keeps the packed key exact (< 2^53)
  let packable = n < SHIFT;
  for (let k = 0; packable && k < n; k++) {
    const v = sum[k] as number;
    if (!Number.isInteger(v) || Math.abs(v) >= 1_073_741_824) packable = false;
  }
  if (packable) {
    const keys = scratch.keysOf(n);
    for (let k = 0; k < n; k++) keys[k] = -(sum[k] as number) * SHIFT + k;
    keys.sort();
    for (let k = 0; k < n; k++) {
      const key = keys[k] as number;
      order[k] = key - Math.floor(key / SHIFT) * SHIFT;
    }
    return order;
  }
  for (let k = 0; k < n; k++) order[k] = k;
  order.sort((a, b) => (sum[b] as number) - (sum[a] as number) || a - b);
  return order;
}

/** Growable buffers for one search; views of the first `n` entries are handed out. */
class Scratch {
  vec = new Float64Array(0);
  parent = new Int32Array(0);
  option = new Int32Array(0);
  sum = new Float64Array(0);
  private kept = new Float64Array(0);
  private keys = new Float64Array(0);
  private order = new Uint32Array(0);

  ensureCandidates(capacity: number, parties: number): void {
    if (this.parent.length >= capacity) return;
    const size = Math.max(capacity, this.parent.length * 2);
    this.vec = new Float64Array(size * parties);
    this.parent = new Int32Array(size);
    this.option = new Int32Array(size);
    this.sum = new Float64Array(size);
  }

  /** A buffer for kept vectors of at least `length` numbers (its contents are overwritten). */
  keptVector(length: number): Float64Array {
    if (this.kept.length < length) this.kept = new Float64Array(Math.max(length, 64));
    return this.kept;
  }

  /** The kept-vector buffer grown to `length`, keeping its contents. */
  growKept(length: number): Float64Array {
    const grown = new Float64Array(length);
    grown.set(this.kept);
    this.kept = grown;
    return grown;
  }

  keysOf(n: number): Float64Array {
    if (this.keys.length < n) this.keys = new Float64Array(Math.max(n, this.keys.length * 2));
    return this.keys.subarray(0, n);
  }

  orderOf(n: number): Uint32Array {
    if (this.order.length < n) this.order = new Uint32Array(Math.max(n, this.order.length * 2));
    return this.order.subarray(0, n);
  }
}

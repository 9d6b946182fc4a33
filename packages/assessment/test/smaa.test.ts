import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../../scripts/testSupport/typedErrors';
import { type SmaaWeightMode, smaa, smaaSample } from '../src/index';
import { tableInput } from './support/build';
import { lindewaardInput } from './support/lindewaard';
import { problem } from './support/smaaProblem';

// SMAA-2: R. Lahdelma and P. Salminen, "SMAA-2: Stochastic multicriteria acceptability analysis for
// group decision making", Operations Research 49(3), 2001, 444–454. We could not check the figures
// of a published SMAA example against its text, so these tests use closed-form cases derived here:
// each expected value is an exact probability or conditional mean; the tolerance is about five
// standard errors of the Monte Carlo estimate at the given number of samples.

const S = 40_000;
const tol = (p: number) => 5 * Math.sqrt((p * (1 - p)) / S) + 1e-9;

describe('SMAA-2 closed-form cases', () => {
  it('two criteria, weights unknown: A = (1, 0), B = (0, ½) — A best iff w₁ > ⅓', () => {
    // w₁ ~ U(0, 1) on the 2-simplex. P(A first) = ⅔; central weights E[w₁ | w₁ > ⅓] = ⅔ and
    // E[w₁ | w₁ < ⅓] = ⅙; with exact scores each variant is best at its own central weights.
    const r = smaaSample(
      problem([
        [1, 0],
        [0, 0.5],
      ]),
      { kind: 'unknown' },
      S,
      11,
    );
    expect(Math.abs((r.acceptability[0] as number) - 2 / 3)).toBeLessThan(tol(2 / 3));
    expect(Math.abs((r.acceptability[1] as number) - 1 / 3)).toBeLessThan(tol(1 / 3));
    expect(Math.abs((r.central[0] as number) - 2 / 3)).toBeLessThan(0.01);
    expect(Math.abs((r.central[2] as number) - 1 / 6)).toBeLessThan(0.01);
    expect(Array.from(r.confidence)).toEqual([1, 1]);
  });

  it('n symmetric variants, each best on its own criterion: acceptability 1/n, central weight H_n / n', () => {
    // By symmetry each variant is first with probability 1/n. Its central weight on its own criterion
    // is the mean of the largest of n uniform spacings, E[max] = (1/n)·(1 + ½ + … + 1/n).
    const n = 3;
    const rows = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, k) => (i === k ? 1 : 0)));
    const r = smaaSample(problem(rows), { kind: 'unknown' }, S, 5);
    const harmonic = (1 + 1 / 2 + 1 / 3) / 3;
    for (let i = 0; i < n; i++) {
      expect(Math.abs((r.firstRank[i] as number) - 1 / n)).toBeLessThan(tol(1 / n));
      expect(Math.abs((r.central[i * n + i] as number) - harmonic)).toBeLessThan(0.01);
    }
  });

  it('ranked weights w₁ ≥ w₂: A = (0.6, 0), B = (0, 1) — A best iff w₁ > 0.625, w₁ ~ U(½, 1)', () => {
    // P(A first) = (1 − 0.625) / ½ = 0.75; E[w₁ | A first] = 0.8125; E[w₁ | B first] = 0.5625.
    const r = smaaSample(
      problem([
        [0.6, 0],
        [0, 1],
      ]),
      { kind: 'ranked', order: Int32Array.of(0, 1), groupEnd: Int32Array.of(1, 2) },
      S,
      3,
    );
    expect(Math.abs((r.firstRank[0] as number) - 0.75)).toBeLessThan(tol(0.75));
    expect(Math.abs((r.central[0] as number) - 0.8125)).toBeLessThan(0.01);
    expect(Math.abs((r.central[2] as number) - 0.5625)).toBeLessThan(0.01);
  });

  it('uncertain scores, one criterion: A ~ U(0, 1), B ~ U(½, 1½) — P(A > B) = ⅛', () => {
    // A beats B only when both fall in [½, 1] (probability ¼) and then half the time: ⅛. The
    // confidence factor (one criterion: central weight 1) estimates the same probability.
    const r = smaaSample(problem([[[0, 1]], [[0.5, 1.5]]]), { kind: 'unknown' }, S, 17);
    expect(Math.abs((r.firstRank[0] as number) - 1 / 8)).toBeLessThan(tol(1 / 8));
    expect(Math.abs((r.confidence[0] as number) - 1 / 8)).toBeLessThan(tol(1 / 8));
    expect(Math.abs((r.confidence[1] as number) - 7 / 8)).toBeLessThan(tol(7 / 8));
  });

  it('a strictly dominated variant is never first', () => {
    const r = smaaSample(
      problem([
        [0.9, 0.8, 0.7],
        [0.5, 0.7, 0.6],
        [0.2, 0.95, 0.1],
      ]),
      { kind: 'unknown' },
      5000,
      1,
    );
    expect(r.firstRank[1]).toBe(0);
    expect(Number.isNaN(r.confidence[1] as number)).toBe(true);
  });
});

describe('SMAA-2 invariants (property tests)', () => {
  const table = fc.integer({ min: 2, max: 6 }).chain((m) =>
    fc.integer({ min: 1, max: 5 }).chain((n) =>
      fc.array(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n }), {
        minLength: m,
        maxLength: m,
      }),
    ),
  );
  it('rank acceptabilities sum to 1 per variant and per rank; central weights sum to 1', () => {
    fc.assert(
      fc.property(table, fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.boolean(), (rows, seed, uncertain) => {
        const cells = rows.map((row) =>
          row.map((x): number | [number, number] => (uncertain ? [x * 0.8, x * 0.8 + 0.2] : x)),
        );
        const p = problem(cells);
        const r = smaaSample(p, { kind: 'unknown' }, 500, seed);
        const m = p.m;
        for (let i = 0; i < m; i++) {
          let perVariant = 0;
          let perRank = 0;
          for (let j = 0; j < m; j++) {
            perVariant += r.acceptability[i * m + j] as number;
            perRank += r.acceptability[j * m + i] as number;
          }
          expect(perVariant).toBeCloseTo(1, 12);
          expect(perRank).toBeCloseTo(1, 12);
          if ((r.firstRank[i] as number) > 0) {
            const cw = Array.from(r.central.subarray(i * p.n, (i + 1) * p.n));
            expect(cw.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 9);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
  it('is deterministic for a seed and differs between seeds', () => {
    const p = problem([
      [[0.2, 0.6], 0.5],
      [0.4, [0.1, 0.9]],
      [0.3, 0.3],
    ]);
    const a = smaaSample(p, { kind: 'unknown' }, 2000, 99);
    const b = smaaSample(p, { kind: 'unknown' }, 2000, 99);
    const c = smaaSample(p, { kind: 'unknown' }, 2000, 100);
    expect(Array.from(a.acceptability)).toEqual(Array.from(b.acceptability));
    expect(Array.from(a.acceptability)).not.toEqual(Array.from(c.acceptability));
  });
});

describe('SMAA on an assessment input', () => {
  it('runs on the Lindewaard variants with every kind of score uncertainty, ranked weights and the core result shape', () => {
    const result = smaa(lindewaardInput(), {
      samples: 5000,
      seed: 2027,
      weights: { kind: 'ranked' },
      sampleScores: true,
    });
    expect(result.variants.map((v) => v.variantId)).toEqual(['variant-a', 'variant-c']);
    for (const v of result.variants) expect(v.rankAcceptability.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
    const first = result.variants.map((v) => v.rankAcceptability[0] as number);
    expect(first.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
  });
  it('needs a priorityRank on every criterion for ranked weights', () => {
    expect(() =>
      smaa(
        tableInput({
          values: [
            [1, 2],
            [2, 1],
          ],
        }),
        { samples: 100, seed: 1, weights: { kind: 'ranked' }, sampleScores: false },
      ),
    ).toThrow(/priorityRank/);
  });
  it('with exact weights and exact scores reduces to the weighted sum', () => {
    const input = tableInput({
      values: [
        [1, 0],
        [0, 1],
        [0.5, 0.5],
      ],
      weights: [0.7, 0.3],
    });
    const r = smaa(input, { samples: 200, seed: 1, weights: { kind: 'exact' }, sampleScores: false });
    expect(r.variants[0]?.rankAcceptability[0]).toBe(1);
    expect(r.variants[0]?.confidenceFactor).toBe(1);
  });
});

describe('smaaSample checks its arguments', () => {
  const p = () =>
    problem([
      [0.2, 0.8, 0.5],
      [0.6, 0.4, 0.5],
    ]);
  const unknown = { kind: 'unknown' } as const;

  it('rejects a problem whose arrays do not fit m × n, or hold a value that is not finite', () => {
    expect(errorOf(() => smaaSample({ ...p(), m: 3 }, unknown, 100, 1))).toEqual({
      code: 'invalid_argument',
      path: ['problem', 'base'],
    });
    expect(errorOf(() => smaaSample({ ...p(), n: 0 }, unknown, 100, 1)).path).toEqual(['problem', 'n']);
    const base = p().base.slice();
    base[4] = Number.NaN;
    expect(errorOf(() => smaaSample({ ...p(), base }, unknown, 100, 1))).toEqual({
      code: 'not_a_finite_number',
      path: ['problem', 'base', 4],
    });
    const widthU = p().widthU.slice();
    widthU[0] = Number.POSITIVE_INFINITY;
    expect(errorOf(() => smaaSample({ ...p(), widthU }, unknown, 100, 1)).path).toEqual(['problem', 'widthU', 0]);
    expect(
      errorOf(() =>
        smaaSample({ ...p(), lowU: [0.2, 0.8, 0.5, 0.6, 0.4, 0.5] as unknown as Float64Array }, unknown, 100, 1),
      ).path,
    ).toEqual(['problem', 'lowU']);
  });

  it('rejects weights that do not fit the criteria', () => {
    const exact = (w: number[]) => ({ kind: 'exact', weights: Float64Array.from(w) }) as const;
    expect(errorOf(() => smaaSample(p(), exact([0.5, 0.5]), 100, 1)).path).toEqual(['weights', 'weights']);
    expect(errorOf(() => smaaSample(p(), exact([0.5, -0.1, 0.6]), 100, 1)).path).toEqual(['weights', 'weights', 1]);
    expect(errorOf(() => smaaSample(p(), exact([0, 0, 0]), 100, 1)).path).toEqual(['weights', 'weights']);
    const ranked = (order: number[], groupEnd: number[]) =>
      ({ kind: 'ranked', order: Int32Array.from(order), groupEnd: Int32Array.from(groupEnd) }) as const;
    expect(errorOf(() => smaaSample(p(), ranked([0, 0, 2], [3]), 100, 1)).path).toEqual(['weights', 'order', 1]);
    expect(errorOf(() => smaaSample(p(), ranked([2, 0, 1], [2]), 100, 1)).path).toEqual(['weights', 'groupEnd']);
    expect(errorOf(() => smaaSample(p(), ranked([2, 0, 1], [2, 2, 3]), 100, 1)).path).toEqual([
      'weights',
      'groupEnd',
      1,
    ]);
    expect(errorOf(() => smaaSample(p(), { kind: 'guessed' } as unknown as SmaaWeightMode, 100, 1)).path).toEqual([
      'weights',
      'kind',
    ]);
    // the same problem with valid ranked weights runs
    expect(smaaSample(p(), ranked([2, 0, 1], [1, 3]), 100, 1).firstRank.length).toBe(2);
  });

  it('answers NaN in a sampled cell with not_a_finite_number at that cell', () => {
    const cells = 6;
    const general = (kind: number) => ({
      kind: new Uint8Array(cells).fill(kind),
      a: new Float64Array(3),
      b: new Float64Array(3).fill(1),
      low: new Float64Array(cells),
      mode: new Float64Array(cells).fill(0.5),
      high: new Float64Array(cells).fill(1),
      sd: new Float64Array(cells).fill(0.1),
      steps: new Float64Array(0),
    });
    const triangular = general(2);
    expect(smaaSample({ ...p(), general: triangular, uncertain: true }, unknown, 50, 1).firstRank.length).toBe(2);
    triangular.mode[1] = Number.NaN;
    expect(errorOf(() => smaaSample({ ...p(), general: triangular, uncertain: true }, unknown, 50, 1))).toEqual({
      code: 'not_a_finite_number',
      path: ['problem', 'general', 'mode', 1],
    });
    const normal = general(3);
    normal.sd[4] = Number.POSITIVE_INFINITY;
    expect(errorOf(() => smaaSample({ ...p(), general: normal, uncertain: true }, unknown, 50, 1))).toEqual({
      code: 'not_a_finite_number',
      path: ['problem', 'general', 'sd', 4],
    });
  });

  it('rejects a number of samples or a seed out of range, and leaves its arguments unchanged', () => {
    const q = p();
    const before = [Array.from(q.base), Array.from(q.lowU), Array.from(q.widthU)];
    expect(errorOf(() => smaaSample(q, unknown, 0, 1)).path).toEqual(['samples']);
    expect(errorOf(() => smaaSample(q, unknown, 10.5, 1)).path).toEqual(['samples']);
    expect(errorOf(() => smaaSample(q, unknown, 100, -1)).path).toEqual(['seed']);
    expect(errorOf(() => smaaSample(q, unknown, 100, 2 ** 32)).path).toEqual(['seed']);
    expect(errorOf(() => smaaSample(q, unknown, 10.5, 1)).code).toBe('invalid_argument');
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(errorOf(() => smaaSample(q, unknown, bad, 1))).toEqual({ code: 'not_a_finite_number', path: ['samples'] });
      expect(errorOf(() => smaaSample(q, unknown, 100, bad))).toEqual({ code: 'not_a_finite_number', path: ['seed'] });
    }
    expect([Array.from(q.base), Array.from(q.lowU), Array.from(q.widthU)]).toEqual(before);
  });
});

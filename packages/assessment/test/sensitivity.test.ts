import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weightedSum, weightSensitivity } from '../src/index';
import { tableInput } from './support/build';

// Triantaphyllou & Sánchez, "A sensitivity analysis approach for some deterministic multi-criteria
// decision-making methods", Decision Sciences 28(1), 1997, 151–194: for the weighted sum model the
// smallest change δ of weight W_k that makes A_j tie with the top alternative A_t is
// δ = (P_t − P_j) / (a_tk − a_jk), feasible when W_k − δ ≥ 0; weights are renormalised after the
// change, which does not alter the ranking. We could not check the figures of their numerical
// example against the paper's text, so the test applies their formula to a table whose min–max
// normalisation is the identity (every column runs from 0 to 1), and compares with the SDK.

const table = [
  [1, 0, 0.4], // A
  [0, 1, 0], // B
  [0.5, 0.5, 1], // C
];
const W = [0.5, 0.3, 0.2];

function trianta() {
  const P = table.map((row) => row.reduce((s, a, k) => s + a * (W[k] as number), 0));
  const t = P.indexOf(Math.max(...P));
  return W.map((wk, k) => {
    const changes = table
      .map((row, j) => {
        if (j === t) return undefined;
        const delta = ((P[t] as number) - (P[j] as number)) / ((table[t]?.[k] as number) - (row[k] as number));
        if (!Number.isFinite(delta) || wk - delta < 0 || wk - delta > 1) return undefined;
        return { j, newWeight: (wk - delta) / (1 - delta) };
      })
      .filter((x) => x !== undefined);
    const closest = changes.sort((x, y) => Math.abs(x.newWeight - wk) - Math.abs(y.newWeight - wk))[0];
    return { top: t, closest, relative: closest ? Math.abs(closest.newWeight - wk) / wk : undefined };
  });
}

describe('weight sensitivity (Triantaphyllou & Sánchez 1997)', () => {
  const input = tableInput({ values: table, weights: W, variantIds: ['A', 'B', 'C'] });
  const result = weightSensitivity(input, { steps: 11 });
  const expected = trianta();

  it('finds for every criterion the weight at which the top changes, as their formula does', () => {
    expect(result.topVariantId).toBe('C');
    result.criteria.forEach((c, k) => {
      const e = expected[k];
      const change =
        c.increase && c.decrease
          ? Math.abs(c.increase.delta) < Math.abs(c.decrease.delta)
            ? c.increase
            : c.decrease
          : (c.increase ?? c.decrease);
      expect(change?.newWeight).toBeCloseTo(e?.closest?.newWeight as number, 12);
      expect(change?.newTopVariantId).toBe(['A', 'B', 'C'][e?.closest?.j as number]);
      expect(c.relativeChange).toBeCloseTo(e?.relative as number, 12);
    });
  });

  it('names the most critical criterion: the smallest relative change (their "percent-top")', () => {
    const smallest = expected
      .map((e, k) => ({ k, r: e.relative ?? Number.POSITIVE_INFINITY }))
      .sort((a, b) => a.r - b.r)[0];
    expect(result.mostCriticalCriterionId).toBe(`c${smallest?.k}`);
  });

  it('gives sweeps as chart data whose points agree with the weighted sum at those weights', () => {
    const sweep = result.sweeps[1];
    expect(sweep?.points).toHaveLength(11);
    const at = sweep?.points[4];
    const scaled = W.map((w, k) => (k === 1 ? (at?.weight as number) : (w * (1 - (at?.weight as number))) / (1 - 0.3)));
    const direct = weightedSum(tableInput({ values: table, weights: scaled, variantIds: ['A', 'B', 'C'] }));
    for (const s of at?.scores ?? [])
      expect(s.score).toBeCloseTo(direct.find((d) => d.variantId === s.variantId)?.value as number, 12);
  });

  it('reports a change of zero when another variant already ties with the top', () => {
    // A = (0, 75), B = (23, 0) with equal weights: after min–max both score ½
    const s = weightSensitivity(
      tableInput({
        values: [
          [0, 75],
          [23, 0],
          [1, 0],
        ],
        weights: [1, 1],
      }),
      { steps: 3 },
    );
    expect(s.criteria[0]?.increase).toMatchObject({ delta: 0, newTopVariantId: 'v1' });
    expect(s.criteria[0]?.smallestChange).toBe(0);
  });

  it('names the variant that leads just beyond a crossing where several variants tie at once', () => {
    // Found by the property below: with min–max normalisation v0, v1 and v2 all tie at the same
    // weight of criterion 0 (about 0.8634); beyond it v2 leads, because its score grows fastest.
    const values = [
      [84, 94],
      [91, 52],
      [99, 4],
      [0, 0],
    ];
    const s = weightSensitivity(tableInput({ values, weights: [1, 1] }), { steps: 3 });
    expect(s.topVariantId).toBe('v0');
    expect(s.criteria[0]?.increase?.newTopVariantId).toBe('v2');
    expect(s.criteria[1]?.decrease?.newTopVariantId).toBe('v2');
    const beyond = weightedSum(tableInput({ values, weights: [0.87, 0.13] }));
    expect(beyond.find((r) => r.rank === 1)?.variantId).toBe('v2');
  });

  it('is exact: just before the reported weight the top holds, just beyond it changes (random tables)', () => {
    const arb = fc.integer({ min: 2, max: 5 }).chain((m) =>
      fc.integer({ min: 2, max: 4 }).chain((n) =>
        fc.tuple(
          fc.array(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: n, maxLength: n }), {
            minLength: m,
            maxLength: m,
          }),
          fc.array(fc.integer({ min: 1, max: 10 }), { minLength: n, maxLength: n }),
        ),
      ),
    );
    fc.assert(
      fc.property(arb, ([values, rawW]) => {
        const input = tableInput({ values, weights: rawW });
        const s = weightSensitivity(input, { steps: 3 });
        const w0 = input.afwegingskader.criteria.map((c) => c.weight as number);
        for (const [k, c] of s.criteria.entries()) {
          for (const change of [c.increase, c.decrease]) {
            if (!change) continue;
            const probe = (wNew: number) => {
              const w = w0.map((x, l) => (l === k ? wNew : (x * (1 - wNew)) / (1 - (w0[k] as number))));
              const r = weightedSum(tableInput({ values, weights: w.map((x) => Math.max(x, 0)) }));
              return r;
            };
            const eps = 1e-7 * Math.sign(change.delta);
            const beyond = probe(Math.min(1, Math.max(0, change.newWeight + eps)));
            const winner = beyond.find((r) => r.variantId === change.newTopVariantId);
            expect(winner?.rank).toBe(1);
            // just before the reported weight (on the side of the current weight) the top is unchanged
            if (Math.abs(change.delta) > 1e-5) {
              const before = probe(change.newWeight - eps);
              expect(before.find((r) => r.variantId === s.topVariantId)?.rank).toBe(1);
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

import { type AhpComparison, GebiedsgerichtError } from '@gebiedsgericht/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catchOf } from '../../../scripts/testSupport/typedErrors';
import { applyWeights, deriveAhpWeights, SAATY_RANDOM_INDEX } from '../src/index';
import { lindewaardInput } from './support/lindewaard';

const comparison = (criterionIds: string[], matrix: number[][]): AhpComparison => ({
  kind: 'ahpComparison',
  schemaVersion: 2,
  id: 'ahp',
  criterionIds,
  matrix,
});

describe('AHP weights (Saaty)', () => {
  it("reproduces Saaty's house-buying example: λmax 9.669, CI 0.238, CR 0.169", () => {
    // Source: T.L. Saaty, "How to make a decision: The Analytic Hierarchy Process", European Journal
    // of Operational Research 48 (1990) 9–26, the example of a family buying a house, eight criteria
    // (size, transportation, neighbourhood, age, yard, modern facilities, general condition,
    // financing). Published: λmax = 9.669, C.I. = 0.238, C.R. = 0.169 (with RI = 1.41 for n = 8).
    // The matrix is the paper's, as transcribed in LINDO Systems' model "AnaHierProc02" that cites
    // the paper. The paper's priority vector could not be checked against its text here, so the
    // weights are checked by the defining property instead (A·w = λmax·w).
    const A = [
      [1, 5, 3, 7, 6, 6, 1 / 3, 1 / 4],
      [1 / 5, 1, 1 / 3, 5, 3, 3, 1 / 5, 1 / 7],
      [1 / 3, 3, 1, 6, 3, 4, 6, 1 / 5],
      [1 / 7, 1 / 5, 1 / 6, 1, 1 / 3, 1 / 4, 1 / 7, 1 / 8],
      [1 / 6, 1 / 3, 1 / 3, 3, 1, 1 / 2, 1 / 5, 1 / 6],
      [1 / 6, 1 / 3, 1 / 4, 4, 2, 1, 1 / 5, 1 / 6],
      [3, 5, 1 / 6, 7, 5, 5, 1, 1 / 2],
      [4, 7, 5, 8, 6, 6, 2, 1],
    ];
    const ids = ['size', 'transport', 'neighbourhood', 'age', 'yard', 'modern', 'condition', 'financing'];
    const r = deriveAhpWeights(comparison(ids, A));
    expect(r.lambdaMax).toBeCloseTo(9.669, 3);
    expect(r.consistencyIndex).toBeCloseTo(0.238, 3);
    expect(r.randomIndex).toBe(1.41);
    expect(r.consistencyRatio).toBeCloseTo(0.169, 3);
    expect(r.consistent).toBe(false);
    const w = r.weights.map((x) => x.weight);
    expect(w.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
    for (let i = 0; i < 8; i++) {
      const row = A[i] as number[];
      const aw = row.reduce((s, a, j) => s + a * (w[j] as number), 0);
      expect(aw).toBeCloseTo(r.lambdaMax * (w[i] as number), 9);
    }
    expect(r.weights.reduce((best, x) => (x.weight > best.weight ? x : best)).criterionId).toBe('financing');
  });

  it('recovers the weights exactly from a consistent matrix (closed form: a_ij = w_i / w_j, λmax = n, CR = 0)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.05, max: 10, noNaN: true }), { minLength: 3, maxLength: 10 }), (raw) => {
        const total = raw.reduce((s, x) => s + x, 0);
        const w = raw.map((x) => x / total);
        const A = w.map((wi) => w.map((wj) => wi / wj));
        const r = deriveAhpWeights(
          comparison(
            w.map((_, i) => `c${i}`),
            A,
          ),
        );
        r.weights.forEach((x, i) => {
          expect(x.weight).toBeCloseTo(w[i] as number, 9);
        });
        expect(r.lambdaMax).toBeCloseTo(w.length, 9);
        expect(Math.abs(r.consistencyRatio)).toBeLessThan(1e-9);
        expect(r.consistent).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it("uses Saaty's random index table (Saaty 1980) for n = 1…10", () => {
    expect(SAATY_RANDOM_INDEX).toEqual([0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49]);
    expect(
      deriveAhpWeights(
        comparison(
          ['a', 'b'],
          [
            [1, 3],
            [1 / 3, 1],
          ],
        ),
      ).weights.map((x) => x.weight),
    ).toEqual([expect.closeTo(0.75, 12), expect.closeTo(0.25, 12)]);
  });

  it('rejects a matrix that is not reciprocal: invalid_input, with the cell written wrongly in issues', () => {
    const reject = (matrix: number[][]) => {
      const e = catchOf(() => deriveAhpWeights(comparison(['a', 'b', 'c'], matrix)));
      expect(e).toBeInstanceOf(GebiedsgerichtError);
      const error = e as GebiedsgerichtError;
      // pairwise_not_reciprocal is the code of an issue, not of the error itself
      expect(error.code).toBe('invalid_input');
      expect(error.path).toEqual(['comparison']);
      expect(error.issues).toHaveLength(1);
      expect(error.issues[0]?.code).toBe('pairwise_not_reciprocal');
      return error.issues[0]?.path;
    };
    // 3 below the diagonal should have been 1/3: a→c→b (5 · 0.5 = 2.5) backs a[0][1] = 3, while
    // b→c→a (2 · 0.2 = 0.4) contradicts a[1][0] = 3.
    expect(
      reject([
        [1, 3, 5],
        [3, 1, 2],
        [0.2, 0.5, 1],
      ]),
    ).toEqual(['comparison', 'matrix', 1, 0]);
    // 7 above the diagonal disagrees with a→c→b = 2.5; its mirror 1/3 agrees with b→c→a = 0.4.
    expect(
      reject([
        [1, 7, 5],
        [1 / 3, 1, 2],
        [0.2, 0.5, 1],
      ]),
    ).toEqual(['comparison', 'matrix', 0, 1]);
    // With two criteria nothing else tells which cell is wrong: the judgement above the diagonal.
    const two = catchOf(() =>
      deriveAhpWeights(
        comparison(
          ['a', 'b'],
          [
            [1, 3],
            [3, 1],
          ],
        ),
      ),
    ) as GebiedsgerichtError;
    expect(two.issues[0]).toMatchObject({ code: 'pairwise_not_reciprocal', path: ['comparison', 'matrix', 0, 1] });
  });

  it('refuses more criteria than the random-index table covers', () => {
    const n = 11;
    const A = Array.from({ length: n }, () => new Array<number>(n).fill(1));
    expect(() => deriveAhpWeights({ ...comparison([], A), criterionIds: A.map((_, i) => `c${i}`) })).toThrow(
      GebiedsgerichtError,
    );
  });

  it('puts derived weights on the framework without changing the given one', () => {
    const frame = lindewaardInput().afwegingskader;
    const before = JSON.stringify(frame);
    const equal = frame.criteria.map((c) => ({ criterionId: c.id, weight: 1 / frame.criteria.length }));
    const next = applyWeights(frame, equal);
    expect(next.criteria.every((c) => Math.abs((c.weight ?? 0) - 1 / 7) < 1e-12)).toBe(true);
    expect(JSON.stringify(frame)).toBe(before);
    expect(() => applyWeights(frame, equal.slice(1))).toThrow(GebiedsgerichtError);
  });
});

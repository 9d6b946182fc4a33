import {
  type AdjustedWinnerInput,
  AdjustedWinnerResultSchema,
  isGebiedsgerichtError,
  validate,
} from '@gebiedsgericht/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adjustedWinner } from '../src/index';

function input(items: string[], a: number[], b: number[]): AdjustedWinnerInput {
  return {
    kind: 'adjustedWinnerInput',
    schemaVersion: 2,
    id: 'aw',
    items: items.map((id) => ({ id, title: id })),
    parties: [
      { partyId: 'a', name: 'A', points: Object.fromEntries(items.map((id, i) => [id, a[i] as number])) },
      { partyId: 'b', name: 'B', points: Object.fromEntries(items.map((id, i) => [id, b[i] as number])) },
    ],
  };
}

describe('Adjusted Winner: published worked example', () => {
  // Source: the divorce of Bob and Carol on the Adjusted Winner site of New York University
  // (pages.nyu.edu/adjustedwinner, "AW Procedure"), whose examples come from Brams, S.J. and
  // Taylor, A.D., The Win-Win Solution (W.W. Norton, 1999) and Fair Division (Cambridge UP, 1996).
  // Published points (Carol / Bob): retirement account 50/40, home 20/30, summer cottage 15/10,
  // investments 10/10, other 5/10. Published steps: Carol wins retirement and cottage (65), Bob
  // home and other (40); the tied investments go to Bob "because Bob trails Carol"; then items
  // move from Carol in order of ratio. The split that follows (retirement account 5/6 to Carol,
  // 1/6 to Bob, 170/3 ≈ 56.67 points each) is derived here from those published steps.
  const divorce: AdjustedWinnerInput = {
    kind: 'adjustedWinnerInput',
    schemaVersion: 2,
    id: 'bob-carol',
    items: [
      { id: 'retirement', title: 'Retirement account' },
      { id: 'home', title: 'Home' },
      { id: 'cottage', title: 'Summer cottage' },
      { id: 'investments', title: 'Investments' },
      { id: 'other', title: 'Other' },
    ],
    parties: [
      { partyId: 'carol', name: 'Carol', points: { retirement: 50, home: 20, cottage: 15, investments: 10, other: 5 } },
      { partyId: 'bob', name: 'Bob', points: { retirement: 40, home: 30, cottage: 10, investments: 10, other: 10 } },
    ],
  };

  it('follows the published steps: initial winners, the tie rule, and the split of the retirement account', () => {
    const r = validate(AdjustedWinnerResultSchema, adjustedWinner(divorce));
    const winner = Object.fromEntries(r.allocations.map((a) => [a.itemId, a.initialWinnerId]));
    expect(winner).toEqual({ retirement: 'carol', home: 'bob', cottage: 'carol', investments: 'bob', other: 'bob' });
    expect(r.totals.map((t) => t.initialPoints)).toEqual([65, 50]);
    expect(r.splitItemId).toBe('retirement');
    const retirement = r.allocations.find((a) => a.itemId === 'retirement');
    expect(retirement?.shares[0]?.fraction).toBeCloseTo(5 / 6, 12);
    expect(retirement?.shares[1]?.fraction).toBeCloseTo(1 / 6, 12);
    expect(r.totals[0]?.finalPoints).toBeCloseTo(170 / 3, 10);
    expect(r.totals[1]?.finalPoints).toBeCloseTo(170 / 3, 10);
  });
});

/** Two-party points over n items, each summing to exactly 100 (integers). */
const pointsArb = fc.integer({ min: 1, max: 8 }).chain((n) => {
  const vector = fc
    .array(fc.integer({ min: 0, max: 20 }), { minLength: n, maxLength: n })
    .filter((w) => w.some((x) => x > 0))
    .map((w) => {
      const total = w.reduce((s, x) => s + x, 0);
      const p = w.map((x) => Math.floor((x * 100) / total));
      let rest = 100 - p.reduce((s, x) => s + x, 0);
      for (let i = 0; rest > 0; i = (i + 1) % n) {
        if ((w[i] as number) > 0) {
          p[i] = (p[i] as number) + 1;
          rest--;
        }
      }
      return p;
    });
  return fc.record({ n: fc.constant(n), a: vector, b: vector });
});

function worth(points: number[], fractions: number[]) {
  return points.reduce((s, v, i) => s + v * (fractions[i] as number), 0);
}

describe('Adjusted Winner: properties (Brams and Taylor 1996, ch. 4)', () => {
  it('is equitable, has at most one split item, is envy-free and efficient', () => {
    fc.assert(
      fc.property(
        pointsArb,
        fc.array(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 8, maxLength: 8 }), {
          maxLength: 20,
        }),
        ({ n, a, b }, alternatives) => {
          const items = Array.from({ length: n }, (_, i) => `item${i}`);
          const r = adjustedWinner(input(items, a, b));
          const toA = r.allocations.map((x) => x.shares[0]?.fraction as number);
          const toB = toA.map((f) => 1 - f);
          const va = worth(a, toA);
          const vb = worth(b, toB);
          // Equitable: equal points after the adjustment, and the reported totals are the real ones.
          expect(Math.abs(va - vb)).toBeLessThan(1e-9);
          expect(r.totals[0]?.finalPoints).toBeCloseTo(va, 9);
          expect(r.totals[1]?.finalPoints).toBeCloseTo(vb, 9);
          // At most one item is split.
          expect(toA.filter((f) => f > 0 && f < 1).length).toBeLessThanOrEqual(1);
          // Envy-free: each values its own share at least as much as the other's.
          expect(va).toBeGreaterThanOrEqual(worth(a, toB) - 1e-9);
          expect(vb).toBeGreaterThanOrEqual(worth(b, toA) - 1e-9);
          // Efficient: no other division is better for one and at least as good for the other.
          for (const alt of alternatives) {
            const altA = items.map((_, i) => alt[i] as number);
            const ua = worth(a, altA);
            const ub = worth(
              b,
              altA.map((f) => 1 - f),
            );
            expect(ua >= va + 1e-7 && ub >= vb - 1e-9).toBe(false);
            expect(ub >= vb + 1e-7 && ua >= va - 1e-9).toBe(false);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('gives tied items to the party with fewer points from the untied items', () => {
    const r = adjustedWinner(input(['x', 'y', 'z'], [60, 30, 10], [20, 70, 10]));
    // Untied: a wins x (60), b wins y (70); a trails, so the tied z goes to a first.
    expect(r.allocations.find((x) => x.itemId === 'z')?.initialWinnerId).toBe('a');
  });
});

describe('Adjusted Winner: bad input', () => {
  const codes = (value: unknown) => {
    try {
      adjustedWinner(value);
    } catch (e) {
      if (isGebiedsgerichtError(e)) return e.issues.map((i) => i.code);
      throw e;
    }
    return [];
  };

  it('rejects points that do not sum to 100', () => {
    expect(codes(input(['x', 'y'], [60, 39], [50, 50]))).toEqual(['points_do_not_sum_to_100']);
  });

  it('rejects points for unknown items and missing points', () => {
    const bad = input(['x', 'y'], [60, 40], [50, 50]);
    (bad.parties[1] as { points: Record<string, number> }).points = { x: 50, q: 50 };
    const found = codes(bad);
    expect(found).toContain('unknown_item');
    expect(found).toContain('missing_points');
  });

  it('rejects anything but exactly two parties', () => {
    const bad = input(['x'], [100], [100]);
    expect(codes({ ...bad, parties: [bad.parties[0]] })).toContain('too_small');
    expect(codes({ ...bad, parties: [] })).toContain('too_small');
  });
});

import type { AssessmentInput } from '@gebiedsgericht/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prometheeII, rankVariants, weightedSum } from '../src/index';
import { tableInput } from './support/build';

const dims = fc.record({ m: fc.integer({ min: 2, max: 6 }), n: fc.integer({ min: 1, max: 5 }) });
const tableArb = dims.chain(({ m, n }) =>
  fc.record({
    values: fc.array(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: n, maxLength: n }), {
      minLength: m,
      maxLength: m,
    }),
    weights: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: n, maxLength: n }),
    directions: fc.array(fc.constantFrom('benefit' as const, 'cost' as const), { minLength: n, maxLength: n }),
    normalisation: fc.constantFrom('min_max' as const, 'max' as const),
    method: fc.constantFrom('weighted_sum', 'promethee2', 'priority_order'),
  }),
);

function build(t: {
  values: number[][];
  weights: number[];
  directions: ('benefit' | 'cost')[];
  normalisation: 'min_max' | 'max';
  method: string;
}): AssessmentInput {
  const input = tableInput({
    values: t.values,
    weights: t.weights,
    directions: t.directions,
    normalisation: t.normalisation,
    method: t.method === 'promethee2' ? { method: 'promethee2', preferences: [] } : { method: 'weighted_sum' },
  });
  if (t.method === 'priority_order') {
    const ids = input.afwegingskader.criteria.map((c) => c.id);
    input.afwegingskader.priorityOrders = [
      { id: 'po', name: { nl: 'Volgorde', en: 'Order' }, levels: ids.map((id) => [id]), use: 'before_weights' },
    ];
    input.priorityOrderId = 'po';
  }
  return input;
}

const rankOf = (ranking: { variantId: string; rank: number }[], id: string) =>
  ranking.find((r) => r.variantId === id)?.rank as number;

describe('invariants of every ranking method', () => {
  it('a dominated variant never ranks above its dominator', () => {
    fc.assert(
      fc.property(tableArb, fc.nat(), fc.nat(), (t, pick, bump) => {
        // make variant 1 dominated by variant 0: no better anywhere, strictly worse on one criterion
        const n = t.values[0]?.length as number;
        const k0 = pick % n;
        const dominated = (t.values[0] as number[]).map((x, k) => {
          const worse = k === k0 ? 1 + (bump % 5) : bump % 2;
          return t.directions[k] === 'benefit' ? x - worse : x + worse;
        });
        const values = [t.values[0] as number[], dominated, ...t.values.slice(2)];
        const ranking = rankVariants(build({ ...t, values }));
        expect(rankOf(ranking, 'v0')).toBeLessThanOrEqual(rankOf(ranking, 'v1'));
      }),
      { numRuns: 300 },
    );
  });

  it('the ranking does not change when a criterion is measured in another unit (positive scaling)', () => {
    fc.assert(
      fc.property(tableArb, fc.nat(), fc.constantFrom(0.001, 0.5, 3, 1000), (t, pick, factor) => {
        const n = t.values[0]?.length as number;
        const k0 = pick % n;
        const scaled = t.values.map((row) => row.map((x, k) => (k === k0 ? x * factor : x)));
        // PROMETHEE's thresholds are in the criterion's unit; with the usual function there are none
        const before = rankVariants(build(t)).map((r) => [r.variantId, r.rank]);
        const after = rankVariants(build({ ...t, values: scaled })).map((r) => [r.variantId, r.rank]);
        expect(new Map(after as [string, number][])).toEqual(new Map(before as [string, number][]));
      }),
      { numRuns: 300 },
    );
  });

  it('weighted sum and PROMETHEE II with one criterion both order by that criterion', () => {
    const input = tableInput({ values: [[3], [1], [2]] });
    expect(weightedSum(input).map((r) => r.variantId)).toEqual(['v0', 'v2', 'v1']);
    expect(prometheeII(input).ranking.map((r) => r.variantId)).toEqual(['v0', 'v2', 'v1']);
  });
});

import type { PreferenceFunction } from '@gebiedsgericht/core';
import { describe, expect, it } from 'vitest';
import { preferenceDegree, prometheeFlows, prometheeII } from '../src/index';
import { tableInput } from './support/build';

describe('PROMETHEE: published example', () => {
  // Source: J.P. Brans, Ph. Vincke and B. Mareschal, "How to select and how to rank projects: The
  // PROMETHEE method", European Journal of Operational Research 24 (1986) 228–238, the numerical
  // example with six alternatives a1…a6, six criteria f1…f6 of equal weight, each with another
  // generalised criterion. Evaluation table, parameters, preference indices π(a, b) and the
  // (unnormalised) flows as transcribed in the test suite of github.com/eabohorquezg/ProjectMCDM
  // (test/test/NewEmptyJUnitTest.java); we recomputed them independently before using them.
  // The paper uses the 1985 parameterisation: type IV (level) with q and p means "½ between q and
  // q + p", type V (linear) with s and r means "linear from s to s + r". In the SDK's (Brans &
  // Mareschal 2005) convention that is level q = 1, p = 6 and linear q = 5, p = 50.
  const fns: PreferenceFunction[] = [
    { type: 'u_shape', q: 10 }, // f1, min, type II
    { type: 'v_shape', p: 30 }, // f2, max, type III
    { type: 'linear', q: 5, p: 50 }, // f3, min, type V (s = 5, r = 45)
    { type: 'level', q: 1, p: 6 }, // f4, min, type IV (q = 1, p = 5)
    { type: 'usual' }, // f5, min, type I
    { type: 'gaussian', s: 5 }, // f6, max, type VI (σ = 5)
  ];
  const directions = ['cost', 'benefit', 'cost', 'cost', 'cost', 'benefit'] as const;
  const byCriterion = [
    [80, 65, 83, 40, 52, 94],
    [90, 58, 60, 80, 72, 96],
    [60, 20, 40, 100, 60, 70],
    [5.4, 9.7, 7.2, 7.5, 2, 3.6],
    [8, 1, 4, 7, 3, 5],
    [5, 1, 7, 10, 8, 6],
  ];
  const values = Array.from({ length: 6 }, (_, a) => byCriterion.map((row) => row[a] as number));
  const table = {
    alternatives: ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'],
    criteria: fns.map((fn, k) => ({
      id: `f${k + 1}`,
      direction: directions[k] as 'cost' | 'benefit',
      weight: 1,
      function: fn,
    })),
    values,
  };
  const publishedPi = [
    [0.0, 0.296, 0.25, 0.269, 0.1, 0.185],
    [0.463, 0.0, 0.389, 0.333, 0.296, 0.5],
    [0.235, 0.18, 0.0, 0.333, 0.056, 0.429],
    [0.399, 0.506, 0.305, 0.0, 0.224, 0.212],
    [0.444, 0.515, 0.487, 0.38, 0.0, 0.448],
    [0.287, 0.399, 0.25, 0.431, 0.133, 0.0],
  ];
  const publishedPlus = [1.099, 1.98, 1.234, 1.644, 2.274, 1.5];
  const publishedMinus = [1.827, 1.895, 1.681, 1.746, 0.808, 1.774];

  it('reproduces the published preference indices π(a, b) to three decimals', () => {
    const { preferenceIndex } = prometheeFlows(table);
    preferenceIndex.forEach((row, a) => {
      row.forEach((x, b) => {
        expect(Math.abs(x - (publishedPi[a]?.[b] as number))).toBeLessThanOrEqual(0.0006);
      });
    });
  });

  it('reproduces the published flows (the paper sums over the other alternatives; the SDK averages)', () => {
    const { flows } = prometheeFlows(table);
    flows.forEach((f, a) => {
      expect(Math.abs(f.positive * 5 - (publishedPlus[a] as number))).toBeLessThanOrEqual(0.003); // five rounded terms per flow
      expect(Math.abs(f.negative * 5 - (publishedMinus[a] as number))).toBeLessThanOrEqual(0.003); // five rounded terms per flow
    });
    const ranking = [...flows].sort((x, y) => y.net - x.net).map((f) => f.variantId);
    expect(ranking).toEqual(['a5', 'a2', 'a4', 'a6', 'a3', 'a1']);
  });

  it('gives the same ranking through an assessment input', () => {
    const input = tableInput({
      values,
      directions: [...directions],
      variantIds: table.alternatives,
      criterionIds: table.criteria.map((c) => c.id),
      method: { method: 'promethee2', preferences: fns.map((fn, k) => ({ criterionId: `f${k + 1}`, function: fn })) },
    });
    expect(prometheeII(input).ranking.map((r) => r.variantId)).toEqual(['a5', 'a2', 'a4', 'a6', 'a3', 'a1']);
  });
});

describe('PROMETHEE preference functions (Brans & Mareschal 2005 conventions)', () => {
  it('has the textbook shapes', () => {
    expect(preferenceDegree({ type: 'usual' }, 0)).toBe(0);
    expect(preferenceDegree({ type: 'usual' }, 0.001)).toBe(1);
    expect(preferenceDegree({ type: 'u_shape', q: 2 }, 2)).toBe(0);
    expect(preferenceDegree({ type: 'u_shape', q: 2 }, 2.5)).toBe(1);
    expect(preferenceDegree({ type: 'v_shape', p: 4 }, 1)).toBe(0.25);
    expect(preferenceDegree({ type: 'v_shape', p: 4 }, 5)).toBe(1);
    expect(preferenceDegree({ type: 'level', q: 1, p: 3 }, 2)).toBe(0.5);
    expect(preferenceDegree({ type: 'level', q: 1, p: 3 }, 3.5)).toBe(1);
    expect(preferenceDegree({ type: 'linear', q: 1, p: 3 }, 2)).toBe(0.5);
    expect(preferenceDegree({ type: 'gaussian', s: 1 }, 1)).toBeCloseTo(1 - Math.exp(-0.5), 15);
    expect(preferenceDegree({ type: 'gaussian', s: 1 }, -1)).toBe(0);
  });
  it('has net flows that sum to zero and lie in [−1, 1]', () => {
    const { flows } = prometheeFlows({
      alternatives: ['x', 'y', 'z'],
      criteria: [{ id: 'k', direction: 'benefit', weight: 1, function: { type: 'usual' } }],
      values: [[1], [2], [3]],
    });
    expect(flows.reduce((s, f) => s + f.net, 0)).toBeCloseTo(0, 12);
    expect(flows.map((f) => f.net)).toEqual([-1, 0, 1]);
  });
});

/**
 * The package-deal search is bounded: after `LIMITS.packageDealSteps` steps (candidates built plus
 * dominance comparisons) it stops with `search_too_large`, so no input keeps the host busy for long.
 */
import { LIMITS, type PackageDealInput } from '@gebiedsgericht/core';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../../scripts/testSupport/typedErrors';
import { benchCases } from '../bench/benchCases';
import { findPackageDeals } from '../src/index';
import { SearchTooLarge, searchParetoPackages } from '../src/internal/paretoPackages';

/** 32-bit LCG in [0, 1). */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** 20 issues × 10 options with fractional, opposed points for three parties: a huge Pareto frontier. */
function opposed(): PackageDealInput {
  const next = random(7);
  const issues = Array.from({ length: 20 }, (_, i) => ({
    id: `kwestie-${i}`,
    title: `Kwestie ${i}`,
    options: Array.from({ length: 10 }, (_, o) => ({ id: `optie-${o}`, title: `Optie ${o}` })),
  }));
  const scores = issues.map(() => issues[0]!.options.map(() => next()));
  const extra = issues.map(() => issues[0]!.options.map(() => next()));
  const points = (f: (i: number, o: number) => number) =>
    Object.fromEntries(
      issues.map((issue, i) => [issue.id, Object.fromEntries(issue.options.map((opt, o) => [opt.id, f(i, o)]))]),
    );
  return {
    kind: 'packageDealInput',
    schemaVersion: 2,
    id: 'tegengesteld',
    issues,
    parties: [
      { partyId: 'partij-a', name: 'Partij A', disagreementPoint: 0, points: points((i, o) => scores[i]![o]!) },
      { partyId: 'partij-b', name: 'Partij B', disagreementPoint: 0, points: points((i, o) => 1 - scores[i]![o]!) },
      { partyId: 'partij-c', name: 'Partij C', disagreementPoint: 0, points: points((i, o) => extra[i]![o]!) },
    ],
  } as PackageDealInput;
}

// Searches of tens of millions of steps: a second or two each, more on a loaded machine.
describe('package-deal search budget', { timeout: 60_000 }, () => {
  it('finishes within the budget exactly when it needs no more steps than the budget', () => {
    const { scores, disagreement } = benchCases[1]!;
    // The fewest steps this instance needs, by bisection on the budget.
    let low = 1;
    let high: number = LIMITS.packageDealSteps.max;
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      try {
        searchParetoPackages({ scores, disagreement, maxSteps: mid });
        high = mid;
      } catch (error) {
        expect(error).toBeInstanceOf(SearchTooLarge);
        low = mid + 1;
      }
    }
    expect(searchParetoPackages({ scores, disagreement, maxSteps: low }).packages.length).toBeGreaterThan(0);
    expect(() => searchParetoPackages({ scores, disagreement, maxSteps: low - 1 })).toThrow(SearchTooLarge);
  });

  it('solves the hardest benchmark instance well within the budget', () => {
    for (const c of benchCases) expect(findPackageDeals(c.input).nash).toBeDefined();
  });

  it('refuses a search past the budget with search_too_large instead of running for minutes', () => {
    expect(errorOf(() => findPackageDeals(opposed()))).toEqual({ code: 'search_too_large', path: ['input'] });
  });
});

import { bench, describe } from 'vitest';
import { findPackageDeals } from '../src/index';
import { searchParetoPackages } from '../src/internal/paretoPackages';
import { benchCases } from './benchCases';

// 10 issues × 5 options × 4 parties: 9,765,625 packages, never enumerated.
describe('package-deal search, 10 issues × 5 options × 4 parties', () => {
  for (const c of benchCases) {
    bench(`search only (Pareto set + Nash): ${c.name}`, () => {
      searchParetoPackages({ scores: c.scores, disagreement: c.disagreement });
    });
    bench(`findPackageDeals (validation + search + per-package concessions): ${c.name}`, () => {
      findPackageDeals(c.input);
    });
  }
});

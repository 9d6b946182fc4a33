/**
 * Benchmark: 100,000 iterations over 50 PERT cost items and 200 discrete risk events with uniform
 * consequence ranges (vitest bench). For the comparison with numpy and peak memory, run
 * `npx tsx --conditions=@gebiedsgericht/source bench/compareNumpy.ts` in this folder.
 */
import { bench, describe } from 'vitest';
import { simulateEstimate } from '../src/index';
import { benchEstimate } from './benchEstimate';

const estimate = benchEstimate();

describe('simulateEstimate', () => {
  bench(
    '100,000 iterations × (50 PERT items + 200 risk events)',
    () => {
      simulateEstimate(estimate, { iterations: 100_000, seed: 20261128 });
    },
    { iterations: 10, warmupIterations: 2 },
  );
  bench(
    '10,000 iterations × (50 PERT items + 200 risk events)',
    () => {
      simulateEstimate(estimate, { iterations: 10_000, seed: 20261128 });
    },
    { iterations: 20, warmupIterations: 2 },
  );
});

import { bench, describe } from 'vitest';
import { smaaSample } from '../src/index';
import { setSmaaKernelEnabled } from '../src/internal/smaaKernel';
import { benchProblem, SAMPLES } from './smaaProblem';

// Compare with smaa_numpy.py (same problem sizes and the same computation). Figures and method are
// recorded in docs/performance.md; run `node --conditions=@gebiedsgericht/source --import tsx bench/smaaRun.ts` for
// the median of 20 runs and the memory use.
const exact = benchProblem(false);
const intervals = benchProblem(true);
let seed = 1;

describe('SMAA-2, 10,000 samples, 20 variants, 30 criteria', () => {
  bench('weights unknown, exact scores (WebAssembly kernel)', () => {
    smaaSample(exact, { kind: 'unknown' }, SAMPLES, seed++);
  });
  bench(
    'weights unknown, exact scores (JavaScript loop)',
    () => {
      smaaSample(exact, { kind: 'unknown' }, SAMPLES, seed++);
    },
    { setup: () => setSmaaKernelEnabled(false), teardown: () => setSmaaKernelEnabled(true) },
  );
  bench('weights unknown, interval scores (with confidence factors)', () => {
    smaaSample(intervals, { kind: 'unknown' }, SAMPLES, seed++);
  });
});

import { nWegEstimate } from '@gebiedsgericht/core/fixtures';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../../scripts/testSupport/typedErrors';
import { simulateEstimate } from '../src/index';

describe('simulateEstimate progress', () => {
  it('reports each input once, in order, ending at the number of items and risk events', () => {
    const calls: [number, number][] = [];
    simulateEstimate(
      nWegEstimate,
      { iterations: 500, seed: 3 },
      { onProgress: (done, total) => calls.push([done, total]) },
    );
    const total = nWegEstimate.items.length + nWegEstimate.riskEvents.length;
    expect(calls).toEqual(Array.from({ length: total }, (_, i) => [i + 1, total]));
  });

  it('gives the same result with and without a progress callback', () => {
    const plain = simulateEstimate(nWegEstimate, { iterations: 2_000, seed: 11 });
    const watched = simulateEstimate(nWegEstimate, { iterations: 2_000, seed: 11 }, { onProgress: () => {} });
    expect(watched).toEqual(plain);
  });

  it('rejects an onProgress that is not a function', () => {
    const simulate = simulateEstimate as (...args: unknown[]) => unknown;
    expect(errorOf(() => simulate(nWegEstimate, { iterations: 100, seed: 1 }, { onProgress: 'yes' }))).toEqual({
      code: 'invalid_argument',
      path: ['options', 'onProgress'],
    });
  });
});

/**
 * SMAA refuses, before any work, an analysis that would keep the host busy for long: more than
 * `LIMITS.smaaVariants` variants, or more than `LIMITS.smaaWork` steps. Each limit is tested at the
 * limit and one past it. Settings passed as the argument are reported under `settings`.
 */
import { LIMITS } from '@gebiedsgericht/core';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../../scripts/testSupport/typedErrors';
import { smaa } from '../src/index';
import { tableInput } from './support/build';

/** `m` variants on `n` criteria with distinct scores. */
const table = (m: number, n: number) =>
  tableInput({
    values: Array.from({ length: m }, (_, i) => Array.from({ length: n }, (_, k) => ((i * 7 + k * 3) % 11) + i / m)),
  });
const settings = (samples: number) => ({
  samples,
  seed: 7,
  weights: { kind: 'unknown' as const },
  sampleScores: false,
});

describe('SMAA limits', () => {
  it(`runs ${LIMITS.smaaVariants.max} variants and refuses ${LIMITS.smaaVariants.max + 1}`, () => {
    const atLimit = smaa(table(LIMITS.smaaVariants.max, 2), settings(100));
    expect(atLimit.variants).toHaveLength(LIMITS.smaaVariants.max);
    expect(errorOf(() => smaa(table(LIMITS.smaaVariants.max + 1, 2), settings(100)))).toEqual({
      code: 'too_many_variants',
      path: ['input', 'variants'],
    });
  });

  it(`runs ${LIMITS.smaaWork.max} steps (samples × variants × (criteria + variants)) and refuses more`, () => {
    // 10 variants, 10 criteria: 200 steps per sample.
    const samples = LIMITS.smaaWork.max / (10 * (10 + 10));
    expect(Number.isInteger(samples)).toBe(true);
    expect(smaa(table(10, 10), settings(samples)).variants).toHaveLength(10);
    expect(errorOf(() => smaa(table(10, 10), settings(samples + 1)))).toEqual({
      code: 'search_too_large',
      path: ['settings'],
    });
  });

  it('reports settings given as the argument under `settings`', () => {
    expect(errorOf(() => smaa(table(3, 2), { ...settings(100), samples: 1 }))).toEqual({
      code: 'invalid_input',
      path: ['settings'],
    });
  });
});

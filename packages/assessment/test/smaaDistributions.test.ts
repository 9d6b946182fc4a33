import type { AssessmentInput, Score } from '@gebiedsgericht/core';
import { describe, expect, it } from 'vitest';
import { smaa } from '../src/index';
import { criterion, label, tableInput } from './support/build';

// Closed-form cases for score distributions (one criterion, so the weight is 1 and only the scores
// vary): each expected share is an exact probability derived here; tolerance about five standard
// errors at 40,000 samples.
const S = 40_000;
const tol = (p: number) => 5 * Math.sqrt((p * (1 - p)) / S);
const settings = { samples: S, seed: 8, weights: { kind: 'unknown' as const }, sampleScores: true };

function oneCriterion(a: Score['uncertainty']): AssessmentInput {
  const input = tableInput({ values: [[0], [0]], variantIds: ['a', 'b'] });
  const first = input.scores[0] as Score;
  input.scores[0] = { ...first, ...(a ? { uncertainty: a } : {}) };
  return input;
}

describe('SMAA with score distributions (closed form)', () => {
  it('normal around the rival: first in half the draws', () => {
    const r = smaa(oneCriterion({ kind: 'normal', sd: 1 }), settings);
    expect(Math.abs((r.variants[0]?.rankAcceptability[0] as number) - 0.5)).toBeLessThan(tol(0.5));
  });
  it('triangular (−1, mode 0, 3) against a fixed 0: P(A > 0) = 1 − 1/4 = 3/4', () => {
    const r = smaa(oneCriterion({ kind: 'triangular', low: -1, high: 3 }), settings);
    expect(Math.abs((r.variants[0]?.rankAcceptability[0] as number) - 0.75)).toBeLessThan(tol(0.75));
  });
  it('plus–minus interval (−, 0, +) against a fixed 0: A first when it draws 0 (tie, listed first) or +, 2/3', () => {
    const input: AssessmentInput = {
      ...tableInput({ values: [[0], [0]], variantIds: ['a', 'b'] }),
      scores: [
        {
          variantId: 'a',
          criterionId: 'c0',
          value: { scale: 'plus_minus', value: '0' },
          uncertainty: { kind: 'plus_minus_interval', low: '-', high: '+' },
        },
        { variantId: 'b', criterionId: 'c0', value: { scale: 'plus_minus', value: '0' } },
      ],
    };
    input.afwegingskader = {
      ...input.afwegingskader,
      criteria: [
        criterion('c0', {
          scale: 'plus_minus',
          unit: 'plus-min',
          weight: 1,
          referenceSituation: { description: label('Nu', 'Now') },
        }),
      ],
    };
    const r = smaa(input, settings);
    expect(Math.abs((r.variants[0]?.rankAcceptability[0] as number) - 2 / 3)).toBeLessThan(tol(2 / 3));
  });
});

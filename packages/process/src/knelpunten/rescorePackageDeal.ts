import { validate } from '@gebiedsgericht/core';
import { processMessages } from '../messages';
import {
  type PackageDealQuality,
  type PackageDealRescoreInput,
  PackageDealRescoreInputSchema,
} from './PackageDealQuality';

/** Tolerance under which two weighted scores count as equal (no net gain). */
const EPSILON = 1e-9;

function weightedScore(weights: Record<string, number>, scores: Record<string, number>): number {
  // TODO(process-6): switch to @gebiedsgericht/assessment's weighted sum once it is exported.
  let total = 0;
  let weightSum = 0;
  for (const [criterion, weight] of Object.entries(weights)) {
    total += weight * (scores[criterion] ?? 0);
    weightSum += weight;
  }
  return weightSum === 0 ? 0 : total / weightSum;
}

/**
 * Re-scores a settled package deal with the afwegingskader, so a compromise is checked for overall
 * quality and not only for the parties' satisfaction: the weighted sum of the package's normalised
 * scores against that of the reference. `netGain` is true only when the package scores strictly
 * higher ("per saldo netto winst"). Every weighted criterion needs a score on both sides.
 *
 * @example
 * rescorePackageDeal({ referenceLabel: 'Variant C', weights: { a: 1 }, packageScores: { a: 0.8 }, referenceScores: { a: 0.6 } }).netGain; // true
 * @see Handreiking bijlage 1 onderdeel 4; slotwoord (eerlijke verdeling van lusten en lasten)
 */
export function rescorePackageDeal(input: PackageDealRescoreInput): PackageDealQuality {
  const v = validate(PackageDealRescoreInputSchema, input, { path: ['packageDeal'] });
  const criteria = Object.keys(v.weights);
  if (criteria.length === 0 || criteria.every((c) => v.weights[c] === 0)) {
    throw processMessages.fail('invalid_argument', { name: 'weights' }, ['packageDeal', 'weights']);
  }
  for (const criterion of criteria) {
    for (const side of ['packageScores', 'referenceScores'] as const) {
      if (!Object.hasOwn(v[side], criterion)) {
        throw processMessages.fail('score_missing', { criterion, side }, ['packageDeal', side, criterion]);
      }
    }
  }
  const score = weightedScore(v.weights, v.packageScores);
  const referenceScore = weightedScore(v.weights, v.referenceScores);
  const difference = score - referenceScore;
  return { referenceLabel: v.referenceLabel, score, referenceScore, difference, netGain: difference > EPSILON };
}

import { weightedSum } from '@gebiedsgericht/assessment';
import {
  type PackageDealQuality,
  type PackageDealRescoreInput,
  PackageDealRescoreInputSchema,
  validate,
} from '@gebiedsgericht/core';

/** Tolerance under which two weighted values count as equal (no net gain). */
const EPSILON = 1e-9;

/**
 * Re-scores a settled package deal with the afwegingskader, so a compromise is checked for overall
 * quality and not only for the parties' satisfaction: the package variant is added to the
 * assessment input and ranked with the weighted sum of `@gebiedsgericht/assessment` (screening
 * against the randvoorwaarden, normalisation and weights as the afwegingskader says), and its
 * weighted value is compared with that of the reference variant in the same ranking. `netGain` is
 * true only when the package is feasible and scores strictly higher ("per saldo netto winst").
 *
 * @example
 * rescorePackageDeal({ assessment, packageVariant, packageScores, referenceVariantId: 'variant-c' }).netGain;
 * @see handreiking bijlage 1, onderdeel 4; slotwoord (eerlijke verdeling van lusten en lasten)
 */
export function rescorePackageDeal(input: PackageDealRescoreInput): PackageDealQuality {
  const v = validate(PackageDealRescoreInputSchema, input, { path: ['packageDeal'] });
  const ranking = weightedSum({
    ...v.assessment,
    variants: [...v.assessment.variants, v.packageVariant],
    scores: [...v.assessment.scores, ...v.packageScores],
    method: { method: 'weighted_sum' },
  });
  const pkg = ranking.find((r) => r.variantId === v.packageVariant.id);
  const ref = ranking.find((r) => r.variantId === v.referenceVariantId);
  const quality: PackageDealQuality = {
    packageVariantId: v.packageVariant.id,
    referenceVariantId: v.referenceVariantId,
    feasible: pkg !== undefined,
    netGain: false,
  };
  if (pkg !== undefined) {
    quality.rank = pkg.rank;
    if (pkg.value !== undefined) quality.score = pkg.value;
  }
  if (ref !== undefined) {
    quality.referenceRank = ref.rank;
    if (ref.value !== undefined) quality.referenceScore = ref.value;
  }
  if (quality.score !== undefined && quality.referenceScore !== undefined) {
    quality.difference = quality.score - quality.referenceScore;
    quality.netGain = quality.difference > EPSILON;
  } else if (pkg !== undefined && ref === undefined) {
    // The reference breaks a randvoorwaarde and the package does not: a net gain.
    quality.netGain = true;
  }
  return quality;
}

import { IdSchema, safeRecord } from '@gebiedsgericht/core';
import { z } from 'zod';

/**
 * What is needed to re-score a package deal with the afwegingskader: the weight of every criterion
 * and the normalised scores (0–1, higher is better) of the package and of the reference it is
 * compared with (the variant as it stood before the knelpunt, or the disagreement outcome). Scores
 * are normalised by the caller with the afwegingskader's own method, so the weighted sums compare.
 *
 * @example
 * const input: PackageDealRescoreInput = {
 *   referenceLabel: 'Variant C zonder afspraken',
 *   weights: { woningen: 0.4, waterberging: 0.6 },
 *   packageScores: { woningen: 0.7, waterberging: 0.9 },
 *   referenceScores: { woningen: 0.8, waterberging: 0.5 },
 * };
 * @see Handreiking bijlage 1 onderdeel 4 ("per saldo netto winst"), bijlage 1 onderdeel 2 stap 2
 */
export const PackageDealRescoreInputSchema = z.strictObject({
  afwegingskaderId: IdSchema.optional(),
  referenceLabel: z.string().min(1),
  weights: safeRecord(z.number().finite().nonnegative()),
  packageScores: safeRecord(z.number().finite().min(0).max(1)),
  referenceScores: safeRecord(z.number().finite().min(0).max(1)),
});
/** What is needed to re-score a package deal with the afwegingskader. */
export type PackageDealRescoreInput = z.infer<typeof PackageDealRescoreInputSchema>;

/**
 * The overall quality of a settled package deal: its weighted score with the afwegingskader, the
 * score of the reference, the difference and whether the deal is a net gain ("per saldo netto
 * winst") rather than only acceptable to the parties.
 *
 * @example
 * quality.netGain ? 'per saldo winst' : 'compromis kost kwaliteit';
 * @see Handreiking bijlage 1 onderdeel 4
 */
export const PackageDealQualitySchema = z.strictObject({
  referenceLabel: z.string().min(1),
  score: z.number().finite(),
  referenceScore: z.number().finite(),
  difference: z.number().finite(),
  netGain: z.boolean(),
});
/** The overall quality of a settled package deal. */
export type PackageDealQuality = z.infer<typeof PackageDealQualitySchema>;

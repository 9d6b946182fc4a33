import * as z from 'zod';
import { AssessmentInputSchema } from '../../assessment/assessmentInput';
import { ScoreSchema } from '../../assessment/score';
import { VariantSchema } from '../../assessment/variant';
import { schemaIssue } from '../../internal/schemaIssue';
import { sharedIssues } from '../../internal/schemaMessages';
import { strictObject } from '../../internal/strictObject';
import { IdSchema } from '../../primitives/id';

/**
 * What is needed to re-score a settled package deal with the afwegingskader: the assessment input
 * of the area process (afwegingskader, randvoorwaarden, variants and their scores, as in step 3 or
 * 4), the variant as the package deal changes it with its scores on every criterion, and the
 * variant the deal is compared with (for example the chosen or best-ranked variant).
 *
 * @example
 * const input: PackageDealRescoreInput = { assessment, packageVariant: { id: 'variant-c-pakket', name: { nl: 'C met pakket', en: 'C with package' }, claims: [] }, packageScores, referenceVariantId: 'variant-c' };
 * @see handreiking bijlage 1, onderdeel 3 ("per saldo netto winst"); bijlage 1, onderdeel 2, stap 2; bijlage 1, onderdeel 2, stap 4
 */
export const PackageDealRescoreInputSchema = strictObject({
  assessment: AssessmentInputSchema,
  packageVariant: VariantSchema,
  packageScores: z.array(ScoreSchema).min(1),
  referenceVariantId: IdSchema,
}).superRefine((v, ctx) => {
  if (v.assessment.variants.some((x) => x.id === v.packageVariant.id)) {
    schemaIssue(ctx, sharedIssues, 'duplicate_id', { id: v.packageVariant.id }, ['packageVariant', 'id']);
  }
  if (!v.assessment.variants.some((x) => x.id === v.referenceVariantId)) {
    schemaIssue(ctx, sharedIssues, 'unknown_variant', { variantId: v.referenceVariantId }, ['referenceVariantId']);
  }
  v.packageScores.forEach((s, i) => {
    if (s.variantId !== v.packageVariant.id) {
      schemaIssue(ctx, sharedIssues, 'unknown_variant', { variantId: s.variantId }, ['packageScores', i, 'variantId']);
    }
  });
});
/** What is needed to re-score a package deal with the afwegingskader. */
export type PackageDealRescoreInput = z.infer<typeof PackageDealRescoreInputSchema>;

/**
 * The overall quality of a settled package deal, re-scored with the afwegingskader (weighted sum
 * of `@gebiedsgericht/assessment`): the weighted value of the package variant and of the reference
 * variant in the same ranking, the difference, whether the package is a net gain ("per saldo netto
 * winst") rather than only acceptable to the parties, and whether it passes the randvoorwaarden at
 * all (an infeasible package is never a net gain).
 *
 * @example
 * quality.netGain ? 'per saldo winst' : 'compromis kost kwaliteit';
 * @see handreiking bijlage 1, onderdeel 4
 */
export const PackageDealQualitySchema = strictObject({
  packageVariantId: IdSchema,
  referenceVariantId: IdSchema,
  feasible: z.boolean(),
  score: z.number().finite().optional(),
  referenceScore: z.number().finite().optional(),
  difference: z.number().finite().optional(),
  rank: z.number().int().min(1).optional(),
  referenceRank: z.number().int().min(1).optional(),
  netGain: z.boolean(),
});
/** The overall quality of a settled package deal. */
export type PackageDealQuality = z.infer<typeof PackageDealQualitySchema>;

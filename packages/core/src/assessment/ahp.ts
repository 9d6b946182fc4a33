import * as z from 'zod';
import { IdListSchema, NonNegativeNumberSchema, UnitIntervalSchema } from '../internal/leafSchemas';
import { schemaIssue } from '../internal/schemaIssue';
import { assessmentIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import { IdSchema } from '../primitives/id';
import { LabelSchema } from '../primitives/labels';

/** How far `a[i][j] · a[j][i]` may be from 1 unless the comparison sets its own tolerance. */
export const DEFAULT_RECIPROCAL_TOLERANCE = 0.01;

/**
 * How far (in log terms) cell `[i][j]` lies from what the other criteria imply for it: the mean
 * over every third criterion k of |ln a[i][j] − ln(a[i][k] · a[k][j])|. Of a pair that is not
 * reciprocal, the cell that disagrees most with the rest of the matrix is the one written wrongly.
 */
function offFromRest(matrix: readonly (readonly number[])[], i: number, j: number): number {
  const n = matrix.length;
  let sum = 0;
  let count = 0;
  for (let k = 0; k < n; k++) {
    if (k === i || k === j) continue;
    const via = (matrix[i]?.[k] ?? 1) * (matrix[k]?.[j] ?? 1);
    sum += Math.abs(Math.log(matrix[i]?.[j] ?? 1) - Math.log(via));
    count++;
  }
  return count === 0 ? 0 : sum / count;
}

/**
 * AHP pairwise comparisons of criteria (Saaty): `matrix[i][j]` says how much more important
 * criterion `criterionIds[i]` is than `criterionIds[j]` on Saaty's 1–9 scale; the matrix is
 * square, positive, has 1 on the diagonal and is reciprocal (`a[j][i] = 1 / a[i][j]` within
 * `reciprocalTolerance`, so `0.333` for 1/3 is accepted). A pair that is not reciprocal is
 * reported (issue code `pairwise_not_reciprocal`) at the cell of the pair that the other
 * comparisons contradict most, via every third criterion k (`a[i][k] · a[k][j]`); with two
 * criteria, or when both cells are equally far off, at the cell above the diagonal. The message
 * names both cells. 2 to 10 criteria (the random-index table used, Saaty 1980, is the one
 * published tables agree on up to 10).
 *
 * AHP comes from outside the handreiking: T.L. Saaty, *The Analytic Hierarchy Process*, McGraw-Hill, 1980.
 *
 * @example
 * AhpComparisonSchema.parse({ kind: 'ahpComparison', schemaVersion: 2, id: 'ahp-1', criterionIds: ['a', 'b'], matrix: [[1, 3], [1 / 3, 1]] });
 * @see handreiking bijlage 1, onderdeel 2, stap 2 (afwegingskader: gewichten)
 */
export const AhpComparisonSchema = strictObject({
  ...documentHeader('ahpComparison'),
  criterionIds: IdListSchema.min(2).max(10),
  matrix: z.array(z.array(z.number().positive())),
  reciprocalTolerance: z.number().min(0).max(0.5).optional(),
  participants: IdListSchema.optional(),
  motivation: LabelSchema.optional(),
}).superRefine((c, ctx) => {
  const n = c.criterionIds.length;
  if (new Set(c.criterionIds).size !== n)
    schemaIssue(
      ctx,
      assessmentIssues,
      'duplicate_criterion',
      { criterionId: c.criterionIds.find((x, i) => c.criterionIds.indexOf(x) !== i) ?? '' },
      ['criterionIds'],
    );
  if (c.matrix.length !== n || c.matrix.some((row) => row.length !== n)) {
    schemaIssue(ctx, assessmentIssues, 'pairwise_not_square', { n }, ['matrix']);
    return;
  }
  const tolerance = c.reciprocalTolerance ?? DEFAULT_RECIPROCAL_TOLERANCE;
  for (let i = 0; i < n; i++) {
    const row = c.matrix[i] ?? [];
    if (Math.abs((row[i] ?? 0) - 1) > 1e-12)
      schemaIssue(ctx, assessmentIssues, 'pairwise_diagonal_not_one', { value: String(row[i]) }, ['matrix', i, i]);
    for (let j = i + 1; j < n; j++) {
      const a = row[j] ?? 0;
      const b = c.matrix[j]?.[i] ?? 0;
      if (Math.abs(a * b - 1) > tolerance) {
        // The cell that the other comparisons contradict most is reported; when they cannot tell
        // (two criteria, or both cells equally far off), the judgement above the diagonal.
        const below = offFromRest(c.matrix, j, i) > offFromRest(c.matrix, i, j) + 1e-9;
        schemaIssue(
          ctx,
          assessmentIssues,
          'pairwise_not_reciprocal',
          { a, b, row: below ? j + 1 : i + 1, column: below ? i + 1 : j + 1 },
          below ? ['matrix', j, i] : ['matrix', i, j],
        );
      }
    }
  }
});
/** AHP pairwise comparisons of criteria. */
export interface AhpComparison extends z.output<typeof AhpComparisonSchema> {}

/**
 * A criterion id with its weight.
 *
 * @example
 * CriterionWeightSchema.parse({ criterionId: 'water', weight: 0.25 });
 */
export const CriterionWeightSchema = strictObject({ criterionId: IdSchema, weight: UnitIntervalSchema });
/** A criterion id with its weight. */
export type CriterionWeight = z.infer<typeof CriterionWeightSchema>;

/**
 * The weights derived from AHP comparisons (principal eigenvector, normalised to sum 1), with
 * λmax, the consistency index `CI = (λmax − n)/(n − 1)`, the random index `RI` from Saaty's table
 * (Saaty 1980), the consistency ratio `CR = CI / RI` and whether `CR ≤ 0.10` (Saaty's threshold).
 * For n ≤ 2 every reciprocal matrix is consistent and `CR` is 0.
 *
 * @example
 * AhpResultSchema.parse({ weights: [], lambdaMax: 3, consistencyIndex: 0, randomIndex: 0.58, consistencyRatio: 0, consistent: true, randomIndexTable: 'saaty1980' });
 */
export const AhpResultSchema = strictObject({
  weights: z.array(CriterionWeightSchema),
  lambdaMax: z.number(),
  consistencyIndex: z.number(),
  randomIndex: NonNegativeNumberSchema,
  consistencyRatio: z.number(),
  consistent: z.boolean(),
  randomIndexTable: z.literal('saaty1980'),
});
/** The weights and consistency of an AHP comparison. */
export type AhpResult = z.infer<typeof AhpResultSchema>;

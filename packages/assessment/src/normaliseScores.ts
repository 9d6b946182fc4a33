import type { AssessmentInput, NormalisedScore } from '@gebiedsgericht/core';
import { analyse } from './internal/pipeline';
import { prepare } from './internal/prepare';

/**
 * The normalised scores of the feasible variants, by the input's normalisation (min–max over the
 * variants, division by the largest absolute value, or the criterion's fixed interval); plus–minus
 * steps are first mapped to numbers (`--` … `++` → −2 … 2 unless the input gives its own mapping);
 * cost criteria are turned around so that higher is always better; mitigated scores are used unless
 * `useMitigatedScores` is false. `contribution` is weight × value when the criteria have weights.
 *
 * @example
 * normaliseScores(input).filter((s) => s.variantId === 'variant-a');
 * @see handreiking bijlage 1, onderdeel 2, stap 4
 */
export function normaliseScores(input: AssessmentInput): NormalisedScore[] {
  const p = prepare(input);
  const a = analyse(p);
  const n = a.mat.n;
  return a.rankedIds.flatMap((variantId, i) =>
    p.criteria.map((c, k) => {
      const value = a.norm[i * n + k] as number;
      const w = a.weights?.[k];
      return { variantId, criterionId: c.id, value, ...(w !== undefined ? { contribution: w * value } : {}) };
    }),
  );
}

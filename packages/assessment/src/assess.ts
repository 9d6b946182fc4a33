import {
  type AssessmentInput,
  type AssessmentResult,
  AssessmentResultSchema,
  type ErrorIssue,
  validate,
} from '@gebiedsgericht/core';
import { checkAfwegingskader } from './checkAfwegingskader';
import { distributeEffects } from './distributeEffects';
import { validateOptions } from './internal/arguments';
import { analyse } from './internal/pipeline';
import { prepare } from './internal/prepare';
import { assessmentMessages } from './messages';
import { rankAnalysis } from './rankVariants';
import { smaaOf } from './smaa';
import { fitOne } from './spatialFit';
import { sensitivityOf } from './weightSensitivity';

/**
 * Options of {@link assess}.
 *
 * @example
 * assess(input, { resultId: 'lindewaard-uitkomst-2027-03' });
 * @see handreiking bijlage 1, onderdeel 2, stap 4
 */
export interface AssessOptions {
  /** id of the result document; default `${input.id}-uitkomst` */
  readonly resultId?: string;
}

/**
 * Assesses the variants of step 4 in one call: checks the afwegingskader (findings become warnings),
 * screens the variants against the boundary conditions and sets aside those that are not feasible,
 * measures the spatial fit (when the input gives the available space), normalises the scores, ranks
 * the feasible variants by the input's method (weighted sum, PROMETHEE II or a priority order, with
 * an optional priority order applied first), computes the weight sensitivity (when every criterion
 * has a weight), SMAA-2 (when the input has `uncertainty` settings) and the distribution of effects
 * (when the input lists effects). The result is a plain JSON document, valid against
 * `AssessmentResultSchema`; nothing in the input is changed.
 *
 * Bad input throws a `GebiedsgerichtError`: `invalid_input` and the cross-reference codes of this
 * package for a bad assessment input (every path starts with `'input'`, for example
 * `['input', 'scores', 3, 'variantId']`), and `invalid_argument` with path `['options']` when
 * `options` is given but not an object. Warnings in the result use the same paths.
 *
 * @example
 * const result = assess(input);
 * result.ranking[0]?.variantId; // the variant the afweging points to
 * @see handreiking bijlage 1, onderdeel 2 (stappen 2–4); §2.4; §2.5; slotwoord
 */
export function assess(input: AssessmentInput, options: AssessOptions = {}): AssessmentResult {
  validateOptions(options, ['options']);
  if (options.resultId !== undefined)
    validate(AssessmentResultSchema.shape.id, options.resultId, { path: ['options', 'resultId'] });
  const p = prepare(input);
  const a = analyse(p);
  const ranked = rankAnalysis(a);
  const warnings: ErrorIssue[] = checkAfwegingskader(p.input.afwegingskader).findings.map((f) => ({
    ...f,
    path: [...p.root, ...f.path],
  }));
  for (const s of a.screening)
    if (s.verdict === 'undetermined')
      warnings.push(
        assessmentMessages.issue('screening_undetermined', { variantId: s.variantId }, [
          ...p.root,
          'variants',
          p.variants.findIndex((v) => v.id === s.variantId),
        ]),
      );
  const { m, n } = a.mat;
  const normalisedScores = a.rankedIds.flatMap((variantId, i) =>
    p.criteria.map((c, k) => {
      const value = a.norm[i * n + k] as number;
      const w = a.weights?.[k];
      return { variantId, criterionId: c.id, value, ...(w !== undefined ? { contribution: w * value } : {}) };
    }),
  );
  const method = p.input.method.method;
  const result: AssessmentResult = {
    kind: 'assessmentResult',
    schemaVersion: 2,
    id: options.resultId ?? `${p.input.id}-uitkomst`,
    inputId: p.input.id,
    afwegingskaderId: p.input.afwegingskader.id,
    method,
    normalisation: p.input.normalisation,
    ...(method === 'priority_order'
      ? { priorityOrderId: (p.input.method as { priorityOrderId: string }).priorityOrderId }
      : p.input.priorityOrderId !== undefined
        ? { priorityOrderId: p.input.priorityOrderId }
        : {}),
    weights: a.weights ? p.criteria.map((c, k) => ({ criterionId: c.id, weight: a.weights?.[k] as number })) : [],
    screening: [...a.screening],
    ...(p.input.space
      ? {
          spatialFit: p.variants.map((v, i) =>
            fitOne(v, p.input.space as NonNullable<typeof p.input.space>, [...p.root, 'variants', i]),
          ),
        }
      : {}),
    normalisedScores,
    ranking: ranked.ranking,
    excludedVariantIds: [...a.excludedIds],
    ...(ranked.flows ? { prometheeFlows: ranked.flows } : {}),
    ...(a.weights && m > 1 ? { sensitivity: sensitivityOf(a, p.input.sweepSteps ?? 21) } : {}),
    ...(p.input.uncertainty ? { uncertainty: smaaOf(a, p.input.uncertainty) } : {}),
    ...(p.input.effects ? { distribution: distributeEffects(p.input) } : {}),
    criteriaAddedLater: p.criteria.filter((c) => c.addedLater).map((c) => c.id),
    warnings,
  };
  return validate(AssessmentResultSchema, result);
}

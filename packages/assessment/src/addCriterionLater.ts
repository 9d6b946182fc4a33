import {
  type AssessmentInput,
  type Criterion,
  CriterionSchema,
  type Score,
  ScoreSchema,
  validate,
} from '@gebiedsgericht/core';
import { requireArray, requireRecord } from './internal/arguments';
import { analyse } from './internal/pipeline';
import { prepare } from './internal/prepare';
import { fail } from './messages';
import { screenPrepared } from './screenVariants';

/**
 * What {@link addCriterionLater} adds: the new criterion, its scores, and its weight.
 *
 * @example
 * const addition: LaterCriterion = { criterion: gezondheid, scores: gezondheidScores, weight: 0.1 };
 * @see handreiking §2.7 (regels voor wijzigingen)
 */
export interface LaterCriterion {
  /** the new criterion; must carry `addedLater` (the approved change) */
  readonly criterion: Criterion;
  /** scores of the variants on the new criterion only */
  readonly scores: readonly Score[];
  /**
   * the weight of the new criterion when the framework has weights: the existing weights are scaled
   * by (1 − weight) so that all still sum to 1 and keep their proportions
   */
  readonly weight?: number;
}

/**
 * Adds a criterion to the afwegingskader after it was agreed — an approved change under the change
 * rules — and merges its scores without re-scoring the rest: existing scores are carried over
 * untouched, only scores on the new criterion are accepted, and existing weights keep their
 * proportions. Returns a new assessment input (the given one is not changed); it is validated like
 * any input, so every variant that is ranked must have a score on the new criterion.
 *
 * Bad input throws a `GebiedsgerichtError` before anything is built: `invalid_input` for a bad
 * input (path `['input', …]`), criterion or score (`['addition', …]`); `invalid_argument` with path
 * `['addition']` when `addition` is not an object and `['addition', 'scores']` when its scores are
 * not an array; and the codes below for a change that does not fit (`criterion_not_added_later`,
 * `criterion_exists`, `score_not_for_new_criterion`, `missing_score` for a ranked variant without
 * a score on the new criterion, `weights_missing`, `not_a_finite_number` and `weight_out_of_range`
 * for the weight).
 *
 * @example
 * const next = addCriterionLater(input, {
 *   criterion: { ...gezondheid, addedLater: { changeId: 'wijziging-4', approvedOn: '2027-02-10', motivation } },
 *   scores: gezondheidScores, weight: 0.1,
 * });
 * @see handreiking §2.7 (regels voor wijzigingen; bijlage 1); bijlage 1, onderdeel 2, stap 2
 */
export function addCriterionLater(input: AssessmentInput, addition: LaterCriterion): AssessmentInput {
  const current = prepare(input).input;
  requireRecord(addition, 'addition (a criterion, its scores and weight)', ['addition']);
  const criterion = validate(CriterionSchema, addition.criterion, { path: ['addition', 'criterion'] });
  if (!criterion.addedLater)
    throw fail('criterion_not_added_later', { criterionId: criterion.id }, ['addition', 'criterion', 'addedLater']);
  if (current.afwegingskader.criteria.some((c) => c.id === criterion.id))
    throw fail('criterion_exists', { criterionId: criterion.id }, ['addition', 'criterion', 'id']);
  requireArray(addition.scores, 'scores (an array of scores)', ['addition', 'scores']);
  const scores = addition.scores.map((s, i) => validate(ScoreSchema, s, { path: ['addition', 'scores', i] }));
  for (const [i, s] of scores.entries())
    if (s.criterionId !== criterion.id)
      throw fail('score_not_for_new_criterion', { criterionId: s.criterionId }, [
        'addition',
        'scores',
        i,
        'criterionId',
      ]);
  const weighted = current.afwegingskader.criteria.every((c) => c.weight !== undefined);
  let criteria: Criterion[];
  if (weighted) {
    const w = addition.weight;
    if (w === undefined)
      throw fail('weights_missing', { method: `addCriterionLater (${criterion.id})` }, ['addition', 'weight']);
    if (typeof w !== 'number' || !Number.isFinite(w))
      throw fail('not_a_finite_number', { name: 'weight' }, ['addition', 'weight']);
    if (w < 0 || w >= 1) throw fail('weight_out_of_range', { weight: w }, ['addition', 'weight']);
    criteria = [
      ...current.afwegingskader.criteria.map((c) => ({ ...c, weight: (c.weight as number) * (1 - w) })),
      { ...criterion, weight: w },
    ];
  } else {
    const { weight: _drop, ...unweighted } = criterion;
    criteria = [...current.afwegingskader.criteria, unweighted];
  }
  const next: AssessmentInput = {
    ...current,
    afwegingskader: { ...current.afwegingskader, criteria },
    scores: [...current.scores, ...scores],
  };
  const checked = prepare(next);
  // every variant that is ranked needs a score on the new criterion: say so at the addition
  for (const s of screenPrepared(checked))
    if (s.verdict !== 'not_feasible' && !scores.some((x) => x.variantId === s.variantId))
      throw fail('missing_score', { variantId: s.variantId, criterionId: criterion.id }, ['addition', 'scores']);
  analyse(checked);
  return checked.input;
}

// One path convention for every public function: the first element of an error's path (and of
// every issue's path) is the name of the parameter the bad value was passed as, as the function's
// signature spells it; the rest is the path inside that argument.
import type { AssessmentInput, GebiedsgerichtError, SmaaSettings } from '@gebiedsgericht/core';
import { describe, expect, it } from 'vitest';
import { catchOf, errorOf } from '../../../scripts/testSupport/typedErrors';
import {
  addCriterionLater,
  applyWeights,
  assess,
  buildAssessmentRecord,
  checkAfwegingskader,
  deriveAhpWeights,
  distributeEffects,
  normaliseScores,
  prometheeII,
  rankByPriorityOrder,
  rankVariants,
  screenVariants,
  smaa,
  spatialFit,
  spatialFitAll,
  weightedSum,
  weightSensitivity,
} from '../src/index';
import { lindewaardInput } from './support/lindewaard';

const settings: SmaaSettings = { samples: 200, seed: 7, weights: { kind: 'unknown' }, sampleScores: false };

/** The input with one score pointing at a variant that does not exist. */
function withUnknownVariant(): AssessmentInput {
  const input = lindewaardInput();
  const scores = input.scores.map((s, i) => (i === 2 ? { ...s, variantId: 'variant-x' } : s));
  return { ...input, scores };
}

describe('every function that takes an assessment input reports problems in it under `input`', () => {
  const takesInput: [string, (input: AssessmentInput) => unknown][] = [
    ['assess', (i) => assess(i)],
    ['rankVariants', rankVariants],
    ['weightedSum', weightedSum],
    ['prometheeII', prometheeII],
    ['rankByPriorityOrder', (i) => rankByPriorityOrder(i, 'water-sturend')],
    ['screenVariants', screenVariants],
    ['normaliseScores', normaliseScores],
    ['distributeEffects', distributeEffects],
    ['spatialFitAll', spatialFitAll],
    ['smaa', (i) => smaa(i, settings)],
    ['weightSensitivity', (i) => weightSensitivity(i)],
    [
      'buildAssessmentRecord',
      (i) => buildAssessmentRecord(i, assess(lindewaardInput()), { id: 'v', recordedOn: '2027-03-01' }),
    ],
    [
      'addCriterionLater',
      (i) => addCriterionLater(i, { criterion: lindewaardInput().afwegingskader.criteria[0]!, scores: [] }),
    ],
  ];

  it.each(takesInput)('%s: a cross-reference error', (_name, fn) => {
    expect(errorOf(() => fn(withUnknownVariant()))).toEqual({
      code: 'unknown_variant',
      path: ['input', 'scores', 2, 'variantId'],
    });
  });

  it.each(takesInput)('%s: a schema error, with the issue under `input` too', (_name, fn) => {
    const input = { ...lindewaardInput(), normalisation: 'z_score' } as unknown as AssessmentInput;
    const e = catchOf(() => fn(input)) as GebiedsgerichtError;
    expect(e.code).toBe('invalid_input');
    expect(e.path).toEqual(['input']);
    expect(e.issues.map((x) => x.path)).toEqual([['input', 'normalisation']]);
  });

  it('a score on the wrong scale, a criterion without weight and missing SMAA ranks, all under `input`', () => {
    const input = lindewaardInput();
    const wrongScale = {
      ...input,
      scores: input.scores.map((s, i) =>
        i === 0 ? { ...s, value: { scale: 'plus_minus' as const, value: '+' as const } } : s,
      ),
    };
    expect(errorOf(() => rankVariants(wrongScale))).toEqual({
      code: 'scale_mismatch',
      path: ['input', 'scores', 0, 'value', 'scale'],
    });
    const unweighted = {
      ...input,
      afwegingskader: {
        ...input.afwegingskader,
        criteria: input.afwegingskader.criteria.map(({ weight: _w, ...c }) => c),
      },
    };
    expect(errorOf(() => weightedSum(unweighted))).toEqual({
      code: 'weights_missing',
      path: ['input', 'afwegingskader', 'criteria'],
    });
    const unranked = {
      ...input,
      afwegingskader: {
        ...input.afwegingskader,
        criteria: input.afwegingskader.criteria.map(({ priorityRank: _r, ...c }) => c),
      },
    };
    expect(errorOf(() => smaa(unranked, { ...settings, weights: { kind: 'ranked' } }))).toEqual({
      code: 'ranks_missing',
      path: ['input', 'afwegingskader', 'criteria', 0],
    });
  });
});

describe('the other arguments are named as in the signature', () => {
  it('smaa: settings passed as the second argument under `settings`, settings in the input under `input`', () => {
    const e = catchOf(() => smaa(lindewaardInput(), { ...settings, samples: 0 })) as GebiedsgerichtError;
    expect(e.path).toEqual(['settings']);
    expect(e.issues[0]?.path).toEqual(['settings', 'samples']);
    const inInput = { ...lindewaardInput(), uncertainty: { ...settings, samples: 0 } };
    const f = catchOf(() => smaa(inInput)) as GebiedsgerichtError;
    expect(f.path).toEqual(['input']);
    expect(f.issues[0]?.path).toEqual(['input', 'uncertainty', 'samples']);
    expect(errorOf(() => smaa(lindewaardInput()))).toEqual({
      code: 'invalid_argument',
      path: ['input', 'uncertainty'],
    });
  });

  it('rankByPriorityOrder: an unknown priority order under `priorityOrderId`', () => {
    expect(errorOf(() => rankByPriorityOrder(lindewaardInput(), 'geen'))).toEqual({
      code: 'unknown_priority_order',
      path: ['priorityOrderId'],
    });
  });

  it('assess and buildAssessmentRecord: options, result', () => {
    expect(errorOf(() => assess(lindewaardInput(), { resultId: 'met spatie' }))).toEqual({
      code: 'invalid_input',
      path: ['options', 'resultId'],
    });
    const input = lindewaardInput();
    const result = assess(input);
    expect(errorOf(() => buildAssessmentRecord(input, result, { id: 'v', recordedOn: '1 maart' }))).toEqual({
      code: 'invalid_input',
      path: ['options', 'recordedOn'],
    });
    expect(
      errorOf(() =>
        buildAssessmentRecord(input, { ...result, inputId: 'ander' }, { id: 'v', recordedOn: '2027-03-01' }),
      ),
    ).toEqual({
      code: 'invalid_argument',
      path: ['result', 'inputId'],
    });
  });

  it('addCriterionLater: everything about the new criterion under `addition`', () => {
    const input = lindewaardInput();
    const base = input.afwegingskader.criteria[0]!;
    const criterion = {
      ...base,
      id: 'gezondheid',
      addedLater: { changeId: 'wijziging-4', approvedOn: '2027-02-10', motivation: { nl: 'GGD', en: 'GGD' } },
    };
    const scores = input.scores
      .filter((s) => s.criterionId === base.id)
      .map((s) => ({ ...s, criterionId: 'gezondheid' }));
    expect(errorOf(() => addCriterionLater(input, { criterion: base, scores, weight: 0.1 }))).toEqual({
      code: 'criterion_not_added_later',
      path: ['addition', 'criterion', 'addedLater'],
    });
    expect(
      errorOf(() => addCriterionLater(input, { criterion, scores: [...scores, input.scores[0]!], weight: 0.1 })),
    ).toEqual({
      code: 'score_not_for_new_criterion',
      path: ['addition', 'scores', scores.length, 'criterionId'],
    });
    expect(errorOf(() => addCriterionLater(input, { criterion, scores, weight: Number.NaN }))).toEqual({
      code: 'not_a_finite_number',
      path: ['addition', 'weight'],
    });
    expect(errorOf(() => addCriterionLater(input, { criterion, scores: scores.slice(1), weight: 0.1 }))).toEqual({
      code: 'missing_score',
      path: ['addition', 'scores'],
    });
    expect(addCriterionLater(input, { criterion, scores, weight: 0.1 }).afwegingskader.criteria).toHaveLength(
      input.afwegingskader.criteria.length + 1,
    );
  });

  it('applyWeights and deriveAhpWeights: afwegingskader, weights, comparison', () => {
    const frame = lindewaardInput().afwegingskader;
    expect(errorOf(() => applyWeights({ ...frame, criteria: [] }, []))).toMatchObject({ path: ['afwegingskader'] });
    expect(errorOf(() => applyWeights(frame, [{ criterionId: 'geen', weight: 0.5 }]))).toEqual({
      code: 'unknown_criterion',
      path: ['weights', 0, 'criterionId'],
    });
    expect(errorOf(() => applyWeights(frame, [{ criterionId: 'woningen', weight: Number.NaN }]))).toEqual({
      code: 'not_a_finite_number',
      path: ['weights', 0, 'weight'],
    });
    expect(errorOf(() => applyWeights(frame, [{ criterionId: 'woningen', weight: 1 }]))).toEqual({
      code: 'weights_missing',
      path: ['afwegingskader', 'criteria', 1],
    });
    expect(errorOf(() => deriveAhpWeights({} as never))).toEqual({ code: 'invalid_input', path: ['comparison'] });
  });

  it('spatialFit: variant and space', () => {
    const input = lindewaardInput();
    const variant = input.variants[0]!;
    expect(errorOf(() => spatialFit({ ...variant, claims: 'veel' } as never, input.space!))).toEqual({
      code: 'invalid_input',
      path: ['variant'],
    });
    expect(errorOf(() => spatialFit(variant, { ...input.space!, availableHectares: -1 }))).toEqual({
      code: 'invalid_input',
      path: ['space'],
    });
  });

  it('checkAfwegingskader: findings under `afwegingskader`, and assess shows them under `input`', () => {
    const input = lindewaardInput();
    const criteria = input.afwegingskader.criteria.map((c, i) => (i === 1 ? { ...c, source: ' ' } : c));
    const frame = { ...input.afwegingskader, criteria };
    const finding = checkAfwegingskader(frame).findings.find((f) => f.code === 'criterion_not_operational');
    expect(finding?.path).toEqual(['afwegingskader', 'criteria', 1]);
    const warning = assess({ ...input, afwegingskader: frame }).warnings.find(
      (w) => w.code === 'criterion_not_operational',
    );
    expect(warning?.path).toEqual(['input', 'afwegingskader', 'criteria', 1]);
    expect(errorOf(() => checkAfwegingskader(null))).toEqual({ code: 'invalid_input', path: ['afwegingskader'] });
  });
});

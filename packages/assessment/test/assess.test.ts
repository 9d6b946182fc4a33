import {
  AssessmentRecordSchema,
  AssessmentResultSchema,
  GebiedsgerichtError,
  type Score,
  type Variant,
} from '@gebiedsgericht/core';
import { describe, expect, it } from 'vitest';
import {
  addCriterionLater,
  assess,
  assessmentMessages,
  availableSpaceFromInteractions,
  buildAssessmentRecord,
  checkAfwegingskader,
  normaliseScores,
  rankByPriorityOrder,
  screenVariants,
  spatialFit,
  spatialFitAll,
} from '../src/index';
import { criterion, label } from './support/build';
import { lindewaardInput } from './support/lindewaard';

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(GebiedsgerichtError);
    return (e as GebiedsgerichtError).code;
  }
  throw new Error('expected an error');
}

describe('feasibility screening (maakbare varianten)', () => {
  it('marks the variant that builds in the brook valley as not feasible, with the reasons', () => {
    const screening = screenVariants(lindewaardInput());
    const b = screening.find((s) => s.variantId === 'variant-b');
    expect(b?.verdict).toBe('not_feasible');
    expect(b?.checks.filter((c) => c.status === 'broken').map((c) => c.randvoorwaardeId)).toEqual([
      'rv-waterberging',
      'rv-ruimte',
    ]);
    expect(screening.find((s) => s.variantId === 'variant-a')?.verdict).toBe('feasible');
  });
  it('leaves a variant undetermined when a judgement is missing, and ranks it with a warning', () => {
    const input = lindewaardInput();
    input.randvoorwaarden.push({ id: 'rv-erfgoed', name: label('Landgoederen vrij'), rule: { kind: 'judgement' } });
    for (const v of input.variants)
      if (v.id !== 'variant-c') v.judgements = [{ randvoorwaardeId: 'rv-erfgoed', met: true, motivation: label('ok') }];
    const result = assess(input);
    expect(result.screening.find((s) => s.variantId === 'variant-c')?.verdict).toBe('undetermined');
    expect(result.ranking.map((r) => r.variantId)).toContain('variant-c');
    expect(result.warnings.map((w) => w.code)).toContain('screening_undetermined');
  });
});

describe('spatial fit', () => {
  it('counts solar on storage as multiple use, housing in the valley as conflict, and measures geometry', () => {
    const fits = spatialFitAll(lindewaardInput());
    const [a, b, c] = fits;
    expect(a?.multipleUseHectares).toBeCloseTo(20, 6);
    expect(a?.netHectares).toBeCloseTo(340, 6);
    expect(a?.fits).toBe(true);
    expect(b?.conflictHectares).toBeCloseTo(30, 6);
    expect(b?.fits).toBe(false);
    // 0.6 km × 1.0 km overlap of the two rectangles = 60 ha, within the projection's error
    expect(c?.overlaps[0]?.source).toBe('geometry');
    expect(c?.multipleUseHectares).toBeGreaterThan(59.5);
    expect(c?.multipleUseHectares).toBeLessThan(60.5);
    expect(c?.marginHectares).toBeCloseTo(520 - (420 - (c?.multipleUseHectares ?? 0)), 6);
  });
});

describe('assess: the Lindewaard variants', () => {
  it('ranks the feasible variants, sets B aside and produces a valid JSON document', () => {
    const result = assess(lindewaardInput());
    expect(AssessmentResultSchema.safeParse(result).success).toBe(true);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(result.excludedVariantIds).toEqual(['variant-b']);
    expect(result.ranking.map((r) => r.variantId).sort()).toEqual(['variant-a', 'variant-c']);
    expect(result.sensitivity?.sweeps).toHaveLength(7);
    expect(result.distribution?.find((d) => d.variantId === 'variant-c')?.losers).toContain('dorpsraad-hoeverveen');
  });
  it('computes the weighted sum by hand for two variants (min–max, mitigated plus–minus)', () => {
    // A vs C after min–max over {A, C}: each criterion gives 1 to the better variant and 0 to the worse.
    // A better on: woningen (.25), kosten (.10), draagvlak (0 vs −, .10) → 0.45
    // C better on: waterberging (.20), stikstof (.15), landschap (++ after mitigation vs +, .10), meervoudig (.10) → 0.55
    const result = assess(lindewaardInput());
    const byId = Object.fromEntries(result.ranking.map((r) => [r.variantId, r.value]));
    expect(byId['variant-a']).toBeCloseTo(0.45, 12);
    expect(byId['variant-c']).toBeCloseTo(0.55, 12);
    expect(result.ranking[0]?.variantId).toBe('variant-c');
  });
  it('uses unmitigated scores when asked (landschap then ties)', () => {
    const input = { ...lindewaardInput(), useMitigatedScores: false };
    const c = normaliseScores(input).find((s) => s.variantId === 'variant-c' && s.criterionId === 'landschap');
    expect(c?.value).toBe(0);
  });
  it('applies a priority order lexicographically before the weights', () => {
    const input = { ...lindewaardInput(), priorityOrderId: 'water-sturend' };
    const result = assess(input);
    expect(result.ranking[0]).toMatchObject({ variantId: 'variant-c', rank: 1, decidedAtLevel: 1 });
    // instead of weights: waterberging alone decides
    expect(rankByPriorityOrder(lindewaardInput(), 'water-sturend')[0]?.variantId).toBe('variant-c');
  });
  it('builds the assessment record with what was and was not weighed', () => {
    const input = lindewaardInput();
    const result = assess(input);
    const record = buildAssessmentRecord(input, result, {
      id: 'verantwoording-lindewaard',
      recordedOn: '2027-03-01',
      furtherElaboration: [{ subject: label('Ligging windturbines'), basis: label('Participatietraject Hoeverveen') }],
    });
    expect(AssessmentRecordSchema.safeParse(record).success).toBe(true);
    expect(record.recommendedVariantId).toBe('variant-c');
    expect(record.weighed).toHaveLength(7);
    const categories = record.notWeighed.map((n) => `${n.category}:${n.refId ?? ''}`);
    expect(categories).toContain('variant:variant-b');
    expect(categories).toContain('novi_principle:');
    expect(record.notWeighed.find((n) => n.category === 'novi_principle')?.reason.nl).toContain('landbouw');
    expect(record.robustness?.mostCriticalCriterionId).toBeDefined();
  });
});

describe('a criterion added later (approved change)', () => {
  const health = criterion('gezondheid', {
    name: label('Gezondheid', 'Health'),
    unit: 'pt',
    addedLater: {
      changeId: 'wijziging-4',
      approvedOn: '2027-02-10',
      motivation: label('Nieuwe GGD-norm', 'New GGD standard'),
    },
  });
  const healthScores: Score[] = ['variant-a', 'variant-b', 'variant-c'].map((variantId, i) => ({
    variantId,
    criterionId: 'gezondheid',
    value: { scale: 'quantitative', value: [3, 1, 2][i] as number, unit: 'pt', basis: 'absolute' },
  }));
  it('is scored on its own and merged without touching the other scores; weights keep their proportions', () => {
    const input = lindewaardInput();
    const next = addCriterionLater(input, { criterion: health, scores: healthScores, weight: 0.2 });
    expect(next.scores.slice(0, input.scores.length)).toEqual(input.scores);
    const w = Object.fromEntries(next.afwegingskader.criteria.map((c) => [c.id, c.weight]));
    expect(w.woningen).toBeCloseTo(0.2, 12);
    expect(w.gezondheid).toBe(0.2);
    const result = assess(next);
    expect(result.criteriaAddedLater).toEqual(['gezondheid']);
    expect(input.afwegingskader.criteria).toHaveLength(7);
  });
  it('refuses a criterion without the approved change, scores on other criteria, and an existing id', () => {
    const { addedLater: _a, ...plain } = health;
    expect(
      codeOf(() => addCriterionLater(lindewaardInput(), { criterion: plain, scores: healthScores, weight: 0.1 })),
    ).toBe('criterion_not_added_later');
    const other = healthScores.map((s) => ({ ...s, criterionId: 'woningen' }));
    expect(codeOf(() => addCriterionLater(lindewaardInput(), { criterion: health, scores: other, weight: 0.1 }))).toBe(
      'score_not_for_new_criterion',
    );
    expect(
      codeOf(() =>
        addCriterionLater(lindewaardInput(), { criterion: { ...health, id: 'woningen' }, scores: [], weight: 0.1 }),
      ),
    ).toBe('criterion_exists');
    expect(
      codeOf(() =>
        addCriterionLater(lindewaardInput(), { criterion: health, scores: healthScores.slice(0, 1), weight: 0.1 }),
      ),
    ).toBe('missing_score');
  });
});

describe('bad input gives typed errors and changes nothing', () => {
  it('a criterion without scores', () => {
    const input = lindewaardInput();
    input.afwegingskader.criteria = [
      ...input.afwegingskader.criteria.map((c) => ({ ...c, weight: (c.weight as number) * 0.9 })),
      criterion('leeg', { weight: 0.1 }),
    ];
    expect(codeOf(() => assess(input))).toBe('criterion_without_scores');
  });
  it('NaN in a score', () => {
    const input = lindewaardInput();
    const s = input.scores[0];
    if (s?.value.scale === 'quantitative') s.value.value = Number.NaN;
    const before = JSON.stringify(input);
    expect(codeOf(() => assess(input))).toBe('invalid_input');
    expect(JSON.stringify(input)).toBe(before);
  });
  it('a unit that does not match the criterion', () => {
    const input = lindewaardInput();
    const s = input.scores.find((x) => x.criterionId === 'waterberging');
    if (s?.value.scale === 'quantitative') s.value.unit = 'm2';
    expect(codeOf(() => assess(input))).toBe('unit_mismatch');
  });
  it('a plus–minus score on a quantitative criterion', () => {
    const input = lindewaardInput();
    const i = input.scores.findIndex((x) => x.criterionId === 'waterberging');
    input.scores[i] = { ...(input.scores[i] as Score), value: { scale: 'plus_minus', value: '+' } };
    expect(codeOf(() => assess(input))).toBe('scale_mismatch');
  });
  it('a missing score of a feasible variant, a duplicate score, an unknown variant', () => {
    const input = lindewaardInput();
    input.scores = input.scores.filter((s) => !(s.variantId === 'variant-a' && s.criterionId === 'stikstof'));
    expect(codeOf(() => assess(input))).toBe('missing_score');
    const dup = lindewaardInput();
    dup.scores.push(dup.scores[0] as Score);
    expect(codeOf(() => assess(dup))).toBe('duplicate_score');
    const unknown = lindewaardInput();
    unknown.scores.push({ ...(unknown.scores[0] as Score), variantId: 'variant-z' });
    expect(codeOf(() => assess(unknown))).toBe('unknown_variant');
  });
  it('an uncertainty range that does not contain the score', () => {
    const input = lindewaardInput();
    const s = input.scores[0] as Score;
    input.scores[0] = { ...s, uncertainty: { kind: 'interval', low: 0, high: 1 } };
    expect(codeOf(() => assess(input))).toBe('uncertainty_excludes_score');
  });
  it('no feasible variant at all', () => {
    const input = lindewaardInput();
    input.randvoorwaarden.push({
      id: 'rv-onhaalbaar',
      name: label('Te streng'),
      rule: { kind: 'minimum', criterionId: 'waterberging', value: 1000 },
    });
    expect(codeOf(() => assess(input))).toBe('no_feasible_variant');
  });
  it('weights missing for the weighted sum', () => {
    const input = lindewaardInput();
    input.afwegingskader.criteria = input.afwegingskader.criteria.map(({ weight: _w, ...c }) => c);
    expect(codeOf(() => assess(input))).toBe('weights_missing');
  });
});

describe('checkAfwegingskader', () => {
  it('reports NOVI coverage and accepts a stated absence', () => {
    const check = checkAfwegingskader(lindewaardInput().afwegingskader);
    expect(check.ok).toBe(true);
    const sectors = check.noviCoverage.find((c) => c.principle === 'no_shift_to_sectors');
    expect(sectors?.criterionIds).toEqual([]);
    expect(sectors?.absence?.nl).toContain('landbouw');
    expect(check.noviCoverage.find((c) => c.principle === 'multiple_use')?.criterionIds).toEqual(['meervoudig']);
  });
  it('flags an uncovered NOVI principle, a criterion that is not operational and plus–minus used as a cost', () => {
    const frame = lindewaardInput().afwegingskader;
    const { noviAbsences: _n, ...withoutAbsences } = frame;
    const criteria = withoutAbsences.criteria.map((c) =>
      c.id === 'draagvlak' ? { ...c, direction: 'cost' as const } : c.id === 'woningen' ? { ...c, source: '  ' } : c,
    );
    const findings = checkAfwegingskader({ ...withoutAbsences, criteria }).findings;
    const codes = findings.map((f) => f.code);
    expect(codes).toEqual(
      expect.arrayContaining(['novi_principle_uncovered', 'criterion_not_operational', 'plus_minus_as_cost']),
    );
    // Every finding has a code of the package's catalogue, so docs/errors.md lists it.
    for (const code of codes) expect(Object.keys(assessmentMessages.messages)).toContain(code);
    expect(findings.find((f) => f.code === 'criterion_not_operational')?.message.en).toBe(
      'Criterion woningen is not operational: source missing',
    );
  });
  it('rejects weights that do not sum to 1', () => {
    const frame = lindewaardInput().afwegingskader;
    const criteria = frame.criteria.map((c) => (c.id === 'woningen' ? { ...c, weight: 0.3 } : c));
    expect(codeOf(() => checkAfwegingskader({ ...frame, criteria }))).toBe('invalid_input');
  });
});

describe('available space from the opgave interactions of the area (core InteractionSchema)', () => {
  it('turns a synergy into combinable pairs and a conflict into conflicting pairs', () => {
    const space = availableSpaceFromInteractions(520, [
      {
        id: 'i1',
        kind: 'synergie',
        opgaveIds: ['energie', 'water', 'natuur'],
        description: 'Zon op berging',
        responsiblePartyIds: ['waterschap-aa-en-lindt'],
      },
      { id: 'i2', kind: 'conflict', opgaveIds: ['wonen', 'water'], description: 'Wonen in het beekdal' },
    ]);
    expect(space.interactions).toHaveLength(4);
    expect(space.interactions.filter((x) => x.kind === 'combinable')).toHaveLength(3);
    const fit = spatialFit(lindewaardInput().variants[1] as Variant, space);
    expect(fit.conflictHectares).toBe(30);
  });
});

describe('edge cases', () => {
  it('ranks a single feasible variant alone, without sensitivity, and says which were set aside', () => {
    const input = lindewaardInput();
    input.randvoorwaarden.push({
      id: 'rv-meer-water',
      name: label('Minstens 180 ha waterberging'),
      rule: { kind: 'minimum', criterionId: 'waterberging', value: 180 },
    });
    const result = assess({
      ...input,
      uncertainty: { samples: 200, seed: 1, weights: { kind: 'unknown' }, sampleScores: true },
    });
    expect(result.ranking).toEqual([{ variantId: 'variant-c', rank: 1, value: 0 }]);
    expect(result.excludedVariantIds).toEqual(['variant-a', 'variant-b']);
    expect(result.sensitivity).toBeUndefined();
    expect(result.uncertainty?.variants[0]?.rankAcceptability).toEqual([1]);
  });
  it('interval normalisation uses the criterion interval and the plus–minus range', () => {
    const input = lindewaardInput();
    input.normalisation = 'interval';
    expect(codeOf(() => assess(input))).toBe('interval_missing');
    input.afwegingskader.criteria = input.afwegingskader.criteria.map((c) =>
      c.scale === 'quantitative'
        ? { ...c, interval: c.direction === 'cost' ? { worst: 500, best: 0 } : { worst: 0, best: 5000 } }
        : c,
    );
    const a = normaliseScores(input).filter((s) => s.variantId === 'variant-a');
    expect(a.find((s) => s.criterionId === 'kosten')?.value).toBeCloseTo(1 - 310 / 500, 12);
    expect(a.find((s) => s.criterionId === 'draagvlak')?.value).toBe(0.5); // '0' on −2…2
  });
});

import { describe, expect, it } from 'vitest';
import {
  AfwegingskaderSchema,
  AhpComparisonSchema,
  type AssessmentInput,
  AssessmentInputSchema,
  type Criterion,
  EffectSchema,
  GebiedsgerichtError,
  PlusMinusMappingSchema,
  PreferenceFunctionSchema,
  PriorityOrderSchema,
  validate,
} from '../src/index';
import { expectJsonSchemaAgreement } from './support/jsonSchemaAgreement';

const label = (nl: string, en: string) => ({ nl, en });

const water: Criterion = {
  id: 'waterberging',
  name: label('Waterberging', 'Water storage'),
  indicator: label('Hectare waterberging', 'Hectares of water storage'),
  unit: 'ha',
  method: label('GIS-analyse', 'GIS analysis'),
  source: 'Waterschap Aa en Lindt',
  referenceSituation: { description: label('Huidige situatie', 'Current situation'), value: 0, year: 2025 },
  direction: 'benefit',
  scale: 'quantitative',
  weight: 0.6,
  noviPrinciples: ['noShiftToFutureGenerations'],
};
const landscape: Criterion = {
  id: 'landschap',
  name: label('Landschap', 'Landscape'),
  indicator: label('Kwaliteit landschap en erfgoed', 'Landscape and heritage quality'),
  unit: 'plus-min',
  method: label('Expertoordeel', 'Expert judgement'),
  source: 'Atelier Lindewaard',
  referenceSituation: { description: label('Huidige situatie', 'Current situation') },
  direction: 'benefit',
  scale: 'plusMinus',
  weight: 0.4,
  noviPrinciples: ['areaCharacteristics'],
  addedLater: { changeId: 'wijziging-1', approvedOn: '2027-01-15', motivation: label('Nieuwe norm', 'New standard') },
};
const frame = {
  kind: 'afwegingskader' as const,
  schemaVersion: 2 as const,
  id: 'kader',
  title: label('Afwegingskader', 'Framework'),
  criteria: [water, landscape],
  priorityOrders: [
    {
      id: 'po',
      name: label('Water eerst', 'Water first'),
      levels: [['waterberging'], ['landschap']],
      use: 'beforeWeights' as const,
    },
  ],
  noviAbsences: [{ principle: 'multipleUse' as const, motivation: label('Elders', 'Elsewhere') }],
};
const square = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [5.6, 51.7],
      [5.61, 51.7],
      [5.61, 51.71],
      [5.6, 51.7],
    ] as [number, number][],
  ],
};
const input: AssessmentInput = {
  kind: 'assessmentInput',
  schemaVersion: 2,
  id: 'afweging',
  afwegingskader: frame,
  randvoorwaarden: [
    {
      id: 'rv',
      name: label('Minimaal 150 ha', 'At least 150 ha'),
      rule: { kind: 'minimum', criterionId: 'waterberging', value: 150 },
    },
  ],
  variants: [
    {
      id: 'a',
      name: label('Compacte kernen', 'Compact towns'),
      claims: [
        { id: 'a-w', opgaveId: 'water', hectares: 150, geometry: square, overlaps: [{ claimId: 'a-z', hectares: 10 }] },
      ],
      costs: [{ id: 'k', description: label('Grond', 'Land'), amountCents: 100_00, bearerPartyId: 'provincie' }],
      mitigations: [{ id: 'm', description: label('Inpassing', 'Integration'), criterionIds: ['landschap'] }],
      judgements: [{ randvoorwaardeId: 'rv', met: true, motivation: label('Ja', 'Yes') }],
    },
    { id: 'b', name: label('Groeiende dorpen', 'Growing villages'), claims: [] },
  ],
  scores: [
    {
      variantId: 'a',
      criterionId: 'waterberging',
      value: { scale: 'quantitative', value: 150, unit: 'ha', basis: 'absolute' },
      uncertainty: { kind: 'interval', low: 140, high: 160 },
    },
    {
      variantId: 'a',
      criterionId: 'landschap',
      value: { scale: 'plusMinus', value: '-' },
      mitigated: { value: { scale: 'plusMinus', value: '0' }, mitigationIds: ['m'] },
    },
  ],
  method: {
    method: 'promethee2',
    preferences: [{ criterionId: 'waterberging', function: { type: 'linear', q: 5, p: 20 } }],
  },
  normalisation: 'minMax',
  space: { availableHectares: 900, interactions: [{ opgaveIds: ['water', 'energie'], kind: 'combinable' }] },
  effects: [
    { id: 'e', variantId: 'a', partyId: 'lto', strength: '--', description: label('Verlies grond', 'Land lost') },
  ],
  uncertainty: { samples: 1000, seed: 7, weights: { kind: 'unknown' }, sampleScores: true },
};

function codesOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(GebiedsgerichtError);
    return (e as GebiedsgerichtError).issues.map((i) => i.code);
  }
  throw new Error('expected a GebiedsgerichtError');
}

describe('afwegingskader', () => {
  it('accepts weights that sum to 1 and rejects weights that do not, in Dutch and English', () => {
    expect(AfwegingskaderSchema.safeParse(frame).success).toBe(true);
    const bad = { ...frame, criteria: [{ ...water, weight: 0.5 }, landscape] };
    try {
      validate(AfwegingskaderSchema, bad);
      expect.unreachable();
    } catch (e) {
      const issue = (e as GebiedsgerichtError).issues[0];
      expect(issue?.code).toBe('weights_do_not_sum_to_one');
      expect(issue?.message.nl).toContain('0.9');
      expect(issue?.message.en).toContain('not to 1');
    }
  });
  it('honours its own weight tolerance', () => {
    const close = { ...frame, weightTolerance: 0.01, criteria: [{ ...water, weight: 0.595 }, landscape] };
    expect(AfwegingskaderSchema.safeParse(close).success).toBe(true);
  });
  it('accepts a framework without any weight (priority orders or SMAA) but not with some weights missing', () => {
    const { weight: _w, ...noWeightWater } = water;
    const { weight: _l, ...noWeightLandscape } = landscape;
    expect(AfwegingskaderSchema.safeParse({ ...frame, criteria: [noWeightWater, noWeightLandscape] }).success).toBe(
      true,
    );
    expect(codesOf(() => validate(AfwegingskaderSchema, { ...frame, criteria: [noWeightWater, landscape] }))).toContain(
      'weights_incomplete',
    );
  });
  it('rejects duplicate criteria, unknown criteria in a priority order and an absence claimed for a covered principle', () => {
    const codes = codesOf(() =>
      validate(AfwegingskaderSchema, {
        ...frame,
        criteria: [water, { ...water, weight: 0.4 }],
        priorityOrders: [{ ...frame.priorityOrders[0], levels: [['onbekend']] }],
        noviAbsences: [{ principle: 'noShiftToFutureGenerations', motivation: label('x', 'x') }],
      }),
    );
    expect(codes).toEqual(
      expect.arrayContaining(['duplicate_criterion', 'unknown_criterion', 'novi_absence_but_covered']),
    );
  });
  it('rejects a criterion twice in one priority order', () => {
    const order = { id: 'p', name: label('x', 'x'), levels: [['a'], ['b', 'a']], use: 'insteadOfWeights' };
    expect(codesOf(() => validate(PriorityOrderSchema, order))).toContain('criterion_twice_in_priority_order');
  });
});

describe('pairwise comparisons (AHP)', () => {
  const base = { kind: 'ahpComparison', schemaVersion: 2, id: 'ahp', criterionIds: ['a', 'b', 'c'] };
  it('accepts a reciprocal matrix with rounded thirds', () => {
    const matrix = [
      [1, 3, 5],
      [0.333, 1, 2],
      [0.2, 0.5, 1],
    ];
    expect(AhpComparisonSchema.safeParse({ ...base, matrix }).success).toBe(true);
  });
  it('rejects a non-reciprocal matrix, a wrong diagonal and a non-square matrix with typed codes', () => {
    const nonReciprocal = [
      [1, 3, 5],
      [3, 1, 2],
      [0.2, 0.5, 1],
    ];
    expect(codesOf(() => validate(AhpComparisonSchema, { ...base, matrix: nonReciprocal }))).toContain(
      'pairwise_not_reciprocal',
    );
    const diagonal = [
      [2, 3, 5],
      [1 / 3, 1, 2],
      [0.2, 0.5, 1],
    ];
    expect(codesOf(() => validate(AhpComparisonSchema, { ...base, matrix: diagonal }))).toContain(
      'pairwise_diagonal_not_one',
    );
    expect(codesOf(() => validate(AhpComparisonSchema, { ...base, matrix: [[1, 2]] }))).toContain(
      'pairwise_not_square',
    );
  });
});

describe('scores and scales', () => {
  it('rejects NaN and infinite scores', () => {
    const nan = structuredClone(input);
    const first = nan.scores[0];
    if (first?.value.scale === 'quantitative') first.value.value = Number.NaN;
    expect(AssessmentInputSchema.safeParse(nan).success).toBe(false);
    const inf = structuredClone(input);
    const f = inf.scores[0];
    if (f?.value.scale === 'quantitative') f.value.value = Number.POSITIVE_INFINITY;
    expect(AssessmentInputSchema.safeParse(inf).success).toBe(false);
  });
  it('needs an increasing plus–minus mapping', () => {
    expect(PlusMinusMappingSchema.safeParse({ '--': -2, '-': -1, '0': 0, '+': 1, '++': 2 }).success).toBe(true);
    expect(codesOf(() => validate(PlusMinusMappingSchema, { '--': -2, '-': -1, '0': 0, '+': 1, '++': 1 }))).toContain(
      'plus_minus_mapping_not_increasing',
    );
  });
  it('orders PROMETHEE thresholds q < p', () => {
    expect(codesOf(() => validate(PreferenceFunctionSchema, { type: 'linear', q: 5, p: 2 }))).toContain(
      'thresholds_out_of_order',
    );
  });
  it('attaches every effect to a party or an area', () => {
    expect(
      codesOf(() => validate(EffectSchema, { id: 'e', variantId: 'a', strength: '+', description: label('x', 'x') })),
    ).toContain('effect_without_bearer');
  });
});

describe('JSON Schema agrees with zod for the assessment documents', () => {
  const result = {
    kind: 'assessmentResult',
    schemaVersion: 2,
    id: 'uitkomst',
    inputId: 'afweging',
    afwegingskaderId: 'kader',
    method: 'weightedSum',
    normalisation: 'minMax',
    weights: [{ criterionId: 'waterberging', weight: 0.6 }],
    screening: [
      {
        variantId: 'a',
        verdict: 'feasible',
        checks: [{ randvoorwaardeId: 'rv', status: 'met', observed: 150, motivation: label('ok', 'ok') }],
      },
    ],
    spatialFit: [
      {
        variantId: 'a',
        availableHectares: 900,
        claimedHectares: 160,
        multipleUseHectares: 10,
        conflictHectares: 0,
        netHectares: 150,
        marginHectares: 750,
        fits: true,
        perOpgave: [{ opgaveId: 'water', hectares: 150 }],
        overlaps: [
          {
            claimIds: ['a-w', 'a-z'],
            opgaveIds: ['water', 'energie'],
            hectares: 10,
            kind: 'combined',
            source: 'declared',
          },
        ],
      },
    ],
    normalisedScores: [{ variantId: 'a', criterionId: 'waterberging', value: 1, contribution: 0.6 }],
    ranking: [{ variantId: 'a', rank: 1, value: 0.6, decidedAtLevel: 1 }],
    excludedVariantIds: ['b'],
    prometheeFlows: [{ variantId: 'a', positive: 1, negative: 0, net: 1 }],
    sensitivity: {
      topVariantId: 'a',
      criteria: [
        {
          criterionId: 'waterberging',
          weight: 0.6,
          decrease: { delta: -0.2, newWeight: 0.4, newTopVariantId: 'b' },
          smallestChange: 0.2,
          relativeChange: 0.33,
        },
      ],
      mostCriticalCriterionId: 'waterberging',
      sweeps: [
        {
          criterionId: 'waterberging',
          points: [{ weight: 0, scores: [{ variantId: 'a', score: 0.4 }], topVariantId: 'a' }],
        },
      ],
    },
    uncertainty: {
      settings: { samples: 1000, seed: 1, weights: { kind: 'ranked' }, sampleScores: false },
      criterionIds: ['waterberging'],
      variants: [
        {
          variantId: 'a',
          rankAcceptability: [1],
          centralWeights: [{ criterionId: 'waterberging', weight: 1 }],
          confidenceFactor: 1,
        },
      ],
    },
    distribution: [
      {
        variantId: 'a',
        byParty: [{ subjectId: 'lto', gains: 0, losses: 1, net: -2, netAmountCents: 0, effectIds: ['e'] }],
        byArea: [],
        gainers: [],
        losers: ['lto'],
        partySpread: 0,
      },
    ],
    criteriaAddedLater: ['landschap'],
    warnings: [{ code: 'novi_principle_uncovered', path: [], message: label('x', 'x') }],
  };
  const record = {
    kind: 'assessmentRecord',
    schemaVersion: 2,
    id: 'verantwoording',
    afwegingskaderId: 'kader',
    resultId: 'uitkomst',
    recordedOn: '2027-03-01',
    methodDescription: label('Gewogen som', 'Weighted sum'),
    weighed: [
      {
        criterionId: 'landschap',
        name: label('Landschap', 'Landscape'),
        weight: 0.4,
        addedLater: landscape.addedLater,
      },
    ],
    notWeighed: [
      { category: 'variant', refId: 'b', subject: label('B', 'B'), reason: label('Niet maakbaar', 'Not feasible') },
    ],
    ranking: [{ variantId: 'a', rank: 1 }],
    recommendedVariantId: 'a',
    robustness: {
      mostCriticalCriterionId: 'waterberging',
      smallestRelativeChange: 0.3,
      firstRankAcceptability: 0.7,
      confidenceFactor: 0.9,
    },
    distribution: [{ variantId: 'a', gainers: [], losers: ['lto'] }],
    furtherElaboration: [{ subject: label('Wind', 'Wind'), basis: label('Participatie', 'Participation') }],
  };
  const samples: Record<string, unknown> = {
    afwegingskader: frame,
    variantSet: { kind: 'variantSet', schemaVersion: 2, id: 'varianten', variants: input.variants },
    scoreTable: { kind: 'scoreTable', schemaVersion: 2, id: 'scores', afwegingskaderId: 'kader', scores: input.scores },
    ahpComparison: {
      kind: 'ahpComparison',
      schemaVersion: 2,
      id: 'ahp',
      criterionIds: ['a', 'b'],
      matrix: [
        [1, 4],
        [0.25, 1],
      ],
    },
    assessmentInput: input,
    assessmentResult: result,
    assessmentRecord: record,
  };
  for (const [name, sample] of Object.entries(samples)) {
    it(`${name}`, () => {
      const counts = expectJsonSchemaAgreement(name, [sample], { runs: 150 });
      expect(counts.invalid).toBeGreaterThan(20);
    });
  }
});

import { describe, expect, it } from 'vitest';
import {
  ControlAspect,
  type ControlReport,
  ControlReportSchema,
  type ControlSheet,
  ControlSheetSchema,
  type Estimate,
  EstimateSchema,
  type FailureFactorCheck,
  GokitStatusSchema,
  ImpactByAspectSchema,
  type MonteCarloResult,
  type ProjectSetup,
  ProjectSetupSchema,
  RangeDistributionSchema,
  type RiskRegister,
  RiskRegisterSchema,
  type RiskScales,
  toJsonSchema,
} from '../src/index';
import { expectJsonSchemaAgreement } from './support/jsonSchemaAgreement';

const scope = { level: 'programme', programmeId: 'lindewaard' } as const;

const scales: RiskScales = {
  probability: [
    { class: 1, label: { nl: 'Klein', en: 'Low' }, upTo: 0.2 },
    { class: 2, label: { nl: 'Groot', en: 'High' } },
  ],
  impact: [
    { class: 1, label: { nl: 'Klein', en: 'Minor' }, upTo: { money: 100_000_00, time: 30 } },
    { class: 2, label: { nl: 'Groot', en: 'Major' } },
  ],
  bands: [
    { id: 'laag', label: { nl: 'Laag', en: 'Low' }, minScore: 1, maxScore: 2, status: 'onTrack', colour: '#1a9850' },
    { id: 'hoog', label: { nl: 'Hoog', en: 'High' }, minScore: 3, maxScore: 4, status: 'offTrack', colour: '#d73027' },
  ],
};

const register: RiskRegister = {
  kind: 'riskRegister',
  schemaVersion: 2,
  id: 'register',
  scope,
  version: 1,
  asOf: '2026-04-01',
  scales,
  risks: [
    {
      id: 'r-net',
      title: 'Netcongestie',
      cause: 'Vol net',
      event: 'Geen aansluiting',
      consequence: 'Vertraging',
      ownerId: 'provincie-zuidmark',
      probability: 2,
      impact: { time: 2, money: 1 },
      measures: [{ id: 'm1', strategy: 'reduce', description: 'Overleg', progress: 'planned', cost: 10_000_00 }],
      residual: { probability: 1, impact: { time: 2 } },
      status: 'treating',
      identifiedOn: '2026-01-15',
      history: [
        { on: '2026-01-15', actorId: 'provincie-zuidmark', change: 'identified', probability: 2, note: 'start' },
      ],
      estimateEventIds: ['ev-net'],
    },
  ],
};

const sheet: ControlSheet = {
  kind: 'controlSheet',
  schemaVersion: 2,
  id: 'sheet',
  scope: { level: 'step', processId: 'lindewaard', stepId: 'stap-3' },
  measuredOn: '2026-04-01',
  atRiskShare: 0.75,
  riskRegisterId: 'register',
  aspects: {
    money: { budget: 100_00, actual: 10_00, forecast: 110_00, tolerance: { mode: 'relative', over: 0.1, under: 0.2 } },
    organisation: {
      requiredHours: 100,
      actualHours: 10,
      forecastHours: 90,
      roles: [{ role: 'projectleider', partyId: 'gemeente-beekdal' }],
      tolerance: { mode: 'absolute', over: 20, under: 10 },
    },
    quality: {
      criteria: [
        {
          id: 'k1',
          description: 'Waterberging',
          indicator: 'berging',
          unit: 'ha',
          target: 150,
          direction: 'atLeast',
          acceptedBy: ['waterschap-aa-en-lindt'],
          deadline: '2030-12-31',
          forecast: 150,
          tolerance: { mode: 'relative', over: 1, under: 0.05 },
        },
      ],
    },
    information: {
      agreements: [
        {
          id: 'i1',
          subject: 'Stikstofdata',
          supplierId: 'provincie-zuidmark',
          recipientIds: ['gebiedstafel'],
          dueDate: '2026-03-01',
          forecastDate: '2026-04-15',
        },
      ],
      tolerance: { lateDays: 30 },
    },
    time: {
      plannedStart: '2026-01-05',
      plannedFinish: '2026-06-30',
      forecastFinish: '2026-07-14',
      tolerance: { lateDays: 21, earlyDays: 60 },
    },
  },
};

const report: ControlReport = {
  kind: 'controlReport',
  schemaVersion: 2,
  id: 'report',
  sheetId: 'sheet',
  status: { scope, measuredOn: '2026-04-01', aspects: { money: 'atRisk' }, risks: 'offTrack', overall: 'offTrack' },
  aspects: [
    {
      aspect: 'money',
      status: 'atRisk',
      findings: [
        { subjectId: 'budget', status: 'atRisk', norm: 100, forecast: 109, deviation: 9, text: { nl: 'x', en: 'x' } },
      ],
    },
  ],
  topRiskIds: ['r-net'],
  exceptions: [
    {
      id: 'sheet.risk.r-net',
      sheetId: 'sheet',
      scope,
      aspect: 'risk',
      subjectId: 'r-net',
      measuredOn: '2026-04-01',
      unit: 'score',
      norm: 2,
      forecast: 4,
      deviation: 2,
      toleranceLimit: 0,
      proposedRoute: 'ijkmomentAgenda',
      summary: { nl: 'Risico hoog', en: 'Risk high' },
    },
  ],
};

const estimate: Estimate = {
  kind: 'estimate',
  schemaVersion: 2,
  id: 'estimate',
  scope: { level: 'project', programmeId: 'lindewaard', projectId: 'n-weg', phase: 'design' },
  aspect: 'money',
  unit: 'euroCents',
  certainAbove: 0.5,
  baseEstimate: 1_000_00,
  items: [
    { id: 'a', label: 'Asfalt', range: { type: 'pert', min: 900_00, mode: 1_000_00, max: 1_400_00 } },
    { id: 'b', label: 'Borden', range: { type: 'fixed', value: 50_00 } },
  ],
  riskEvents: [
    {
      id: 'ev-net',
      label: 'Net',
      probability: 0.4,
      consequence: { type: 'uniform', min: 0, max: 300_00 },
      riskId: 'r-net',
    },
  ],
};

const result: MonteCarloResult = {
  kind: 'monteCarloResult',
  schemaVersion: 2,
  id: 'mc',
  estimateId: 'estimate',
  aspect: 'money',
  unit: 'euroCents',
  iterations: 1000,
  seed: 1,
  baseEstimate: 1_000_00,
  mean: 1_100_00,
  stdDev: 50_00,
  min: 950_00,
  max: 1_600_00,
  p50: 1_090_00,
  p85: 1_180_00,
  percentiles: [{ percentile: 10, value: 1_000_00 }],
  contingency: { percentile: 85, value: 1_180_00, amount: 180_00 },
  certainEventIds: [],
  contributions: [
    {
      id: 'ev-net',
      source: 'riskEvent',
      label: 'Net',
      mean: 60_00,
      stdDev: 80_00,
      varianceShare: 0.6,
      occurrenceRate: 0.4,
      swing: 150_00,
      low: 1_040_00,
      high: 1_250_00,
    },
  ],
  histogram: [{ from: 950_00, to: 1_600_00, count: 1000 }],
  sCurve: [{ value: 950_00, probability: 0 }],
};

const setup: ProjectSetup = {
  kind: 'projectSetup',
  schemaVersion: 2,
  id: 'setup',
  scope: { level: 'increment', programmeId: 'lindewaard', projectId: 'data', incrementId: 'inc-1' },
  start: '2026-01-01',
  plannedFinish: '2026-12-31',
  principals: [{ partyId: 'provincie-zuidmark', lead: true }],
  plan: { approvedOn: '2026-01-15', covers: ['goal', 'result'] },
  goal: 'Gedeelde feitenbasis',
  result: 'Datakaart',
  qualityCriteria: [],
  method: {
    method: 'incremental',
    variant: 'scrum',
    increments: [
      {
        id: 'inc-1',
        name: 'Increment 1',
        timebox: { start: '2026-01-05', end: '2026-03-27' },
        budget: 50_000_00,
        scope: [{ id: 's1', description: 'Stikstofkaart', priority: 'must' }],
        userIds: ['dorpsraad'],
      },
    ],
  },
  planning: { budget: 100_000_00, costP50: 90_000_00 },
  changeLog: [
    {
      id: 'c1',
      on: '2026-02-01',
      subject: 'criterion',
      magnitude: 'minor',
      description: 'Nieuw criterium',
      decisionId: 'b1',
    },
  ],
  progressControl: { lastMeasuredOn: '2026-03-27', aspectsMonitored: ['money', 'time', 'quality'] },
  measureAndDecisionPoints: ['2026-03-27'],
};

const check: FailureFactorCheck = {
  kind: 'failureFactorCheck',
  schemaVersion: 2,
  id: 'check',
  setupId: 'setup',
  checkedOn: '2026-04-01',
  findings: [
    {
      factor: 'changingRequirements',
      verdict: 'signal',
      measured: 1.2,
      threshold: 2,
      evidence: [{ nl: 'x', en: 'x' }],
    },
  ],
  worst: 'signal',
};

describe('risk section: documents', () => {
  it.each([
    ['controlSheet', sheet],
    ['controlReport', report],
    ['riskRegister', register],
    ['estimate', estimate],
    ['monteCarloResult', result],
    ['projectSetup', setup],
    ['failureFactorCheck', check],
  ] as const)('%s: zod and the published JSON Schema agree', (name, sample) => {
    const counts = expectJsonSchemaAgreement(name, [sample], { runs: 150 });
    expect(counts.checked).toBeGreaterThan(0);
    expect(toJsonSchema(name).title).toBeTruthy();
  });

  it('documents survive a JSON round trip unchanged', () => {
    for (const [schema, doc] of [
      [ControlSheetSchema, sheet],
      [ControlReportSchema, report],
      [RiskRegisterSchema, register],
      [EstimateSchema, estimate],
      [ProjectSetupSchema, setup],
    ] as const) {
      expect(schema.parse(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
    }
  });
});

describe('risk section: cross-field rules with stable codes', () => {
  const codes = (r: { success: boolean; error?: { issues: { params?: unknown; code: string }[] } }) =>
    (r.error?.issues ?? []).map((i) => (i.params as { code?: string } | undefined)?.code ?? i.code);

  it('ranges: min above max, mode outside the range, NaN', () => {
    expect(codes(RangeDistributionSchema.safeParse({ type: 'uniform', min: 5, max: 1 }))).toEqual(['min_above_max']);
    expect(codes(RangeDistributionSchema.safeParse({ type: 'pert', min: 1, mode: 9, max: 5 }))).toEqual([
      'mode_outside_range',
    ]);
    expect(RangeDistributionSchema.safeParse({ type: 'triangular', min: Number.NaN, mode: 1, max: 2 }).success).toBe(
      false,
    );
    expect(RangeDistributionSchema.safeParse({ type: 'lognormal', min: 1, max: 2 }).success).toBe(false);
  });

  it('estimates: money in whole cents, unit fits aspect, unique ids, probabilities in [0, 1]', () => {
    const item = estimate.items[0];
    if (!item) throw new Error('sample');
    expect(codes(EstimateSchema.safeParse({ ...estimate, unit: 'days' }))).toEqual(['unit_does_not_fit_aspect']);
    expect(
      codes(EstimateSchema.safeParse({ ...estimate, items: [{ ...item, range: { type: 'fixed', value: 0.5 } }] })),
    ).toEqual(['amount_not_in_cents']);
    expect(codes(EstimateSchema.safeParse({ ...estimate, items: [item, item] }))).toEqual(['duplicate_id']);
    const event = estimate.riskEvents[0];
    if (!event) throw new Error('sample');
    expect(EstimateSchema.safeParse({ ...estimate, riskEvents: [{ ...event, probability: -0.01 }] }).success).toBe(
      false,
    );
    expect(EstimateSchema.safeParse({ ...estimate, riskEvents: [{ ...event, probability: 1.01 }] }).success).toBe(
      false,
    );
  });

  it('registers: classes within the scales, unique ids; a risk touches at least one known aspect', () => {
    const risk = register.risks[0];
    if (!risk) throw new Error('sample');
    expect(codes(RiskRegisterSchema.safeParse({ ...register, risks: [{ ...risk, probability: 3 }] }))).toEqual([
      'class_outside_scale',
    ]);
    expect(codes(RiskRegisterSchema.safeParse({ ...register, risks: [risk, risk] }))).toEqual(['duplicate_id']);
    expect(codes(ImpactByAspectSchema.safeParse({}))).toEqual(['no_impact_aspect']);
    expect(ImpactByAspectSchema.safeParse({ risico: 2 }).success).toBe(false);
    expect(ControlAspect.values).toEqual(['money', 'organisation', 'quality', 'information', 'time']);
    expect(ControlAspect.label('money', 'nl')).toBe('Geld');
  });

  it('control sheets need an aspect; the GOKIT-R status is a small embeddable shape', () => {
    expect(codes(ControlSheetSchema.safeParse({ ...sheet, aspects: {} }))).toEqual(['no_control_aspects']);
    expect(GokitStatusSchema.parse(report.status)).toEqual(report.status);
  });
});

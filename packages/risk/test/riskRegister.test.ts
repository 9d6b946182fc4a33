import { defaultRiskScales, isGebiedsgerichtError, type RiskRegister, RiskScalesSchema } from '@gebiedsgericht/core';
import { describe, expect, it } from 'vitest';
import {
  classifyRiskEvent,
  impactClassOf,
  probabilityClassOf,
  riskHeatMap,
  riskTrend,
  scoreRisks,
  topRisks,
  updateRisk,
} from '../src/index';
import { lindewaardRegister } from './fixtures/lindewaard';

function codesOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (isGebiedsgerichtError(error)) return [error.code, ...error.issues.map((i) => i.code)];
    throw error;
  }
  return [];
}

describe('scales', () => {
  it('the default is a valid 5 × 5 with contiguous bands from 1 to 25', () => {
    expect(RiskScalesSchema.parse(defaultRiskScales)).toEqual(defaultRiskScales);
    expect(defaultRiskScales.probability).toHaveLength(5);
    expect(defaultRiskScales.impact).toHaveLength(5);
  });

  it('refuses bands with a gap or overlap and classes out of order', () => {
    const gap = { ...defaultRiskScales, bands: defaultRiskScales.bands.filter((b) => b.id !== 'middel') };
    expect(RiskScalesSchema.safeParse(gap).success).toBe(false);
    const short = { ...defaultRiskScales, bands: defaultRiskScales.bands.slice(0, 2) };
    expect(codesOf(() => scoreRisks({ ...lindewaardRegister, scales: short }))).toContain('score_bands_not_contiguous');
    expect(codesOf(() => scoreRisks({ ...lindewaardRegister, scales: short }))).not.toContain(
      'scale_classes_not_consecutive',
    );
    const swapped = { ...defaultRiskScales, impact: [...defaultRiskScales.impact].reverse() };
    expect(codesOf(() => scoreRisks({ ...lindewaardRegister, scales: swapped }))).toContain(
      'scale_classes_not_consecutive',
    );
  });

  it('a 3 × 3 register works as well (configurable scales)', () => {
    const scales = {
      probability: defaultRiskScales.probability.slice(0, 3),
      impact: defaultRiskScales.impact.slice(0, 3),
      bands: [
        {
          id: 'laag',
          label: { nl: 'Laag', en: 'Low' },
          minScore: 1,
          maxScore: 2,
          status: 'on_track',
          colour: '#00aa00',
        },
        {
          id: 'hoog',
          label: { nl: 'Hoog', en: 'High' },
          minScore: 3,
          maxScore: 9,
          status: 'off_track',
          colour: '#aa0000',
        },
      ],
    } as const;
    const register: RiskRegister = {
      ...lindewaardRegister,
      scales: { ...scales, bands: scales.bands.map((b) => ({ ...b })) },
      risks: [{ ...(lindewaardRegister.risks[4] as RiskRegister['risks'][number]) }],
    };
    expect(riskHeatMap(register).cells).toHaveLength(9);
    expect(scoreRisks(register)[0]?.band.id).toBe('hoog');
  });
});

describe('scores, heat map and top risks', () => {
  it('scores probability × the highest impact over the GOKIT aspects, with its band', () => {
    const scores = Object.fromEntries(scoreRisks(lindewaardRegister).map((s) => [s.riskId, s]));
    expect(scores['r-netcongestie']).toMatchObject({ probability: 4, impact: 4, aspect: 'time', score: 16 });
    expect(scores['r-netcongestie']?.band.id).toBe('hoog');
    expect(scores['r-kosten-nweg']).toMatchObject({ score: 15, aspect: 'money' });
    expect(scores['r-landschap']?.band.id).toBe('middel');
    // Residual: netcongestie after its measures 3 × 3.
    const residual = scoreRisks(lindewaardRegister, { basis: 'residual' }).find((s) => s.riskId === 'r-netcongestie');
    expect(residual?.score).toBe(9);
  });

  it('the heat map puts every risk that is not closed in exactly one cell', () => {
    const map = riskHeatMap(lindewaardRegister);
    expect(map.cells).toHaveLength(25);
    const cell = (p: number, i: number) => map.cells.find((c) => c.probability === p && c.impact === i);
    expect(cell(4, 4)?.riskIds).toEqual(['r-netcongestie']);
    expect(cell(3, 5)?.riskIds).toEqual(['r-kosten-nweg']);
    expect(cell(4, 3)?.riskIds).toEqual(['r-stikstofdata']);
    expect(map.cells.flatMap((c) => c.riskIds).sort()).toEqual(lindewaardRegister.risks.map((r) => r.id).sort());
    expect(cell(5, 5)?.colour).toBe('#d73027');

    const closed: RiskRegister = {
      ...lindewaardRegister,
      risks: lindewaardRegister.risks.map((r) => (r.id === 'r-landschap' ? { ...r, status: 'closed' as const } : r)),
    };
    expect(riskHeatMap(closed).cells.flatMap((c) => c.riskIds)).not.toContain('r-landschap');
  });

  it('the heat map of one aspect only holds the risks with impact on it', () => {
    const money = riskHeatMap(lindewaardRegister, { aspect: 'money' });
    expect(money.cells.flatMap((c) => c.riskIds).sort()).toEqual(['r-kosten-nweg', 'r-netcongestie']);
    expect(money.cells.find((c) => c.riskIds.includes('r-netcongestie'))).toMatchObject({ probability: 4, impact: 3 });
  });

  it('top risks are ordered by score, then probability, then id', () => {
    expect(topRisks(lindewaardRegister, { count: 3 }).map((s) => s.riskId)).toEqual([
      'r-netcongestie',
      'r-kosten-nweg',
      'r-stikstofdata',
    ]);
    expect(topRisks(lindewaardRegister, { count: 0 })).toEqual([]);
    expect(codesOf(() => topRisks(lindewaardRegister, { count: -1 }))).toContain('invalid_argument');
  });
});

describe('register validation', () => {
  it('refuses classes outside the scales, duplicate ids, unknown aspects and a risk without impact', () => {
    const risk = lindewaardRegister.risks[0] as RiskRegister['risks'][number];
    expect(codesOf(() => scoreRisks({ ...lindewaardRegister, risks: [{ ...risk, probability: 6 }] }))).toContain(
      'class_outside_scale',
    );
    expect(codesOf(() => scoreRisks({ ...lindewaardRegister, risks: [risk, risk] }))).toContain('duplicate_id');
    expect(
      codesOf(() =>
        scoreRisks({ ...lindewaardRegister, risks: [{ ...risk, impact: { risico: 3 } as unknown as { time: 3 } }] }),
      ),
    ).toContain('unrecognized_keys');
    expect(codesOf(() => scoreRisks({ ...lindewaardRegister, risks: [{ ...risk, impact: {} }] }))).toContain(
      'no_impact_aspect',
    );
    expect(
      codesOf(() => scoreRisks({ ...lindewaardRegister, risks: [{ ...risk, probability: Number.NaN }] })),
    ).toContain('invalid_input');
  });
});

describe('updates and trend', () => {
  it('updateRisk returns the next version with the change in the history and leaves the input alone', () => {
    const before = structuredClone(lindewaardRegister);
    const next = updateRisk(
      lindewaardRegister,
      'r-netcongestie',
      { probability: 3 },
      { on: '2026-10-01', actorId: 'provincie-zuidmark', note: 'Netbeheerder heeft capaciteit toegezegd' },
    );
    expect(lindewaardRegister).toEqual(before);
    expect(next.version).toBe(2);
    expect(next.asOf).toBe('2026-10-01');
    const risk = next.risks.find((r) => r.id === 'r-netcongestie');
    expect(risk?.probability).toBe(3);
    expect(risk?.history.at(-1)).toEqual({
      on: '2026-10-01',
      actorId: 'provincie-zuidmark',
      change: 'reassessed',
      probability: 3,
      note: 'Netbeheerder heeft capaciteit toegezegd',
    });
    expect(
      codesOf(() => updateRisk(lindewaardRegister, 'r-onbekend', {}, { on: '2026-10-01', actorId: 'x' })),
    ).toContain('unknown_risk');
    expect(
      codesOf(() =>
        updateRisk(lindewaardRegister, 'r-landschap', { probability: 9 }, { on: '2026-10-01', actorId: 'x' }),
      ),
    ).toContain('class_outside_scale');
  });

  it('riskTrend reports added, removed, increased, decreased and status changes', () => {
    let next = updateRisk(lindewaardRegister, 'r-netcongestie', { probability: 2 }, { on: '2026-10-01', actorId: 'p' });
    next = updateRisk(next, 'r-stikstofdata', { probability: 5 }, { on: '2026-10-01', actorId: 'p' });
    next = updateRisk(next, 'r-landschap', { status: 'closed' }, { on: '2026-10-01', actorId: 'p' });
    next = {
      ...next,
      risks: [
        ...next.risks.filter((r) => r.id !== 'r-capaciteit-hoeverveen'),
        {
          id: 'r-wind-weerstand',
          title: 'Weerstand tegen windturbines bij Hoeverveen',
          cause: 'Georganiseerd verzet van omwonenden',
          event: 'Bezwaar en beroep tegen het projectbesluit',
          consequence: 'Vertraging van de windopgave',
          ownerId: 'provincie-zuidmark',
          probability: 4,
          impact: { time: 3, quality: 2 },
          measures: [],
          status: 'open',
          identifiedOn: '2026-09-01',
          history: [],
        },
      ],
    };
    const trend = riskTrend(lindewaardRegister, next);
    expect(trend.added).toEqual(['r-wind-weerstand']);
    expect(trend.removed).toEqual(['r-capaciteit-hoeverveen']);
    expect(trend.increased.map((c) => [c.riskId, c.from, c.to])).toEqual([['r-stikstofdata', 12, 15]]);
    expect(trend.decreased.map((c) => [c.riskId, c.from, c.to, c.toBand])).toEqual([
      ['r-netcongestie', 16, 8, 'middel'],
    ]);
    expect(trend.statusChanged).toEqual([{ riskId: 'r-landschap', from: 'open', to: 'closed' }]);
    expect(trend.totalScore).toEqual({ from: 16 + 12 + 12 + 15 + 6, to: 8 + 15 + 15 + 12 });
  });

  it('riskTrend refuses an older version, another scope or other scales', () => {
    expect(codesOf(() => riskTrend(lindewaardRegister, lindewaardRegister))).toContain('version_not_later');
    const later = { ...lindewaardRegister, version: 2 };
    expect(
      codesOf(() =>
        riskTrend(lindewaardRegister, { ...later, scope: { level: 'programme', programmeId: 'hoge-zand' } }),
      ),
    ).toContain('scope_differs');
    const three = {
      probability: defaultRiskScales.probability.slice(0, 3),
      impact: defaultRiskScales.impact.slice(0, 3),
      bands: [
        { ...(defaultRiskScales.bands[0] as (typeof defaultRiskScales.bands)[number]), minScore: 1, maxScore: 9 },
      ],
    };
    expect(codesOf(() => riskTrend(lindewaardRegister, { ...later, scales: three, risks: [] }))).toContain(
      'scales_differ',
    );
  });
});

describe('classes from quantified risks', () => {
  it('probability and impact classes follow the upper bounds of the scales', () => {
    expect(probabilityClassOf(defaultRiskScales, 0)).toBe(1);
    expect(probabilityClassOf(defaultRiskScales, 0.01)).toBe(1);
    expect(probabilityClassOf(defaultRiskScales, 0.011)).toBe(2);
    expect(probabilityClassOf(defaultRiskScales, 0.4)).toBe(4);
    expect(probabilityClassOf(defaultRiskScales, 0.9)).toBe(5);
    expect(impactClassOf(defaultRiskScales, 'money', 350_000_00)).toBe(3);
    expect(impactClassOf(defaultRiskScales, 'money', 9_000_000_00)).toBe(5);
    expect(impactClassOf(defaultRiskScales, 'time', 7)).toBe(1);
    expect(impactClassOf(defaultRiskScales, 'time', 100)).toBe(4);
    expect(
      classifyRiskEvent(defaultRiskScales, 'money', {
        id: 'ev-bodem',
        label: 'Verontreinigde grond',
        probability: 0.3,
        consequence: { type: 'uniform', min: 300_000_00, max: 900_000_00 },
      }),
    ).toEqual({ probability: 3, impact: 3 });
  });

  it('refuses probabilities outside [0, 1], negative or NaN amounts and unknown aspects', () => {
    expect(codesOf(() => probabilityClassOf(defaultRiskScales, 1.5))).toContain('invalid_argument');
    // a NaN is not_a_finite_number, as everywhere in the SDK
    expect(codesOf(() => probabilityClassOf(defaultRiskScales, Number.NaN))).toContain('not_a_finite_number');
    expect(codesOf(() => impactClassOf(defaultRiskScales, 'money', Number.NaN))).toContain('not_a_finite_number');
    expect(codesOf(() => impactClassOf(defaultRiskScales, 'money', -1))).toContain('invalid_argument');
    expect(codesOf(() => impactClassOf(defaultRiskScales, 'quality' as 'money', 1))).toContain('invalid_argument');
  });
});

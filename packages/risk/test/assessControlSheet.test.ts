import {
  ControlExceptionSchema,
  ControlReportSchema,
  type ControlSheet,
  isGebiedsgerichtError,
} from '@gebiedsgericht/core';
import { describe, expect, it } from 'vitest';
import { assessControlSheet, gokitOverview } from '../src/index';
import { lindewaardRegister, stap3Sheet } from './fixtures/lindewaard';

function codesOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (isGebiedsgerichtError(error)) return [error.code, ...error.issues.map((i) => i.code)];
    throw error;
  }
  return [];
}

function withMoney(
  forecast: number,
  tolerance: NonNullable<ControlSheet['aspects']['money']>['tolerance'],
): ControlSheet {
  return {
    ...stap3Sheet,
    aspects: { money: { budget: 400_000_00, actual: 100_000_00, forecast, tolerance } },
  };
}

describe('assessControlSheet: the GOKIT aspects', () => {
  const report = assessControlSheet(stap3Sheet, { register: lindewaardRegister });
  const status = report.status;

  it('gives every measured aspect a status from its forecast, norm and tolerance', () => {
    // Geld: 390k against 400k, 25% under allowed: well within.
    expect(status.aspects.money).toBe('on_track');
    // Tijd: 21 days late, 30 allowed, at-risk share 0.8 → 24: on track.
    expect(status.aspects.time).toBe('on_track');
    // Kwaliteit: three variants expected, three needed.
    expect(status.aspects.quality).toBe('on_track');
    // Organisatie: 2,500 of 3,000 hours, 10% (300 h) shortfall allowed: off track.
    expect(status.aspects.organisation).toBe('off_track');
    // Informatie: due 1 Feb, not delivered on 1 Apr (59 days), 30 allowed: off track.
    expect(status.aspects.information).toBe('off_track');
    // R: netcongestie (16) and N-weg (15) are in the high band.
    expect(status.risks).toBe('off_track');
    expect(status.overall).toBe('off_track');
    expect(report.topRiskIds.slice(0, 2)).toEqual(['r-netcongestie', 'r-kosten-nweg']);
  });

  it('turns every forecast beyond tolerance into an exception, as plain data for the process', () => {
    expect(report.exceptions.map((e) => [e.aspect, e.subjectId, e.proposedRoute])).toEqual([
      ['organisation', 'capacity', 'ijkmoment_agenda'],
      ['information', 'i-stikstof', 'ijkmoment_agenda'],
      ['risk', 'r-netcongestie', 'ijkmoment_agenda'],
      ['risk', 'r-kosten-nweg', 'ijkmoment_agenda'],
    ]);
    const capacity = report.exceptions[0];
    expect(capacity).toMatchObject({ norm: 3000, forecast: 2500, deviation: -500, toleranceLimit: 300, unit: 'hours' });
    for (const e of report.exceptions) expect(ControlExceptionSchema.parse(e)).toEqual(e);
    expect(ControlReportSchema.parse(report)).toEqual(report);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('reports a vacant role as at risk', () => {
    const organisation = report.aspects.find((a) => a.aspect === 'organisation');
    expect(organisation?.findings.find((f) => f.subjectId === 'role-2')).toMatchObject({ status: 'at_risk' });
    expect(organisation?.findings.find((f) => f.subjectId === 'role-2')?.text.nl).toContain('ontwerper watersysteem');
  });

  it('money: at risk beyond the at-risk share, off track beyond tolerance, a knelpunt beyond twice the tolerance', () => {
    const relative = { mode: 'relative', over: 0.1, under: 0.25 } as const;
    expect(assessControlSheet(withMoney(430_000_00, relative)).status.aspects.money).toBe('on_track'); // +30k ≤ 32k
    expect(assessControlSheet(withMoney(435_000_00, relative)).status.aspects.money).toBe('at_risk'); // +35k > 32k
    const over = assessControlSheet(withMoney(450_000_00, relative));
    expect(over.status.aspects.money).toBe('off_track');
    expect(over.exceptions[0]).toMatchObject({
      aspect: 'money',
      proposedRoute: 'ijkmoment_agenda',
      toleranceLimit: 40_000_00,
    });
    expect(assessControlSheet(withMoney(490_000_00, relative)).exceptions[0]?.proposedRoute).toBe('knelpunt');
    expect(
      assessControlSheet(withMoney(490_000_00, relative), { knelpuntFactor: 3 }).exceptions[0]?.proposedRoute,
    ).toBe('ijkmoment_agenda');
    const absolute = { mode: 'absolute', over: 5_000_00, under: 5_000_00 } as const;
    expect(assessControlSheet(withMoney(394_000_00, absolute)).status.aspects.money).toBe('off_track');
  });

  it('quality follows the direction of each SMART criterion', () => {
    const criterion = stap3Sheet.aspects.quality?.criteria[0];
    if (!criterion) throw new Error('fixture');
    const sheet = (forecast: number, direction: 'at_least' | 'at_most' | 'exactly'): ControlSheet => ({
      ...stap3Sheet,
      aspects: { quality: { criteria: [{ ...criterion, forecast, direction }] } },
    });
    expect(assessControlSheet(sheet(6, 'at_least')).status.aspects.quality).toBe('on_track');
    expect(assessControlSheet(sheet(2, 'at_least')).status.aspects.quality).toBe('at_risk'); // 1 short, 1 allowed
    expect(assessControlSheet(sheet(1, 'at_least')).status.aspects.quality).toBe('off_track');
    expect(assessControlSheet(sheet(1, 'at_most')).status.aspects.quality).toBe('on_track');
    expect(assessControlSheet(sheet(9, 'exactly')).status.aspects.quality).toBe('off_track'); // 6 over, 5 allowed
  });

  it('information uses the delivery date, else the forecast, else today when overdue', () => {
    const agreement = stap3Sheet.aspects.information?.agreements[0];
    if (!agreement) throw new Error('fixture');
    const sheet = (extra: Partial<typeof agreement>): ControlSheet => ({
      ...stap3Sheet,
      aspects: { information: { agreements: [{ ...agreement, ...extra }], tolerance: { lateDays: 30 } } },
    });
    expect(assessControlSheet(sheet({ deliveredOn: '2026-02-05' })).status.aspects.information).toBe('on_track');
    expect(assessControlSheet(sheet({ deliveredOn: '2026-02-28' })).status.aspects.information).toBe('at_risk');
    const forecast = assessControlSheet(sheet({ forecastDate: '2026-06-01' }));
    expect(forecast.aspects[0]?.findings[0]?.forecast).toBe(120);
    expect(assessControlSheet(sheet({ dueDate: '2026-05-01' })).status.aspects.information).toBe('on_track');
  });

  it('time counts the actual finish once reached, and early beyond tolerance is off track too', () => {
    const time = stap3Sheet.aspects.time;
    if (!time) throw new Error('fixture');
    const sheet = (extra: Partial<typeof time>): ControlSheet => ({
      ...stap3Sheet,
      aspects: { time: { ...time, ...extra } },
    });
    expect(assessControlSheet(sheet({ actualFinish: '2026-08-15' })).status.aspects.time).toBe('off_track');
    expect(assessControlSheet(sheet({ forecastFinish: '2026-03-01' })).status.aspects.time).toBe('off_track');
    expect(assessControlSheet(sheet({ forecastFinish: '2026-07-28' })).status.aspects.time).toBe('at_risk');
  });
});

describe('assessControlSheet: bad input', () => {
  it('refuses a forecast below the actuals, a sheet without aspects, unknown aspects and NaN, and changes nothing', () => {
    const before = structuredClone(stap3Sheet);
    expect(
      codesOf(() => assessControlSheet(withMoney(50_000_00, { mode: 'relative', over: 0.1, under: 0.1 }))),
    ).toContain('forecast_below_actual');
    expect(codesOf(() => assessControlSheet({ ...stap3Sheet, aspects: {} }))).toContain('no_control_aspects');
    expect(
      codesOf(() => assessControlSheet({ ...stap3Sheet, aspects: { risico: {} } } as unknown as ControlSheet)),
    ).toContain('unrecognized_keys');
    expect(
      codesOf(() => assessControlSheet(withMoney(Number.NaN, { mode: 'relative', over: 0.1, under: 0.1 }))),
    ).toContain('invalid_input');
    const time = stap3Sheet.aspects.time;
    if (!time) throw new Error('fixture');
    expect(
      codesOf(() => assessControlSheet({ ...stap3Sheet, aspects: { time: { ...time, plannedStart: '2026-12-01' } } })),
    ).toContain('ends_before_start');
    expect(
      codesOf(() => assessControlSheet(withMoney(400_000_00, { mode: 'relative', over: -0.1, under: 0.1 }))),
    ).toContain('too_small');
    expect(codesOf(() => assessControlSheet(stap3Sheet, { knelpuntFactor: 0.5 }))).toContain('invalid_argument');
    expect(stap3Sheet).toEqual(before);
  });
});

describe('gokitOverview: GOKIT-R per project in the programme and per step', () => {
  const project = (projectId: string, measuredOn: string, forecast: number) =>
    assessControlSheet({
      ...withMoney(forecast, { mode: 'relative', over: 0.1, under: 0.25 }),
      id: `gokit-${projectId}-${measuredOn}`,
      scope: { level: 'project', programmeId: 'lindewaard', projectId },
      measuredOn,
    });
  const reports = [
    project('n-weg', '2026-04-01', 500_000_00),
    project('n-weg', '2026-10-01', 410_000_00),
    project('zonneveld', '2026-10-01', 435_000_00),
    project('hoge-zand-stal', '2026-10-01', 400_000_00),
    assessControlSheet(stap3Sheet, { register: lindewaardRegister }),
  ];
  const other = assessControlSheet({
    ...withMoney(600_000_00, { mode: 'relative', over: 0.1, under: 0.25 }),
    id: 'gokit-elders',
    scope: { level: 'project', programmeId: 'hoge-zand', projectId: 'stal' },
  });

  it('takes the latest report per project of the programme', () => {
    const overview = gokitOverview([...reports, other], { programmeId: 'lindewaard' });
    expect(overview.rows.map((r) => [r.scope.level === 'project' ? r.scope.projectId : '', r.status.overall])).toEqual([
      ['hoge-zand-stal', 'on_track'],
      ['n-weg', 'on_track'],
      ['zonneveld', 'at_risk'],
    ]);
    expect(overview.overall).toBe('at_risk');
    expect(overview.counts.money).toEqual({ on_track: 2, at_risk: 1, off_track: 0 });
    expect(overview.exceptions).toEqual([]);
  });

  it('and per step of the area process', () => {
    const overview = gokitOverview(reports, { processId: 'lindewaard' });
    expect(overview.rows).toHaveLength(1);
    expect(overview.overall).toBe('off_track');
    expect(overview.counts.risks.off_track).toBe(1);
    expect(overview.exceptions).toHaveLength(4);
  });

  it('refuses something that is not a list of reports', () => {
    expect(codesOf(() => gokitOverview('x' as never))).toContain('invalid_argument');
    expect(codesOf(() => gokitOverview([{ kind: 'controlReport' } as never]))).toContain('invalid_input');
  });
});

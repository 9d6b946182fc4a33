import { FailureFactorCheckSchema, isGebiedsgerichtError, type ProjectSetup } from '@gebiedsgericht/core';
import { describe, expect, it } from 'vitest';
import { checkFailureFactors, controlRegime } from '../src/index';
import { nWegSetup } from './fixtures/lindewaard';

function verdicts(setup: ProjectSetup, checkedOn = '2026-11-01', thresholds = {}) {
  const check = checkFailureFactors(setup, { checkedOn, thresholds });
  return Object.fromEntries(check.findings.map((f) => [f.factor, f.verdict]));
}

describe('method profiles', () => {
  it('traditional: the programme of requirements is fixed, each phase has a GOKIT decision point', () => {
    const regime = controlRegime(nWegSetup.method);
    expect(regime.fixed).toEqual(['quality']);
    expect(regime.decisionPoints.map((d) => d.date)).toEqual([
      '2026-03-31',
      '2026-09-30',
      '2027-03-31',
      '2027-09-30',
      '2028-06-30',
    ]);
    expect(regime.warnings).toEqual([]);
    const missing = controlRegime({
      method: 'traditional',
      phases: [{ phase: 'design' }, { phase: 'initiative', decisionPoint: { aspects: ['money'] } }],
    });
    expect(missing.phasesWithoutDecisionPoint).toEqual(['design']);
    expect(missing.warnings.map((w) => w.en)).toEqual([
      'Design phase has no GOKIT decision point',
      'Initiative phase is out of the standard order',
    ]);
  });

  it('incremental: lead time and budget are fixed and the scope follows; every timebox end is a measure point', () => {
    const regime = controlRegime({
      method: 'incremental',
      variant: 'scrum',
      increments: [
        {
          id: 'inc-1',
          name: 'Increment 1',
          timebox: { start: '2026-01-05', end: '2026-03-27' },
          scope: [{ id: 's1', description: 'Datakaart stikstof', priority: 'must' }],
          userIds: ['dorpsraad-hoeverveen'],
        },
        {
          id: 'inc-2',
          name: 'Increment 2',
          timebox: { start: '2026-03-20', end: '2026-06-19' },
          scope: [{ id: 's2', description: 'Praatkaart water', priority: 'could' }],
          userIds: [],
        },
      ],
    });
    expect(regime.fixed).toEqual(['money', 'time']);
    expect(regime.follows).toEqual(['quality']);
    expect(regime.decisionPoints.map((d) => d.date)).toEqual(['2026-03-27', '2026-06-19']);
    expect(regime.warnings.map((w) => w.en)).toEqual([
      'Timeboxes of Increment 1 and Increment 2 overlap',
      'No users are involved in Increment 2',
      'Increment 2 has no "must have" item',
    ]);
  });

  it('projectmatig creëren: the aspects the self-steering teams steer are delegated', () => {
    const regime = controlRegime({
      method: 'projectmatig_creeren',
      complements: 'incremental',
      teams: [
        {
          id: 't1',
          name: 'Ontwerpteam',
          memberIds: ['a', 'b'],
          mandate: 'Varianten ontwerpen',
          delegatedAspects: ['quality', 'organisation'],
        },
        { id: 't2', name: 'Dataloket', memberIds: ['c'], mandate: 'Data leveren', delegatedAspects: [] },
      ],
    });
    expect(regime.delegated).toEqual(['organisation', 'quality']);
    expect(regime.fixed).toEqual(['money', 'time']);
    expect(regime.warnings.map((w) => w.en)).toEqual(['Team Dataloket has no delegated control aspects']);
  });

  it('refuses an unknown method or aspect', () => {
    expect(() => controlRegime({ method: 'waterfall' } as never)).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
    expect(() =>
      controlRegime({
        method: 'traditional',
        phases: [{ phase: 'design', decisionPoint: { aspects: ['risico'] } }],
      } as never),
    ).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
});

describe('failure-factor check', () => {
  it('a well set-up project has no failure factors, and the result is a valid document', () => {
    const check = checkFailureFactors(nWegSetup, { checkedOn: '2026-11-01' });
    expect(FailureFactorCheckSchema.parse(check)).toEqual(check);
    expect(check.findings.map((f) => f.factor)).toEqual([
      'unclear_principal',
      'no_proper_plan',
      'poorly_defined_goal',
      'optimistic_planning',
      'changing_requirements',
      'no_progress_control',
      'too_few_decision_points',
    ]);
    expect(check.worst).toBe('absent');
  });

  it('unclear principal: none, or several without one lead', () => {
    expect(verdicts({ ...nWegSetup, principals: [] }).unclear_principal).toBe('present');
    expect(
      verdicts({
        ...nWegSetup,
        principals: [
          { partyId: 'provincie-zuidmark', lead: true },
          { partyId: 'gemeente-beekdal', lead: true },
        ],
      }).unclear_principal,
    ).toBe('present');
  });

  it('no proper plan: missing, core parts missing, or not approved', () => {
    const { plan: _plan, ...withoutPlan } = nWegSetup;
    expect(verdicts(withoutPlan as ProjectSetup).no_proper_plan).toBe('present');
    expect(
      verdicts({ ...nWegSetup, plan: { covers: ['goal', 'result', 'approach', 'organisation'] } }).no_proper_plan,
    ).toBe('present');
    expect(verdicts({ ...nWegSetup, plan: { covers: nWegSetup.plan?.covers ?? [] } }).no_proper_plan).toBe('signal');
  });

  it('poorly defined goal: no result, no quality criteria, or criteria that are not SMART', () => {
    const { result: _result, ...withoutResult } = nWegSetup;
    expect(verdicts(withoutResult as ProjectSetup).poorly_defined_goal).toBe('present');
    expect(verdicts({ ...nWegSetup, qualityCriteria: [] }).poorly_defined_goal).toBe('present');
    const criterion = nWegSetup.qualityCriteria[0];
    if (!criterion) throw new Error('fixture');
    expect(verdicts({ ...nWegSetup, qualityCriteria: [{ ...criterion, acceptedBy: [] }] }).poorly_defined_goal).toBe(
      'signal',
    );
  });

  it('optimistic planning: budget below the P50, duration below the P50, capacity not committed', () => {
    const planning = nWegSetup.planning ?? {};
    expect(verdicts({ ...nWegSetup, planning: { ...planning, budget: 11_000_000_00 } }).optimistic_planning).toBe(
      'present',
    );
    expect(
      verdicts({ ...nWegSetup, planning: { ...planning, plannedDurationDays: 900, durationP50Days: 1000 } })
        .optimistic_planning,
    ).toBe('present');
    expect(verdicts({ ...nWegSetup, planning: { ...planning, committedHours: 5700 } }).optimistic_planning).toBe(
      'signal',
    );
    expect(verdicts({ ...nWegSetup, planning: { ...planning, committedHours: 5000 } }).optimistic_planning).toBe(
      'present',
    );
    expect(verdicts({ ...nWegSetup, planning: {} }).optimistic_planning).toBe('signal');
  });

  it('changing requirements is measured from the change log, per quarter, with major changes weighted', () => {
    const change = (
      id: string,
      on: string,
      magnitude: 'minor' | 'major',
      subject: 'requirement' | 'planning' = 'requirement',
    ) => ({
      id,
      on,
      subject,
      magnitude,
      description: 'wijziging',
    });
    // Start 2026-01-01, checked 2026-07-01: 181 days.
    const five = ['2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01', '2026-06-01'].map((d, i) =>
      change(`c${i}`, d, 'minor'),
    );
    const check = checkFailureFactors({ ...nWegSetup, changeLog: five }, { checkedOn: '2026-07-01' });
    const finding = check.findings.find((f) => f.factor === 'changing_requirements');
    expect(finding?.measured).toBeCloseTo((5 / 181) * 91, 2);
    expect(finding?.verdict).toBe('present');
    expect(verdicts({ ...nWegSetup, changeLog: five.slice(0, 3) }, '2026-07-01').changing_requirements).toBe('signal');
    // Schedule changes are not changes to requirements; changes after checkedOn do not count yet.
    expect(
      verdicts({ ...nWegSetup, changeLog: five.map((c) => ({ ...c, subject: 'planning' as const })) }, '2026-07-01')
        .changing_requirements,
    ).toBe('absent');
    expect(verdicts({ ...nWegSetup, changeLog: five }, '2026-01-15').changing_requirements).toBe('absent');
    // One major change weighs 2: 2 / 181 days × 91 = 1.01 per quarter (signal); two weigh 4 (2.01: present).
    expect(
      verdicts({ ...nWegSetup, changeLog: [change('m', '2026-02-01', 'major')] }, '2026-07-01').changing_requirements,
    ).toBe('signal');
    expect(
      verdicts(
        { ...nWegSetup, changeLog: [change('m', '2026-02-01', 'major'), change('n', '2026-03-01', 'major')] },
        '2026-07-01',
      ).changing_requirements,
    ).toBe('present');
  });

  it('no control of progress: time, money and result not all monitored, or not measured lately', () => {
    expect(
      verdicts({ ...nWegSetup, progressControl: { lastMeasuredOn: '2026-09-30', aspectsMonitored: ['money', 'time'] } })
        .no_progress_control,
    ).toBe('present');
    expect(
      verdicts({ ...nWegSetup, progressControl: { aspectsMonitored: ['money', 'time', 'quality'] } })
        .no_progress_control,
    ).toBe('present');
    expect(verdicts(nWegSetup, '2027-02-01').no_progress_control).toBe('signal');
    expect(verdicts(nWegSetup, '2027-06-01').no_progress_control).toBe('present');
  });

  it('too few measure and decision points: the longest gap between points', () => {
    const sparse: ProjectSetup = {
      ...nWegSetup,
      measureAndDecisionPoints: [],
      method: {
        method: 'traditional',
        phases: [{ phase: 'initiative', decisionPoint: { date: '2026-03-31', aspects: ['money'] } }],
      },
    };
    const check = checkFailureFactors(sparse, { checkedOn: '2026-11-01' });
    const finding = check.findings.find((f) => f.factor === 'too_few_decision_points');
    expect(finding?.verdict).toBe('present');
    expect(finding?.measured).toBe(1006); // 2026-03-31 → 2028-12-31
    expect(
      verdicts({
        ...sparse,
        measureAndDecisionPoints: ['2026-09-30', '2027-03-31', '2027-09-30', '2028-03-31', '2028-09-30'],
      }).too_few_decision_points,
    ).toBe('absent');
    expect(
      verdicts({ ...sparse, measureAndDecisionPoints: ['2026-12-31', '2027-09-30', '2028-06-30'] })
        .too_few_decision_points,
    ).toBe('signal');
  });

  it('refuses a bad date or set-up with typed errors', () => {
    expect(() => checkFailureFactors(nWegSetup, { checkedOn: '2026-13-01' })).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: ['options', 'checkedOn'] }),
    );
    try {
      checkFailureFactors({ ...nWegSetup, plannedFinish: '2025-01-01' }, { checkedOn: '2026-11-01' });
      throw new Error('expected an error');
    } catch (error) {
      expect(isGebiedsgerichtError(error) && error.issues.map((i) => i.code)).toContain('ends_before_start');
    }
  });
});

import { initialMonitoringState, type MonitoringState } from '@gebiedsgericht/core';
import { lindewaardStartnotitie } from '@gebiedsgericht/core/fixtures';
import { describe, expect, it } from 'vitest';
import {
  applyMonitoringEvent,
  evaluationDue,
  expectedPblEditions,
  lessonsWithoutAction,
  pblPublicationsCallingForEvaluation,
  triggeredHerijkingen,
} from '../src/monitoring';
import { WATER_INDICATOR } from './support/gebiedsprocesFixtures';

const meta = (timestamp: string, actor = 'programmateam-lindewaard') => ({ timestamp, actor, role: 'regisseur' });
const inMonitoring = { inMonitoring: true };

function run(state: MonitoringState, ...events: unknown[]): MonitoringState {
  return events.reduce<MonitoringState>((s, e) => applyMonitoringEvent(s, e, inMonitoring), state);
}

const configured = run(
  initialMonitoringState(),
  { type: 'monitoring.configure', cadence: lindewaardStartnotitie.evaluation, ...meta('2027-12-01T10:00:00+01:00') },
  {
    type: 'indicator.agree',
    indicator: WATER_INDICATOR,
    ...meta('2027-12-01T10:00:00+01:00'),
  },
);

describe('monitoring loop: evaluations at the agreed cadence', () => {
  it('is due at the first date of the startnotitie cadence after the loop started, then after each evaluation', () => {
    // Cadence: yearly from 15 January 2027; the last step closed on 1 December 2027.
    expect(evaluationDue(configured, '2027-12-01T10:00:00+01:00', '2027-12-02T09:00:00+01:00')).toEqual({
      dueOn: '2028-01-15',
      overdue: false,
      basis: 'monitoring_start',
    });
    expect(evaluationDue(configured, '2027-12-01T10:00:00+01:00', '2028-02-01T09:00:00+01:00')?.overdue).toBe(true);
    const evaluated = applyMonitoringEvent(
      configured,
      {
        type: 'evaluation.record',
        evaluation: { id: 'evaluatie-2028', heldOn: '2028-01-20', findings: { nl: 'Op koers', en: 'On track' } },
        ...meta('2028-01-20T16:00:00+01:00'),
      },
      inMonitoring,
    );
    expect(evaluationDue(evaluated, '2027-12-01T10:00:00+01:00', '2028-02-01T09:00:00+01:00')).toEqual({
      dueOn: '2029-01-15',
      overdue: false,
      basis: 'last_evaluation',
      lastEvaluationId: 'evaluatie-2028',
    });
  });

  it('has no evaluation before the last step closed', () => {
    expect(() =>
      applyMonitoringEvent(
        configured,
        {
          type: 'evaluation.record',
          evaluation: { id: 'e', heldOn: '2027-06-01', findings: { nl: 'x', en: 'x' } },
          ...meta('2027-12-02T10:00:00+01:00'),
        },
        { inMonitoring: false },
      ),
    ).toThrow(expect.objectContaining({ code: 'monitoring_event_not_allowed' }));
    expect(evaluationDue(configured, undefined, '2028-02-01T09:00:00+01:00')).toBeUndefined();
  });
});

describe('monitoring loop: indicator triggers put a scoped herijking on the next agenda', () => {
  const measured = run(
    configured,
    {
      type: 'indicator.measure',
      indicatorId: 'ind-waterberging',
      value: 120,
      measuredOn: '2028-12-31',
      ...meta('2029-01-10T10:00:00+01:00', 'waterschap-aa-en-lindt'),
    },
    {
      type: 'indicator.measure',
      indicatorId: 'ind-waterberging',
      value: 80,
      measuredOn: '2029-12-31',
      ...meta('2030-01-10T10:00:00+01:00', 'waterschap-aa-en-lindt'),
    },
    {
      type: 'indicator.measure',
      indicatorId: 'ind-waterberging',
      value: 70,
      measuredOn: '2030-03-31',
      ...meta('2030-04-10T10:00:00+02:00', 'waterschap-aa-en-lindt'),
    },
  );

  it('puts exactly one herijking, with the agreed limited scope, on the agenda when the trigger value is passed', () => {
    expect(measured.readings.map((r) => r.triggered)).toEqual([false, true, true]);
    const triggered = triggeredHerijkingen(measured);
    expect(triggered).toHaveLength(1);
    expect(triggered[0]).toMatchObject({
      origin: 'indicator',
      scope: { kind: 'opgave', opgaveId: 'opgave-waterberging' },
      status: 'on_agenda',
    });
  });

  it('runs the herijking only for its scope, and records its result', () => {
    const id = triggeredHerijkingen(measured)[0]?.id ?? '';
    const done = run(
      measured,
      { type: 'herijking.start', herijkingId: id, ...meta('2030-05-01T10:00:00+02:00') },
      {
        type: 'herijking.complete',
        herijkingId: id,
        result: { nl: 'Extra berging in de Lindtse Broek', en: 'Extra storage in the Lindtse Broek' },
        decisionId: 'besluit-herijking-water',
        ...meta('2030-09-01T10:00:00+02:00'),
      },
    );
    expect(done.herijkingen[0]).toMatchObject({ status: 'completed', decisionId: 'besluit-herijking-water' });
    expect(triggeredHerijkingen(done)).toEqual([]);
    expect(() =>
      applyMonitoringEvent(
        done,
        { type: 'herijking.start', herijkingId: id, ...meta('2030-09-02T10:00:00+02:00') },
        inMonitoring,
      ),
    ).toThrow(expect.objectContaining({ code: 'monitoring_event_not_allowed' }));
  });

  it('refuses a herijking without a limited scope (only a decision starts a full new cycle)', () => {
    expect(() =>
      applyMonitoringEvent(
        measured,
        {
          type: 'herijking.schedule',
          herijking: { id: 'alles', scope: { kind: 'all' }, reason: { nl: 'x', en: 'x' }, origin: 'request' },
          ...meta('2030-05-01T10:00:00+02:00'),
        },
        inMonitoring,
      ),
    ).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
});

describe('monitoring loop: lessons traced to actions, and PBL publications', () => {
  it('traces actions to lessons and shows lessons without action', () => {
    const s = run(
      configured,
      {
        type: 'lesson.record',
        lesson: {
          id: 'les-participatie',
          text: { nl: 'Dorpsraden eerder betrekken', en: 'Involve village councils earlier' },
          source: { kind: 'knelpunt', id: 'knelpunt-wind-hoeverveen' },
        },
        ...meta('2028-01-10T10:00:00+01:00'),
      },
      {
        type: 'lesson.record',
        lesson: {
          id: 'les-data',
          text: { nl: 'Stikstofdata delen', en: 'Share nitrogen data' },
          source: { kind: 'ijkmoment', id: 'ijkmoment-x' },
        },
        ...meta('2028-01-10T10:00:00+01:00'),
      },
      {
        type: 'action.record',
        action: {
          id: 'actie-dorpsraden',
          lessonId: 'les-participatie',
          description: { nl: 'Dorpsraden aan de gebiedstafel', en: 'Village councils at the area table' },
          owner: 'provincie-zuidmark',
        },
        ...meta('2028-01-11T10:00:00+01:00'),
      },
    );
    expect(s.lessons.find((l) => l.id === 'les-participatie')?.actionIds).toEqual(['actie-dorpsraden']);
    expect(lessonsWithoutAction(s).map((l) => l.id)).toEqual(['les-data']);
    expect(() =>
      applyMonitoringEvent(
        s,
        {
          type: 'action.record',
          action: {
            id: 'a2',
            lessonId: 'les-onbekend',
            description: { nl: 'x', en: 'x' },
            owner: 'provincie-zuidmark',
          },
          ...meta('2028-01-12T10:00:00+01:00'),
        },
        inMonitoring,
      ),
    ).toThrow(expect.objectContaining({ code: 'unknown_reference' }));
    // The next evaluation takes in both lessons.
    const evaluated = applyMonitoringEvent(
      s,
      {
        type: 'evaluation.record',
        evaluation: { id: 'evaluatie-2028', heldOn: '2028-01-20', findings: { nl: 'x', en: 'x' } },
        ...meta('2028-01-20T10:00:00+01:00'),
      },
      inMonitoring,
    );
    expect(evaluated.evaluations[0]?.lessonIds).toEqual(['les-participatie', 'les-data']);
  });

  it('says which new PBL publications call for an evaluation, and when the next edition is expected', () => {
    const s = run(
      configured,
      {
        type: 'pbl.publish',
        publication: { id: 'planmonitor-2028', series: 'planmonitor', publishedOn: '2028-06-20' },
        ...meta('2028-06-21T10:00:00+02:00'),
      },
      {
        type: 'pbl.publish',
        publication: {
          id: 'ruimtelijke-verkenningen-2028',
          series: 'ruimtelijke_verkenningen',
          publishedOn: '2028-09-01',
        },
        ...meta('2028-09-02T10:00:00+02:00'),
      },
    );
    expect(pblPublicationsCallingForEvaluation(s, '2028-07-01T10:00:00+02:00').map((p) => p.id)).toEqual([
      'planmonitor-2028',
    ]);
    const evaluated = applyMonitoringEvent(
      s,
      {
        type: 'evaluation.record',
        evaluation: {
          id: 'evaluatie-extra-2028',
          heldOn: '2028-10-01',
          findings: { nl: 'x', en: 'x' },
          pblPublicationIds: ['planmonitor-2028'],
        },
        ...meta('2028-10-01T10:00:00+02:00'),
      },
      inMonitoring,
    );
    expect(pblPublicationsCallingForEvaluation(evaluated, '2028-10-02T10:00:00+02:00').map((p) => p.id)).toEqual([
      'ruimtelijke-verkenningen-2028',
    ]);
    // Planmonitor yearly, Ruimtelijke Verkenningen about every three years (DOMAIN.md, after PBL practice).
    expect(expectedPblEditions(s)).toEqual([
      { series: 'planmonitor', expectedOn: '2029-06-20', lastPublicationId: 'planmonitor-2028' },
      {
        series: 'ruimtelijke_verkenningen',
        expectedOn: '2031-09-01',
        lastPublicationId: 'ruimtelijke-verkenningen-2028',
      },
    ]);
  });
});

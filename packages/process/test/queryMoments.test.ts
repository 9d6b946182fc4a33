/**
 * The moment of a query: a `now` before the last event a state holds is refused (the state already
 * holds what happened after it), and dates and moments come back in Europe/Amsterdam, the process's
 * time zone, across the changes to and from summer time (last Sunday of March and October) and
 * month ends.
 */
import {
  initialMonitoringState,
  type KnelpuntEscalationModel,
  LIMITS,
  type MonitoringState,
} from '@gebiedsgericht/core';
import { lindewaardStartnotitie } from '@gebiedsgericht/core/fixtures';
import { describe, expect, it } from 'vitest';
import {
  createGebiedsproces,
  defaultStepTemplate,
  dueItems,
  evaluationDue,
  overdueKnelpunten,
  progressSummary,
  type RunningGebiedsproces,
  reflect,
} from '../src/index';
import { applyKnelpuntEvent, initialKnelpuntState, toKnelpuntRecord } from '../src/knelpunten';
import { applyMonitoringEvent, pblPublicationsCallingForEvaluation } from '../src/monitoring';
import { ev as knelpuntEvent, lindewaardModel, windHoeverveen } from './knelpuntSupport';
import { day, ev, lindewaardSettings, START, STEP, testOptions } from './support/gebiedsprocesFixtures';

const TOLERANCE = LIMITS.eventClockTolerance.max;
const minus = (moment: string, ms: number) => new Date(Date.parse(moment) - ms).toISOString();

function processWith(events: readonly unknown[]): RunningGebiedsproces {
  const process = createGebiedsproces({
    template: defaultStepTemplate,
    settings: lindewaardSettings,
    startedAt: START,
    options: testOptions,
  });
  for (const event of events) {
    const result = process.send(event, { untyped: true });
    if (!result.accepted) throw new Error(`rejected: ${result.reason.code}`);
  }
  return process;
}

const raisedOn = (timestamp: string, model: KnelpuntEscalationModel = lindewaardModel) =>
  initialKnelpuntState({ knelpunt: windHoeverveen, model, timestamp, actor: 'dorpsraad-hoeverveen', role: 'partij' });

describe('a query at a now before the last event', () => {
  const lastAt = day(20);
  const process = processWith([ev.submit(STEP.opstart, 'startnotitie', day(1)), ev.close(STEP.opstart, lastAt)]);

  it('is refused by progressSummary and dueItems with now_before_last_event at path now, and changes nothing', () => {
    const snapshot = process.snapshot();
    const before = JSON.stringify(snapshot);
    for (const query of [() => progressSummary(snapshot, day(10)), () => dueItems(snapshot, day(10))]) {
      expect(query).toThrowError(
        expect.objectContaining({
          code: 'now_before_last_event',
          path: ['now'],
          message: expect.stringContaining(lastAt),
        }),
      );
    }
    expect(JSON.stringify(snapshot)).toBe(before);
  });

  it('says so in Dutch and English', () => {
    try {
      progressSummary(process.snapshot(), day(10));
      expect.unreachable();
    } catch (error) {
      const { label } = error as { label: { nl: string; en: string } };
      expect(label.nl).toContain('vóór de laatste gebeurtenis');
      expect(label.en).toContain('before the last event');
    }
  });

  it('allows a clock a little behind the event (the tolerance for events) and never counts negative days', () => {
    const justBefore = minus(lastAt, TOLERANCE - 60_000);
    const summary = progressSummary(process.snapshot(), justBefore);
    expect(summary.daysInCurrentStep).toBe(0);
    expect(summary.daysSinceStart).toBe(19);
    expect(() => progressSummary(process.snapshot(), minus(lastAt, TOLERANCE + 1))).toThrowError(
      expect.objectContaining({ code: 'now_before_last_event' }),
    );
    expect(progressSummary(process.snapshot(), lastAt).daysInCurrentStep).toBe(0);
  });

  it('is refused by overdueKnelpunten for any knelpunt whose last event is later', () => {
    const early = raisedOn('2027-03-01T10:00:00+01:00');
    const late = raisedOn('2027-05-01T10:00:00+02:00');
    expect(() => overdueKnelpunten([early, late], '2027-04-15T10:00:00+02:00')).toThrowError(
      expect.objectContaining({ code: 'now_before_last_event', path: ['now'] }),
    );
    expect(overdueKnelpunten([early], '2027-04-15T10:00:00+02:00').map((o) => o.knelpuntId)).toEqual([
      windHoeverveen.id,
    ]);
  });

  it('is refused by reflect on a running process, at path options.now', () => {
    expect(() => reflect({ process: process.snapshot() }, { now: day(10) })).toThrowError(
      expect.objectContaining({ code: 'now_before_last_event', path: ['options', 'now'] }),
    );
    expect(reflect({ process: process.snapshot() }, { now: day(21) }).documents).toEqual(['process']);
  });
});

describe('due dates in Europe/Amsterdam', () => {
  it('gives the due moment with the offset of its day and counts days overdue there (end of winter time)', () => {
    // Raised at 00:30 on 26 February 2027 in Amsterdam (still the 25th in UTC); 30 days later is
    // 00:30 on 28 March, the last Sunday of March, before the clocks go forward at 02:00.
    const state = raisedOn('2027-02-26T00:30:00+01:00');
    expect(overdueKnelpunten([state], '2027-03-28T00:29:00+01:00')).toEqual([]);
    const [overdue] = overdueKnelpunten([state], '2027-03-29T09:00:00+02:00');
    expect(overdue).toMatchObject({
      enteredAt: '2027-02-26T00:30:00.000+01:00',
      dueAt: '2027-03-28T00:30:00.000+01:00',
      daysOverdue: 1,
    });
    // The same instant as stored, only written in the process's zone.
    expect(Date.parse(overdue?.dueAt ?? '')).toBe(Date.parse(state.stays[0]?.dueAt ?? ''));
  });

  it("gives the knelpunt record's due date as the day in Amsterdam", () => {
    // Escalated to the province at 00:30 on 28 January (27 January in UTC); 60 days later is 00:30
    // on 29 March in summer time, still 28 March in UTC.
    const atProvince = applyKnelpuntEvent(
      raisedOn('2027-01-20T10:00:00+01:00'),
      knelpuntEvent('knelpunt.escalate', '2027-01-28T00:30:00+01:00', 'gemeente-hoeverveen', {
        motivation: 'Verzet blijft',
      }),
    );
    expect(atProvince.stays.at(-1)?.dueAt).toBe('2027-03-28T22:30:00.000Z');
    const record = toKnelpuntRecord(atProvince, 'gebiedsproces-lindewaard');
    expect(record.escalation.at(-1)?.dueBy).toBe('2027-03-29');
  });

  it('writes summer time as +02:00 and winter time as +01:00 across the end of October', () => {
    const model: KnelpuntEscalationModel = { ...lindewaardModel, between_parties: { timeLimit: 'P1M' } };
    // One month after 1 October 10:00 (summer time) is 1 November 10:00 (winter time), past the
    // 31 days of October and the change on 31 October 2027.
    const state = raisedOn('2027-10-01T10:00:00+02:00', model);
    expect(overdueKnelpunten([state], '2027-11-01T09:59:00+01:00')).toEqual([]);
    expect(overdueKnelpunten([state], '2027-11-03T08:00:00Z')[0]).toMatchObject({
      enteredAt: '2027-10-01T10:00:00.000+02:00',
      dueAt: '2027-11-01T10:00:00.000+01:00',
      daysOverdue: 2,
    });
  });

  it('ends a month limit at the end of a shorter month', () => {
    const model: KnelpuntEscalationModel = { ...lindewaardModel, between_parties: { timeLimit: 'P1M' } };
    const state = raisedOn('2027-01-31T23:30:00+01:00', model);
    expect(overdueKnelpunten([state], '2027-03-01T08:00:00+01:00')[0]).toMatchObject({
      dueAt: '2027-02-28T23:30:00.000+01:00',
      daysOverdue: 1,
    });
  });

  it('counts whole days in Amsterdam across the change to summer time (29 March 2026)', () => {
    // Started 12 January 2026 at 10:00 in Amsterdam; 10:00 on 29 March there (summer time) is 76
    // calendar days later, although only 75 days and 23 hours have passed.
    const summary = progressSummary(processWith([]).snapshot(), '2026-03-29T10:00:00+02:00');
    expect(summary.daysSinceStart).toBe(76);
    expect(progressSummary(processWith([]).snapshot(), '2026-03-29T09:59:00+02:00').daysSinceStart).toBe(75);
  });

  it('dates a due item by the day in Amsterdam, also for a moment written in UTC near midnight', () => {
    // Step 0 closed at 00:30 on 1 February in Amsterdam, written in UTC as 31 January 23:30.
    const process = processWith([
      ev.submit(STEP.opstart, 'startnotitie', day(1)),
      ev.close(STEP.opstart, '2026-01-31T23:30:00Z'),
    ]);
    const fast = dueItems(process.snapshot(), '2026-02-02T09:00:00+01:00').find(
      (d) => d.kind === 'closed_suspiciously_fast',
    );
    expect(fast?.date).toBe('2026-02-01');
  });

  it('reads today as the date of now in Amsterdam: an overdue evaluation, a PBL publication', () => {
    const configured: MonitoringState = applyMonitoringEvent(
      initialMonitoringState(),
      {
        type: 'monitoring.configure',
        cadence: lindewaardStartnotitie.evaluation,
        timestamp: '2027-12-01T10:00:00+01:00',
        actor: 'programmateam-lindewaard',
        role: 'regisseur',
      },
      { inMonitoring: true },
    );
    // Due on 15 January 2028; at 00:30 on the 16th in Amsterdam it is overdue.
    expect(evaluationDue(configured, '2027-12-01T10:00:00+01:00', '2028-01-15T23:30:00Z')).toMatchObject({
      dueOn: '2028-01-15',
      overdue: true,
    });
    expect(evaluationDue(configured, '2027-12-01T10:00:00+01:00', '2028-01-15T22:30:00Z')?.overdue).toBe(false);
    expect(() => evaluationDue(configured, '2027-12-01T10:00:00+01:00', '2027-11-30T10:00:00+01:00')).toThrowError(
      expect.objectContaining({ code: 'now_before_last_event', path: ['now'] }),
    );
    const withPublication = applyMonitoringEvent(
      configured,
      {
        type: 'pbl.publish',
        publication: { id: 'planmonitor-2028', series: 'planmonitor', publishedOn: '2028-06-21' },
        timestamp: '2028-06-01T10:00:00+02:00',
        actor: 'programmateam-lindewaard',
        role: 'regisseur',
      },
      { inMonitoring: true },
    );
    expect(pblPublicationsCallingForEvaluation(withPublication, '2028-06-20T22:30:00Z').map((p) => p.id)).toEqual([
      'planmonitor-2028',
    ]);
    expect(pblPublicationsCallingForEvaluation(withPublication, '2028-06-20T21:30:00Z')).toEqual([]);
  });
});

import {
  dateInZone,
  type EvaluationDue,
  type Herijking,
  IsoDateTimeSchema,
  instantOf,
  type MonitoringState,
  MonitoringStateSchema,
  PBL_CADENCE_MONTHS,
  type PblPublication,
  PblSeries,
  validate,
} from '@gebiedsgericht/core';
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { lightFormat } from 'date-fns/lightFormat';
import { parseISO } from 'date-fns/parseISO';
import { firstOccurrenceAt } from '../ijkmomenten/occurrenceOf';
import { readNow } from '../internal/readNow';

/**
 * The latest moment a monitoring state records (a reading, evaluation, herijking, lesson or action,
 * and `also` when given), or `undefined` when it records none: a query at a `now` before it would
 * read the future.
 */
function lastRecordedAt(s: MonitoringState, also?: string): string | undefined {
  const moments = [
    ...s.readings.map((r) => r.recordedAt),
    ...s.evaluations.map((e) => e.recordedAt),
    ...s.herijkingen.flatMap((h) => [h.placedAt, h.startedAt, h.completedAt]),
    ...s.lessons.map((l) => l.recordedAt),
    ...s.actions.map((a) => a.recordedAt),
    also,
  ];
  let last: string | undefined;
  for (const m of moments) if (m !== undefined && (last === undefined || instantOf(m) > instantOf(last))) last = m;
  return last;
}

function addMonthsTo(date: string, months: number): string {
  return lightFormat(addMonths(parseISO(date), months), 'yyyy-MM-dd');
}

function dayAfter(date: string): string {
  return lightFormat(addDays(parseISO(date), 1), 'yyyy-MM-dd');
}

/**
 * The next periodic evaluation under the cadence agreed in the startnotitie, or `undefined` when
 * no cadence is agreed, the process has not reached its monitoring loop (`monitoringSince`, the
 * moment the last step closed) and has no evaluation yet, or the cadence has ended. The due date is
 * the first date of the cadence's recurrence after the last evaluation, or on or after the start of
 * the monitoring loop (its date in Europe/Amsterdam); "today" is the date of `now` there. Pure: it
 * uses `now`, never the clock. A `now` before the last moment the state records or before
 * `monitoringSince` (less five minutes' tolerance for clocks) is refused with
 * `now_before_last_event` (path `now`).
 *
 * @example
 * evaluationDue(state, '2027-12-01T10:00:00+01:00', '2029-12-10T09:00:00+01:00'); // { dueOn: '2029-12-01', overdue: true, … }
 * @see handreiking §2.2
 */
export function evaluationDue(
  state: MonitoringState,
  monitoringSince: string | undefined,
  now: string,
): EvaluationDue | undefined {
  const s = validate(MonitoringStateSchema, state, { path: ['state'] });
  const since =
    monitoringSince === undefined
      ? undefined
      : validate(IsoDateTimeSchema, monitoringSince, { path: ['monitoringSince'] });
  const today = dateInZone(readNow(now, lastRecordedAt(s, since)));
  const cadence = s.evaluationCadence?.recurrence;
  if (cadence === undefined) return undefined;
  const last = s.evaluations.reduce<(typeof s.evaluations)[number] | undefined>(
    (a, e) => (a === undefined || e.heldOn >= a.heldOn ? e : a),
    undefined,
  );
  if (last !== undefined) {
    const dueOn = firstOccurrenceAt(cadence, dayAfter(last.heldOn));
    if (dueOn === undefined) return undefined;
    return { dueOn, overdue: dueOn < today, basis: 'last_evaluation', lastEvaluationId: last.id };
  }
  if (since === undefined) return undefined;
  const dueOn = firstOccurrenceAt(cadence, dateInZone(since));
  if (dueOn === undefined) return undefined;
  return { dueOn, overdue: dueOn < today, basis: 'monitoring_start' };
}

/**
 * The PBL publications that call for an evaluation: published on or before today (the date of
 * `now` in Europe/Amsterdam) and not yet considered by any evaluation, oldest first. A `now` before
 * the last moment the state records is refused with `now_before_last_event` (path `now`).
 *
 * @example
 * pblPublicationsCallingForEvaluation(state, '2029-07-01T09:00:00+02:00').map((p) => p.id); // ['planmonitor-2029']
 * @see handreiking bijlage 1, onderdeel 2 (stap 1: PBL-bronnen); §2.2
 */
export function pblPublicationsCallingForEvaluation(state: MonitoringState, now: string): PblPublication[] {
  const s = validate(MonitoringStateSchema, state, { path: ['state'] });
  const today = dateInZone(readNow(now, lastRecordedAt(s)));
  const considered = new Set(s.evaluations.flatMap((e) => e.pblPublicationIds));
  return s.pblPublications
    .filter((p) => p.publishedOn <= today && !considered.has(p.id))
    .sort((a, b) => (a.publishedOn < b.publishedOn ? -1 : a.publishedOn > b.publishedOn ? 1 : a.id < b.id ? -1 : 1));
}

/**
 * The next expected edition of each PBL series that has a known edition: the latest known
 * publication date plus the series' usual cadence ({@link PBL_CADENCE_MONTHS}).
 *
 * @example
 * expectedPblEditions(state)[0]; // { series: 'planmonitor', expectedOn: '2030-06-20', lastPublicationId: 'planmonitor-2029' }
 * @see handreiking bijlage 1, onderdeel 2 (stap 1)
 */
export function expectedPblEditions(
  state: MonitoringState,
): { series: PblSeries; expectedOn: string; lastPublicationId: string }[] {
  const s = validate(MonitoringStateSchema, state, { path: ['state'] });
  const out: { series: PblSeries; expectedOn: string; lastPublicationId: string }[] = [];
  for (const series of PblSeries.values) {
    const latest = s.pblPublications
      .filter((p) => p.series === series)
      .reduce<PblPublication | undefined>(
        (a, p) => (a === undefined || p.publishedOn > a.publishedOn ? p : a),
        undefined,
      );
    if (latest === undefined) continue;
    out.push({
      series,
      expectedOn: addMonthsTo(latest.publishedOn, PBL_CADENCE_MONTHS[series]),
      lastPublicationId: latest.id,
    });
  }
  return out;
}

/**
 * The herijkingen that indicator trigger values put on the agenda and that have not started yet:
 * they belong on the agenda of the next ijkmoment.
 *
 * @example
 * triggeredHerijkingen(state).map((h) => h.id); // ['herijking-ind-waterberging-2029-12-31']
 * @see handreiking §2.2
 */
export function triggeredHerijkingen(state: MonitoringState): Herijking[] {
  const s = validate(MonitoringStateSchema, state, { path: ['state'] });
  return s.herijkingen.filter((h) => h.origin === 'indicator' && h.status === 'on_agenda');
}

/**
 * The lessons learned that no action traces to yet (so they are not lost).
 *
 * @example
 * lessonsWithoutAction(state).map((l) => l.id);
 * @see handreiking §2.2 ("leren door te doen")
 */
export function lessonsWithoutAction(state: MonitoringState): MonitoringState['lessons'] {
  const s = validate(MonitoringStateSchema, state, { path: ['state'] });
  return s.lessons.filter((l) => l.actionIds.length === 0);
}

import type { IjkmomentOccurrence } from '@gebiedsgericht/core';
import {
  dateInZone,
  type IjkmomentKind,
  type IjkmomentSchedule,
  IjkmomentScheduleSchema,
  IsoDateTimeSchema,
  validate,
} from '@gebiedsgericht/core';
import { firstOccurrenceAt } from './occurrenceOf';

/** The next moment of each kind; a kind with nothing ahead is absent. */
export type NextIjkmomenten = Partial<Record<IjkmomentKind, IjkmomentOccurrence>>;

/**
 * The calendar date of `now` in Europe/Amsterdam, the process's time zone, whatever offset the
 * caller wrote it with (`2027-03-01T23:30:00+01:00` is 1 March, `2027-03-01T23:30:00Z` is 2 March).
 *
 * @example
 * calendarDateOf('2027-03-01T23:30:00Z'); // '2027-03-02'
 */
export function calendarDateOf(now: string): string {
  return dateInZone(validate(IsoDateTimeSchema, now, { path: ['now'] }));
}

function earlier(a: IjkmomentOccurrence | undefined, b: IjkmomentOccurrence): IjkmomentOccurrence {
  if (a === undefined) return b;
  return b.date < a.date || (b.date === a.date && b.id < a.id) ? b : a;
}

/**
 * The next moment of each kind on or after the calendar date of `now` in Europe/Amsterdam: the next NOVEX programme
 * moment (rijk and province), the next regional moment of the startnotitie and the next external
 * programme deadline. A moment dated today counts as next. Never reads the clock.
 *
 * @example
 * const next = nextIjkmomenten(startnotitie.ijkmomenten, '2027-02-01T09:00:00+01:00');
 * next.regional_moment?.date; // '2027-05-20'
 * @see handreiking bijlage 1, onderdeel 4 ("op het eerstvolgende ijkmoment")
 */
export function nextIjkmomenten(schedule: IjkmomentSchedule, now: string): NextIjkmomenten {
  const s = validate(IjkmomentScheduleSchema, schedule, { path: ['schedule'] });
  const today = calendarDateOf(now);
  const result: NextIjkmomenten = {};
  for (const m of s.programmeMoments) {
    if (m.date < today) continue;
    result.programme_moment = earlier(result.programme_moment, {
      id: m.id,
      sourceId: m.id,
      kind: 'programme_moment',
      date: m.date,
      name: m.name,
      setBy: m.setByPartyId,
      programme: m.programme,
    });
  }
  for (const series of s.regionalMoments) {
    const date = firstOccurrenceAt(series.recurrence, today);
    if (date === undefined) continue;
    result.regional_moment = earlier(result.regional_moment, {
      id: `${series.id}:${date}`,
      sourceId: series.id,
      kind: 'regional_moment',
      date,
      name: series.name,
      setBy: series.organiserPartyId,
    });
  }
  for (const d of s.externalDeadlines) {
    if (d.date < today) continue;
    const o: IjkmomentOccurrence = { id: d.id, sourceId: d.id, kind: 'external_deadline', date: d.date, name: d.name };
    if (d.linkedProgrammeId !== undefined) o.programme = d.linkedProgrammeId;
    result.external_deadline = earlier(result.external_deadline, o);
  }
  return result;
}

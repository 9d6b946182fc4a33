import type { IjkmomentKind } from '@gebiedsgericht/core';
import { IsoDateTimeSchema, validate } from '@gebiedsgericht/core';
import { addMonths, format, parseISO } from 'date-fns';
import type { IjkmomentOccurrence } from './IjkmomentOccurrence';
import { type IjkmomentSchedule, IjkmomentScheduleSchema } from './IjkmomentSchedule';
import { listIjkmomenten } from './listIjkmomenten';

/** The next moment of each kind; a kind with nothing ahead is absent. */
export type NextIjkmomenten = Partial<Record<IjkmomentKind, IjkmomentOccurrence>>;

/** The calendar date of `now` as written, in the offset the caller gave. */
export function calendarDateOf(now: string): string {
  return now.slice(0, 10);
}

/**
 * The next moment of each kind on or after the calendar date of `now` (taken in the offset `now`
 * is written in): the next NOVEX programme moment, the next regional moment and the next external
 * deadline. A moment dated today counts as next. Never reads the clock.
 *
 * @example
 * const next = nextIjkmomenten(schedule, '2027-02-01T09:00:00+01:00');
 * next.regionalMoment?.date; // '2027-05-20'
 * @see Handreiking bijlage 1 onderdeel 4 ("op het eerstvolgende ijkmoment")
 */
export function nextIjkmomenten(schedule: IjkmomentSchedule, now: string): NextIjkmomenten {
  const s = validate(IjkmomentScheduleSchema, schedule, { path: ['schedule'] });
  const today = calendarDateOf(validate(IsoDateTimeSchema, now, { path: ['now'] }));
  // Look far enough ahead for the longest regional period and every fixed date.
  const fixed = [...s.programme.map((m) => m.date), ...s.externalDeadlines.map((d) => d.date)];
  const longest = Math.max(1, ...s.regional.map((r) => r.everyMonths));
  const horizonByPeriod = format(addMonths(parseISO(today), longest), 'yyyy-MM-dd');
  const dates = [horizonByPeriod, ...fixed, ...s.regional.map((r) => r.firstDate)];
  const horizon = dates.sort().at(-1) ?? horizonByPeriod;
  const result: NextIjkmomenten = {};
  for (const o of listIjkmomenten(s, today, horizon)) {
    if (result[o.kind] === undefined) result[o.kind] = o;
  }
  return result;
}

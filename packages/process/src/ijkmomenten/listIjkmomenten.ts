import type { IjkmomentOccurrence } from '@gebiedsgericht/core';
import { type IjkmomentSchedule, IjkmomentScheduleSchema, IsoDateSchema, validate } from '@gebiedsgericht/core';
import { processMessages } from '../messages';
import { firstOccurrenceAt } from './occurrenceOf';

/** Safety bound on the occurrences of one regional series within one query. */
const MAX_OCCURRENCES_PER_SERIES = 100_000;

function compare(a: IjkmomentOccurrence, b: IjkmomentOccurrence): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Every moment of the startnotitie's ijkmoment schedule with a date in `[from, to]` (both
 * inclusive, `YYYY-MM-DD`), sorted by date, kind and id: NOVEX programme moments (set by the rijk),
 * regional moments expanded from their recurrence with date-fns (for example twice a year, like
 * the Brabant ontwikkeldagen), and external programme deadlines.
 *
 * @example
 * listIjkmomenten(startnotitie.ijkmomenten, '2027-01-01', '2027-12-31').map((o) => `${o.date} ${o.name}`);
 * @see handreiking bijlage 1, onderdeel 4; bijlage 2, voorbeeld 6
 */
export function listIjkmomenten(schedule: IjkmomentSchedule, from: string, to: string): IjkmomentOccurrence[] {
  const s = validate(IjkmomentScheduleSchema, schedule, { path: ['schedule'] });
  const start = validate(IsoDateSchema, from, { path: ['from'] });
  const end = validate(IsoDateSchema, to, { path: ['to'] });
  if (end < start)
    throw processMessages.fail(
      'ends_before_start',
      { whatNl: 'De periode', whatEn: 'The period', from: start, to: end },
      ['to'],
    );
  const out: IjkmomentOccurrence[] = [];
  for (const m of s.programmeMoments) {
    if (m.date >= start && m.date <= end) {
      out.push({
        id: m.id,
        sourceId: m.id,
        kind: 'programme_moment',
        date: m.date,
        name: m.name,
        setBy: m.setByPartyId,
        programme: m.programme,
      });
    }
  }
  for (const series of s.regionalMoments) {
    const first = firstOccurrenceAt(series.recurrence, start);
    if (first === undefined) continue;
    for (let k = 0, date: string | undefined = first; date !== undefined && date <= end; k++) {
      out.push({
        id: `${series.id}:${date}`,
        sourceId: series.id,
        kind: 'regional_moment',
        date,
        name: series.name,
        setBy: series.organiserPartyId,
      });
      if (k >= MAX_OCCURRENCES_PER_SERIES) break;
      date = firstOccurrenceAt(series.recurrence, nextDay(date));
    }
  }
  for (const d of s.externalDeadlines) {
    if (d.date >= start && d.date <= end) {
      const o: IjkmomentOccurrence = {
        id: d.id,
        sourceId: d.id,
        kind: 'external_deadline',
        date: d.date,
        name: d.name,
      };
      if (d.linkedProgrammeId !== undefined) o.programme = d.linkedProgrammeId;
      out.push(o);
    }
  }
  return out.sort(compare);
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

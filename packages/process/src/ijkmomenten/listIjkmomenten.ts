import { IsoDateSchema, validate } from '@gebiedsgericht/core';
import { addMonths, format, parseISO } from 'date-fns';
import { processMessages } from '../messages';
import type { IjkmomentOccurrence } from './IjkmomentOccurrence';
import { type IjkmomentSchedule, IjkmomentScheduleSchema, type RegionalIjkmomentSeries } from './IjkmomentSchedule';

/** Safety bound on the occurrences of one regional series within one query. */
const MAX_OCCURRENCES_PER_SERIES = 10_000;

function seriesDate(series: RegionalIjkmomentSeries, k: number): string {
  // Always from the first date, so 31 January + 1 month = 28 February, + 2 months = 31 March.
  return format(addMonths(parseISO(series.firstDate), k * series.everyMonths), 'yyyy-MM-dd');
}

/**
 * Every moment of a schedule with a date in `[from, to]` (both inclusive, `YYYY-MM-DD`), sorted by
 * date, then kind, then id. Regional series are expanded with date-fns `addMonths`, counted from
 * the series' first date.
 *
 * @example
 * listIjkmomenten(schedule, '2027-01-01', '2027-12-31').map((o) => `${o.date} ${o.title.nl}`);
 * @see Handreiking bijlage 1 onderdeel 4, bijlage 2 voorbeeld 6
 */
export function listIjkmomenten(schedule: IjkmomentSchedule, from: string, to: string): IjkmomentOccurrence[] {
  const s = validate(IjkmomentScheduleSchema, schedule, { path: ['schedule'] });
  const start = validate(IsoDateSchema, from, { path: ['from'] });
  const end = validate(IsoDateSchema, to, { path: ['to'] });
  if (end < start) throw processMessages.fail('period_ends_before_start', { from: start, to: end }, ['to']);
  const out: IjkmomentOccurrence[] = [];
  for (const m of s.programme) {
    if (m.date >= start && m.date <= end) {
      out.push({ id: m.id, sourceId: m.id, kind: 'programmeMoment', date: m.date, title: m.title });
    }
  }
  for (const series of s.regional) {
    const last = series.until !== undefined && series.until < end ? series.until : end;
    for (let k = 0; k < MAX_OCCURRENCES_PER_SERIES; k++) {
      const date = seriesDate(series, k);
      if (date > last) break;
      if (date >= start) {
        out.push({
          id: `${series.id}:${date}`,
          sourceId: series.id,
          kind: 'regionalMoment',
          date,
          title: series.title,
        });
      }
    }
  }
  for (const d of s.externalDeadlines) {
    if (d.date >= start && d.date <= end) {
      out.push({
        id: d.id,
        sourceId: d.id,
        kind: 'externalDeadline',
        date: d.date,
        title: d.title,
        programme: d.programme,
      });
    }
  }
  return out.sort((a, b) =>
    a.date !== b.date
      ? a.date < b.date
        ? -1
        : 1
      : a.kind !== b.kind
        ? a.kind < b.kind
          ? -1
          : 1
        : a.id < b.id
          ? -1
          : 1,
  );
}

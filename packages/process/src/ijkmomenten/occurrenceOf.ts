import { IsoDateSchema, type Recurrence, RecurrenceSchema, validate } from '@gebiedsgericht/core';
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { lightFormat } from 'date-fns/lightFormat';
import { parseISO } from 'date-fns/parseISO';
import * as z from 'zod';
import { processMessages } from '../messages';

/**
 * The date of the `k`-th occurrence (0 is the first) of a recurrence from the startnotitie, counted
 * from its start date each time so month ends do not drift (31 January + 1 month is 28 February,
 * + 2 months is 31 March). Computed with date-fns; `undefined` after `until`.
 *
 * @example
 * occurrenceOf({ every: 6, unit: 'months', from: '2026-05-20' }, 1); // '2026-11-20'
 * @see handreiking bijlage 2, voorbeeld 6 (twee keer per jaar)
 */
export function occurrenceOf(recurrence: Recurrence, k: number): string | undefined {
  const r = validate(RecurrenceSchema, recurrence, { path: ['recurrence'] });
  return occurrenceAt(r, validate(z.number().int().nonnegative(), k, { path: ['k'] }));
}

/**
 * {@link occurrenceOf} without validation, for loops over a validated recurrence.
 *
 * @example
 * occurrenceAt(validatedRecurrence, 3);
 * @see handreiking bijlage 2, voorbeeld 6
 */
export function occurrenceAt(recurrence: Recurrence, k: number): string | undefined {
  const start = parseISO(recurrence.from);
  const n = k * recurrence.every;
  const date =
    recurrence.unit === 'days'
      ? addDays(start, n)
      : recurrence.unit === 'weeks'
        ? addWeeks(start, n)
        : recurrence.unit === 'months'
          ? addMonths(start, n)
          : addYears(start, n);
  if (Number.isNaN(date.getTime()) || date.getFullYear() > 9999) {
    throw processMessages.fail('invalid_argument', { name: 'k (an occurrence before the year 10000)' }, ['k']);
  }
  const iso = lightFormat(date, 'yyyy-MM-dd');
  return recurrence.until !== undefined && iso > recurrence.until ? undefined : iso;
}

/**
 * The first occurrence of a recurrence on or after `date` (`YYYY-MM-DD`), or `undefined` when the
 * series ended before it.
 *
 * @example
 * firstOccurrenceFrom({ every: 6, unit: 'months', from: '2026-05-20' }, '2027-01-01'); // '2027-05-20'
 * @see handreiking bijlage 2, voorbeeld 6
 */
export function firstOccurrenceFrom(recurrence: Recurrence, date: string): string | undefined {
  return firstOccurrenceAt(
    validate(RecurrenceSchema, recurrence, { path: ['recurrence'] }),
    validate(IsoDateSchema, date, { path: ['date'] }),
  );
}

/**
 * {@link firstOccurrenceFrom} without validation, for loops over a validated recurrence.
 *
 * @example
 * firstOccurrenceAt(validatedRecurrence, '2027-01-01');
 * @see handreiking bijlage 2, voorbeeld 6
 */
export function firstOccurrenceAt(recurrence: Recurrence, date: string): string | undefined {
  if (date <= recurrence.from) return occurrenceAt(recurrence, 0);
  // Jump close to the date by the average length of a period, then walk.
  const approxDays = { days: 1, weeks: 7, months: 30.44, years: 365.25 }[recurrence.unit] * recurrence.every;
  const elapsed = (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${recurrence.from}T00:00:00Z`)) / 86_400_000;
  let k = Math.max(0, Math.floor(elapsed / approxDays) - 2);
  for (;;) {
    const d = occurrenceAt(recurrence, k);
    if (d === undefined) return undefined;
    if (d >= date) return d;
    k++;
  }
}

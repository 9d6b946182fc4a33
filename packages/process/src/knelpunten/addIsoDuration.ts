import { IsoDateTimeSchema, instantOf, validate } from '@gebiedsgericht/core';
import { add } from 'date-fns';
import { z } from 'zod';

const DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;

/**
 * An ISO 8601 duration such as `P30D`, `P3M` or `P1Y6M`, as the startnotitie writes time limits.
 *
 * @example
 * TimeLimitSchema.parse('P60D');
 * @see Handreiking §2.3 (escalatiemodel met termijnen)
 */
export const TimeLimitSchema = z.string().regex(DURATION);
/** An ISO 8601 duration. */
export type TimeLimit = z.infer<typeof TimeLimitSchema>;

function part(match: RegExpExecArray, index: number): number {
  const raw = match[index];
  return raw === undefined ? 0 : Number.parseInt(raw, 10);
}

/**
 * The moment a time limit runs out: `at` plus an ISO 8601 duration, with calendar arithmetic
 * (date-fns `add`: one month after 31 January is 28 or 29 February). Returns an ISO date-time in UTC.
 *
 * @example
 * addIsoDuration('2027-01-31T10:00:00+01:00', 'P1M'); // '2027-02-28T09:00:00.000Z'
 * @see Handreiking §2.3
 */
export function addIsoDuration(at: string, duration: TimeLimit): string {
  const from = validate(IsoDateTimeSchema, at, { path: ['at'] });
  const match = DURATION.exec(validate(TimeLimitSchema, duration, { path: ['duration'] }));
  if (match === null) return from;
  return add(new Date(instantOf(from)), {
    years: part(match, 1),
    months: part(match, 2),
    weeks: part(match, 3),
    days: part(match, 4),
    hours: part(match, 6),
    minutes: part(match, 7),
    seconds: part(match, 8),
  }).toISOString();
}

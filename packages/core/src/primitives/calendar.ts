import { TZDate } from '@date-fns/tz';
import { add } from 'date-fns/add';
import { differenceInDays } from 'date-fns/differenceInDays';
import * as z from 'zod';
import { coreFail } from '../messages';
import { IsoDurationSchema } from '../startnotitie/isoDuration';
import { type IsoDate, IsoDateSchema, type IsoDateTime, IsoDateTimeSchema } from './isoDate';
import { validate } from './validate';

/**
 * The time zone in which the SDK does calendar arithmetic unless told otherwise: adding months or
 * days to a moment, and counting days between two moments. One fixed zone makes every result the
 * same on every host, whatever the host's own zone; Europe/Amsterdam is where the processes run.
 */
export const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

const DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;
const DateOrDateTimeSchema = z.union([IsoDateSchema, IsoDateTimeSchema]);
const knownZones = new Set<string>([DEFAULT_TIME_ZONE, 'UTC']);

function zoneOf(timeZone: unknown): string {
  if (typeof timeZone === 'string' && knownZones.has(timeZone)) return timeZone;
  let known = false;
  if (typeof timeZone === 'string') {
    try {
      new Intl.DateTimeFormat('en', { timeZone });
      known = true;
    } catch {
      known = false;
    }
  }
  if (!known || typeof timeZone !== 'string') {
    throw coreFail('unknown_time_zone', { zone: typeof timeZone === 'string' ? timeZone : typeof timeZone }, [
      'timeZone',
    ]);
  }
  knownZones.add(timeZone);
  return timeZone;
}

const isDateOnly = (value: string) => value.length === 10;

/** A date (midnight in the zone) or a moment, as a date in the zone. */
function inZone(value: string, zone: string): TZDate {
  if (isDateOnly(value)) {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    return new TZDate(y, m - 1, d, zone);
  }
  return new TZDate(Date.parse(value), zone);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A date or moment plus an ISO 8601 duration, with calendar arithmetic in one time zone (by
 * default {@link DEFAULT_TIME_ZONE}), so the result does not depend on the host: one month after
 * 31 January is 28 (or 29) February, and a day is a calendar day also across a change to or from
 * summer time. A moment gives a moment (ISO, UTC); a date gives a date. Throws `invalid_input` for
 * a value that is not an ISO date or date-time with offset (path `at`) or not an ISO duration (path
 * `duration`), and `unknown_time_zone` for a zone that is not an IANA name (path `timeZone`).
 *
 * @example
 * addIsoDuration('2026-01-31T10:00:00+01:00', 'P1M'); // '2026-02-28T09:00:00.000Z'
 * addIsoDuration('2026-01-31', 'P1M'); // '2026-02-28'
 * addIsoDuration('2026-03-28T12:00:00+01:00', 'P1D'); // '2026-03-29T10:00:00.000Z' (summer time)
 */
export function addIsoDuration(
  at: IsoDate | IsoDateTime,
  duration: string,
  timeZone: string = DEFAULT_TIME_ZONE,
): string {
  const from = validate(DateOrDateTimeSchema, at, { path: ['at'] });
  const match = DURATION.exec(validate(IsoDurationSchema, duration, { path: ['duration'] }));
  const zone = zoneOf(timeZone);
  const part = (index: number) => (match?.[index] === undefined ? 0 : Number.parseInt(match[index], 10));
  const result = add(inZone(from, zone), {
    years: part(1),
    months: part(2),
    weeks: part(3),
    days: part(4),
    hours: part(6),
    minutes: part(7),
    seconds: part(8),
  });
  if (isDateOnly(from)) return `${pad(result.getFullYear(), 4)}-${pad(result.getMonth() + 1)}-${pad(result.getDate())}`;
  return new Date(result.getTime()).toISOString();
}

/**
 * Whole days from `from` to `to` (ISO dates or date-times with offset), counted in one time zone
 * (by default {@link DEFAULT_TIME_ZONE}): a day is a calendar day there, also across a change to
 * or from summer time; a part of a day does not count; negative when `to` is earlier. Throws
 * `invalid_input` (paths `from`, `to`) and `unknown_time_zone` (path `timeZone`).
 *
 * @example
 * daysBetween('2026-03-01', '2026-04-01'); // 31
 * daysBetween('2026-03-28T09:00:00+01:00', '2026-03-30T09:00:00+02:00'); // 2
 */
export function daysBetween(
  from: IsoDate | IsoDateTime,
  to: IsoDate | IsoDateTime,
  timeZone: string = DEFAULT_TIME_ZONE,
): number {
  const a = validate(DateOrDateTimeSchema, from, { path: ['from'] });
  const b = validate(DateOrDateTimeSchema, to, { path: ['to'] });
  const zone = zoneOf(timeZone);
  return differenceInDays(inZone(b, zone), inZone(a, zone)) || 0;
}

/**
 * The calendar date (`YYYY-MM-DD`) of a moment in one time zone (by default
 * {@link DEFAULT_TIME_ZONE}), whatever offset the moment was written with: `2027-03-01T23:30:00Z`
 * is 2 March in Amsterdam. A date is returned as it is. Throws `invalid_input` (path `at`) and
 * `unknown_time_zone` (path `timeZone`).
 *
 * @example
 * dateInZone('2027-03-01T23:30:00Z'); // '2027-03-02'
 * dateInZone('2027-03-01T23:30:00+01:00'); // '2027-03-01'
 * dateInZone('2027-03-01T23:30:00Z', 'UTC'); // '2027-03-01'
 */
export function dateInZone(at: IsoDate | IsoDateTime, timeZone: string = DEFAULT_TIME_ZONE): IsoDate {
  const value = validate(DateOrDateTimeSchema, at, { path: ['at'] });
  const zone = zoneOf(timeZone);
  if (isDateOnly(value)) return value;
  const local = inZone(value, zone);
  return `${pad(local.getFullYear(), 4)}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

/**
 * A moment written in one time zone (by default {@link DEFAULT_TIME_ZONE}): the same instant as
 * ISO 8601 with that zone's offset on that day, `+01:00` in winter and `+02:00` in summer for
 * Amsterdam, with milliseconds. A date is read as midnight in the zone. Throws `invalid_input`
 * (path `at`) and `unknown_time_zone` (path `timeZone`).
 *
 * @example
 * dateTimeInZone('2027-05-07T08:00:00.000Z'); // '2027-05-07T10:00:00.000+02:00'
 * dateTimeInZone('2027-01-07T08:00:00.000Z'); // '2027-01-07T09:00:00.000+01:00'
 * @see handreiking §2.3 (termijnen in het escalatiemodel)
 */
export function dateTimeInZone(at: IsoDate | IsoDateTime, timeZone: string = DEFAULT_TIME_ZONE): IsoDateTime {
  const value = validate(DateOrDateTimeSchema, at, { path: ['at'] });
  return inZone(value, zoneOf(timeZone)).toISOString();
}

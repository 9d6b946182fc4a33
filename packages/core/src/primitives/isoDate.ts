import * as z from 'zod';
import { validate } from './validate';

/**
 * A calendar date in ISO 8601 extended format, `YYYY-MM-DD`, that exists (no 31 April).
 *
 * @example
 * IsoDateSchema.parse('2026-03-15');
 */
export const IsoDateSchema = z.iso.date();
/** A calendar date string `YYYY-MM-DD`. */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * A moment in ISO 8601 with an explicit offset or `Z`, for example `2026-03-15T09:30:00+01:00`.
 * Moments without an offset are ambiguous across daylight saving time and are rejected.
 */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });
/** A date-time string with offset (see {@link IsoDateTimeSchema}). */
export type IsoDateTime = z.infer<typeof IsoDateTimeSchema>;

/**
 * Instants of date-times already read, because the same few (a process's start, its newest
 * events) are compared again and again; cleared when full, so it stays small.
 */
const knownInstants = new Map<string, number>();

/** The instant of an ISO date-time in milliseconds since the epoch (for ordering moments). */
export function instantOf(value: IsoDateTime): number {
  const known = typeof value === 'string' ? knownInstants.get(value) : undefined;
  if (known !== undefined) return known;
  const instant = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(instant) || !IsoDateTimeSchema.safeParse(value).success)
    validate(IsoDateTimeSchema, value, { path: ['value'] });
  if (knownInstants.size >= 1024) knownInstants.clear();
  knownInstants.set(value, instant);
  return instant;
}

/** A year such as a vision's horizon year (1900–2200). */
export const YearSchema = z.number().int().min(1900).max(2200);
/** A calendar year. */
export type Year = z.infer<typeof YearSchema>;

import type * as z from 'zod';
import { strictObject } from '../internal/strictObject';
import { IsoDateTimeSchema } from '../primitives/isoDate';

/**
 * What the caller gives every rule besides the input: the moment of the check (`now`, an ISO date
 * and time with offset; the SDK never reads the clock). Rules that look at time, such as a step 1
 * past its timebox, compare against this moment.
 *
 * @example
 * const context: ReflectionContext = { now: '2026-11-28T12:00:00+01:00' };
 * @see handreiking bijlage 1, onderdeel 2, stap 1 ("Blijf niet te lang hangen in deze stap")
 */
export const ReflectionContextSchema = strictObject({
  now: IsoDateTimeSchema,
});
/** The context of a reflection run. */
export type ReflectionContext = z.infer<typeof ReflectionContextSchema>;

import type * as z from 'zod';
import { NonNegativeIntSchema, OptionalIsoDateSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IsoDateSchema } from '../primitives/isoDate';

/**
 * Tijd (time) of a step, phase or project: the planned start and finish (the norm), the actual
 * finish once reached and the forecast finish, with a tolerance in calendar days (late and early).
 *
 * @example
 * TimeControlSchema.parse({ plannedStart: '2026-01-05', plannedFinish: '2026-06-30', forecastFinish: '2026-07-14', tolerance: { lateDays: 21, earlyDays: 60 } });
 * @see handreiking bijlage 1, onderdeel 1 (GOKIT: Tijd)
 */
export const TimeControlSchema = strictObject({
  plannedStart: IsoDateSchema,
  plannedFinish: IsoDateSchema,
  actualFinish: OptionalIsoDateSchema,
  forecastFinish: IsoDateSchema,
  tolerance: strictObject({
    lateDays: NonNegativeIntSchema,
    earlyDays: NonNegativeIntSchema,
  }),
});
/** Tijd of a step, phase or project (see {@link TimeControlSchema}). */
export type TimeControl = z.infer<typeof TimeControlSchema>;

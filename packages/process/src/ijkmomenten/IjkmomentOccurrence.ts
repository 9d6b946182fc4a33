import { IdSchema, IjkmomentKind, IsoDateSchema, LabelSchema } from '@gebiedsgericht/core';
import { z } from 'zod';

/**
 * One dated moment on the calendar, expanded from an {@link IjkmomentSchedule}: its kind, the id
 * of the schedule entry it comes from, its own id (for a regional series `seriesId:YYYY-MM-DD`)
 * and its date.
 *
 * @example
 * const o: IjkmomentOccurrence = { id: 'ontwikkeldagen:2026-11-20', sourceId: 'ontwikkeldagen', kind: 'regionalMoment', date: '2026-11-20', title: { nl: 'Ontwikkeldagen', en: 'Development days' } };
 * @see Handreiking bijlage 2 voorbeeld 6
 */
export const IjkmomentOccurrenceSchema = z.strictObject({
  id: IdSchema,
  sourceId: IdSchema,
  kind: IjkmomentKind.schema,
  date: IsoDateSchema,
  title: LabelSchema,
  programme: z.string().min(1).optional(),
});
/** One dated moment on the calendar. */
export type IjkmomentOccurrence = z.infer<typeof IjkmomentOccurrenceSchema>;

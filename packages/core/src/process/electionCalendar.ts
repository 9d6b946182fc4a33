import * as z from 'zod';
import { NonNegativeIntSchema, OptionalNonEmptyStringSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IsoDateSchema } from '../primitives/isoDate';
import { labelledEnum } from '../primitives/labels';

/**
 * Which elected body an election renews. Gemeenteraad elections concern gemeenten, Provinciale
 * Staten elections the provincie, waterschap elections the waterschap, Tweede Kamer elections the
 * rijk.
 *
 * @example
 * ElectionKind.label('provinciale_staten', 'nl'); // 'Provinciale Statenverkiezingen'
 * @see handreiking §2.3 ("continuïteit over verkiezingen heen")
 */
export const ElectionKind = labelledEnum({
  gemeenteraad: { nl: 'Gemeenteraadsverkiezingen', en: 'Municipal council elections' },
  provinciale_staten: { nl: 'Provinciale Statenverkiezingen', en: 'Provincial council elections' },
  waterschap: { nl: 'Waterschapsverkiezingen', en: 'Water authority elections' },
  tweede_kamer: { nl: 'Tweede Kamerverkiezingen', en: 'House of Representatives elections' },
});
/** One of the {@link ElectionKind} values. */
export type ElectionKind = (typeof ElectionKind)['values'][number];

/**
 * A calendar of elections that the "what is due" query checks planned decisions against, with the
 * window (days before and after election day) in which a decision counts as close to an election.
 * Callers pass their own calendar; `@gebiedsgericht/process` has a default with cited dates.
 *
 * @example
 * ElectionCalendarSchema.parse({ windowDaysBefore: 90, windowDaysAfter: 90,
 *   elections: [{ kind: 'gemeenteraad', date: '2026-03-18', source: 'Kiesraad' }] });
 * @see handreiking §2.3
 */
export const ElectionCalendarSchema = strictObject({
  windowDaysBefore: NonNegativeIntSchema,
  windowDaysAfter: NonNegativeIntSchema,
  elections: z.array(
    strictObject({
      kind: ElectionKind.schema,
      date: IsoDateSchema,
      indicative: z.boolean().optional(),
      source: OptionalNonEmptyStringSchema,
    }),
  ),
});
/** A calendar of elections with the window that counts as close. */
export interface ElectionCalendar extends z.output<typeof ElectionCalendarSchema> {}

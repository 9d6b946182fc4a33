import type * as z from 'zod';
import { NonEmptyStringSchema, OptionalIdSchema, OptionalNonEmptyStringSchema } from '../../internal/leafSchemas';
import { strictObject } from '../../internal/strictObject';
import { IdSchema } from '../../primitives/id';
import { IsoDateSchema } from '../../primitives/isoDate';
import { IjkmomentKind } from '../../records/ijkmomentKind';

/**
 * One dated moment on the calendar of an area process, expanded from the startnotitie's ijkmoment
 * schedule: its kind, the id of the schedule entry it comes from, its own id (for a regional series
 * `entryId:YYYY-MM-DD`), its date and name, and who sets it.
 *
 * @example
 * const o: IjkmomentOccurrence = { id: 'ontwikkeldagen-zuidmark:2026-11-20', sourceId: 'ontwikkeldagen-zuidmark', kind: 'regional_moment', date: '2026-11-20', name: 'Ontwikkeldag Zuidmark', setBy: 'provincie-zuidmark' };
 * @see handreiking bijlage 1, onderdeel 4; bijlage 2, voorbeeld 6
 */
export const IjkmomentOccurrenceSchema = strictObject({
  id: IdSchema,
  sourceId: IdSchema,
  kind: IjkmomentKind.schema,
  date: IsoDateSchema,
  name: NonEmptyStringSchema,
  setBy: OptionalIdSchema,
  programme: OptionalNonEmptyStringSchema,
});
/** One dated moment on the calendar. */
export interface IjkmomentOccurrence extends z.output<typeof IjkmomentOccurrenceSchema> {}

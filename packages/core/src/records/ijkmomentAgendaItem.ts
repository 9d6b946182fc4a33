import type * as z from 'zod';
import { IdListSchema, OptionalIdSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { LabelSchema } from '../primitives/labels';

/**
 * One item on the agenda of an ijkmoment: a knelpunt put on the agenda (the first of the
 * handreiking's two options when parties are stuck), a progress item, an evaluation, or any other
 * subject, with who asked for it.
 *
 * @example
 * const item: IjkmomentAgendaItem = {
 *   id: 'agenda-1',
 *   subject: { nl: 'Wonen in het beekdal', en: 'Housing in the brook valley' },
 *   knelpuntId: 'knelpunt-beekdal-water',
 *   requestedBy: 'waterschap-aa-en-lindt',
 * };
 * @see handreiking bijlage 1, onderdeel 4 ("Agendering van deze knelpunten kan op het eerstvolgende ijkmoment")
 */
export const IjkmomentAgendaItemSchema = strictObject({
  id: IdSchema,
  subject: LabelSchema,
  knelpuntId: OptionalIdSchema,
  opgaveIds: IdListSchema.optional(),
  requestedBy: OptionalIdSchema,
});
/** One item on an ijkmoment's agenda. */
export type IjkmomentAgendaItem = z.infer<typeof IjkmomentAgendaItemSchema>;

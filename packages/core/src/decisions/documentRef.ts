import * as z from 'zod';
import { OptionalIsoDateSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { LabelSchema } from '../primitives/labels';

/**
 * A reference to a document that underlies a decision, agreement or record (a raadsvoorstel, a
 * memo, a map, a report): its id, title, optional date and location. The document itself lives in
 * the caller's document system; the ZGW mapping can link it as an informatieobject.
 *
 * @example
 * const ref: DocumentRef = { id: 'gs-besluit-2026-114', title: { nl: 'GS-besluit visie', en: 'GS decision on the vision' }, date: '2026-06-02' };
 * @see handreiking §2.6 (model checklist: a decision with its documents)
 */
export const DocumentRefSchema = strictObject({
  id: IdSchema,
  title: LabelSchema,
  date: OptionalIsoDateSchema,
  uri: z.url().optional(),
});
/** A reference to an underlying document. */
export type DocumentRef = z.infer<typeof DocumentRefSchema>;

import type * as z from 'zod';
import { IdListSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema } from '../primitives/isoDate';
import { LabelSchema } from '../primitives/labels';
import { Instrument } from './instrument';

/**
 * Who does what in an agreement, with which instrument and by when. `partyId` and `dueBy` are
 * required: an agreement that does not say who does something, or by when, is not yet an
 * agreement.
 *
 * @example
 * const c: Commitment = {
 *   id: 'inzet-waterschap',
 *   partyId: 'waterschap-aa-en-lindt',
 *   task: { nl: 'Richt 150 ha waterberging in', en: 'Lays out 150 ha of water storage' },
 *   instrument: 'planning',
 *   dueBy: '2031-12-31',
 * };
 * @see handreiking §2.3 (afspraken over rollen, taken en verantwoordelijkheden)
 */
export const CommitmentSchema = strictObject({
  id: IdSchema,
  partyId: IdSchema,
  task: LabelSchema,
  instrument: Instrument.schema,
  instrumentDetail: LabelSchema.optional(),
  dueBy: IsoDateSchema,
  projectIds: IdListSchema.optional(),
});
/** Who does what, with which instrument, by when. */
export type Commitment = z.infer<typeof CommitmentSchema>;

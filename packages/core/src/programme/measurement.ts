import * as z from 'zod';
import { OptionalIdSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema } from '../primitives/isoDate';
import { LabelSchema } from '../primitives/labels';

/**
 * One measured value of an indicator: the date it refers to, the value in the indicator's unit,
 * where it comes from, and an optional note.
 *
 * @example
 * const m: Measurement = { indicatorId: 'indicator-woningen', on: '2027-12-31', value: 310, sourceId: 'cbs-bouwmonitor' };
 * @see handreiking §2.2 (monitoring)
 */
export const MeasurementSchema = strictObject({
  indicatorId: IdSchema,
  on: IsoDateSchema,
  value: z.number(),
  sourceId: OptionalIdSchema,
  note: LabelSchema.optional(),
});
/** One measured value of an indicator. */
export type Measurement = z.infer<typeof MeasurementSchema>;

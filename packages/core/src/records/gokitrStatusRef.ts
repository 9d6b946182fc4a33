import type * as z from 'zod';
import { OptionalIdSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { LabelSchema } from '../primitives/labels';

/**
 * A reference from a record to the GOKIT-R status discussed there: the control report and risk
 * register documents of the risk section (owned by `@gebiedsgericht/risk`'s shapes in core) by id,
 * and an optional one-line summary for people. The status itself is not copied, so it cannot drift.
 *
 * @example
 * const ref: GokitrStatusRef = { controlReportId: 'gokitr-lindewaard-2027-voorjaar', riskRegisterId: 'risico-lindewaard' };
 * @see handreiking bijlage 1, onderdeel 1 (GOKIT-R beheersaspecten)
 */
export const GokitrStatusRefSchema = strictObject({
  controlReportId: OptionalIdSchema,
  riskRegisterId: OptionalIdSchema,
  summary: LabelSchema.optional(),
});
/** A reference to the GOKIT-R status discussed at a moment. */
export type GokitrStatusRef = z.infer<typeof GokitrStatusRefSchema>;

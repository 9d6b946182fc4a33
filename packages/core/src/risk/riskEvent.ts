import type * as z from 'zod';
import { NonEmptyStringSchema, OptionalIdSchema, UnitIntervalSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { RangeDistributionSchema } from './rangeDistribution';

/**
 * A discrete risk event of an estimate: it happens with `probability` (0..1) and then adds a
 * consequence drawn from its range (risk = probability × consequence). `riskId` links it to the
 * register.
 *
 * @example
 * RiskEventSchema.parse({ id: 'ev-net', label: 'Netcongestie', probability: 0.4, consequence: { type: 'uniform', min: 100_000_00, max: 600_000_00 }, riskId: 'r-net' });
 * @see handreiking bijlage 1, onderdeel 1 (Risico's; CROW SSK (outside the handreiking))
 */
export const RiskEventSchema = strictObject({
  id: IdSchema,
  label: NonEmptyStringSchema,
  probability: UnitIntervalSchema,
  consequence: RangeDistributionSchema,
  riskId: OptionalIdSchema,
});
/** A discrete risk event (see {@link RiskEventSchema}). */
export type RiskEvent = z.infer<typeof RiskEventSchema>;

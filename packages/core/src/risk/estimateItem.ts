import type * as z from 'zod';
import { NonEmptyStringSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { RangeDistributionSchema } from './rangeDistribution';

/**
 * One item of a base estimate (a cost item or an activity duration) with its uncertainty range.
 *
 * @example
 * EstimateItemSchema.parse({ id: 'grondwerk', label: 'Grondwerk', range: { type: 'pert', min: 900_000_00, mode: 1_000_000_00, max: 1_400_000_00 } });
 * @see handreiking bijlage 1, onderdeel 1 (GOKIT: Geld, Tijd)
 */
export const EstimateItemSchema = strictObject({
  id: IdSchema,
  label: NonEmptyStringSchema,
  range: RangeDistributionSchema,
});
/** One item of a base estimate (see {@link EstimateItemSchema}). */
export type EstimateItem = z.infer<typeof EstimateItemSchema>;

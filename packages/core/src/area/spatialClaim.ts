import * as z from 'zod';
import { NonNegativeNumberSchema, OptionalTextSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { GeometrySchema } from './geometry';

/**
 * The space an opgave claims: hectares, optionally a geometry, and whether the claim allows
 * multiple use of space (for example solar panels on water storage).
 *
 * @example
 * SpatialClaimSchema.parse({ hectares: 150, multipleUse: true, description: 'Waterberging beekdal' });
 * @see handreiking §2.4 ("opgaven die ruimtelijke claims vergen"; "of alle opgaven ruimtelijk inpasbaar zijn"; NOVI (meervoudig ruimtegebruik))
 */
export const SpatialClaimSchema = strictObject({
  hectares: NonNegativeNumberSchema,
  multipleUse: z.boolean(),
  description: OptionalTextSchema,
  geometry: GeometrySchema.optional(),
});
/** The space an opgave claims. */
export type SpatialClaim = z.infer<typeof SpatialClaimSchema>;

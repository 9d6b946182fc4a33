import type * as z from 'zod';
import { IdListSchema, NonNegativeNumberSchema, OptionalTextSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { NameSchema } from '../primitives/text';
import { GeometrySchema } from './geometry';

/**
 * A deelgebied (sub-area) of an area, to which opgaven can be assigned.
 *
 * @example
 * DeelgebiedSchema.parse({ id: 'lindt-beekdal', name: 'Beekdal van de Lindt', municipalityIds: ['gemeente-beekdal'] });
 * @see handreiking §2.4; §2.5 (schaalniveau en detailniveau per opgave)
 */
export const DeelgebiedSchema = strictObject({
  id: IdSchema,
  name: NameSchema,
  description: OptionalTextSchema,
  /** Ids of the gemeenten (parties) the deelgebied lies in. */
  municipalityIds: IdListSchema.optional(),
  /** Area in hectares. */
  hectares: NonNegativeNumberSchema.optional(),
  geometry: GeometrySchema.optional(),
});
/** A deelgebied of an area. */
export type Deelgebied = z.infer<typeof DeelgebiedSchema>;

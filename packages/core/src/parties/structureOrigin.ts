import * as z from 'zod';
import { NonEmptyStringSchema, OptionalIdSchema, OptionalTextSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';

/**
 * Where a structure comes from. The handreiking asks for as few new structures as possible: reuse
 * an existing collaboration, or extend an existing table, and record why a new one was needed.
 * A `nieuw` or `uitgebreid` structure must give its justification.
 *
 * @example
 * StructureOriginSchema.parse({ kind: 'nieuw', justification: 'Geen bestaand overleg met alle vier overheden' });
 * @see handreiking §2.1 ("Soms kan het nodig zijn om nieuwe (integrale) structuren te creëren")
 */
export const StructureOriginSchema = z.discriminatedUnion('kind', [
  strictObject({
    kind: z.literal('bestaand'),
    /** The reused collaboration this structure is (part of). */
    collaborationId: OptionalIdSchema,
    description: OptionalTextSchema,
  }),
  strictObject({
    kind: z.literal('uitgebreid'),
    collaborationId: OptionalIdSchema,
    justification: NonEmptyStringSchema,
  }),
  strictObject({
    kind: z.literal('nieuw'),
    justification: NonEmptyStringSchema,
  }),
]);
/** Where a structure comes from: reused, extended or new (with justification). */
export type StructureOrigin = z.infer<typeof StructureOriginSchema>;

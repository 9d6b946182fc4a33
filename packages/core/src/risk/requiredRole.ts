import type * as z from 'zod';
import { NonEmptyStringSchema, OptionalIdSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';

/**
 * A role the organisation of a step or project needs (opdrachtgever, projectleider, procesregisseur,
 * secretaris, ...), the party that delivers it and, once filled, the person. A role without a
 * `holderId` is vacant.
 *
 * @example
 * RequiredRoleSchema.parse({ role: 'projectleider', partyId: 'gemeente-hoeverveen' });
 * @see handreiking §2.3 (rollen, taken en verantwoordelijkheden; bijlage 1); bijlage 1, onderdeel 1 (GOKIT: Organisatie)
 */
export const RequiredRoleSchema = strictObject({
  role: NonEmptyStringSchema,
  partyId: IdSchema,
  holderId: OptionalIdSchema,
});
/** A role the organisation needs (see {@link RequiredRoleSchema}). */
export type RequiredRole = z.infer<typeof RequiredRoleSchema>;

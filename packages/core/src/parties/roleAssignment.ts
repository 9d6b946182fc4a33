import type * as z from 'zod';
import { OptionalIdSchema, OptionalNonEmptyStringSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { RoleKindSchema } from './roleKind';

/**
 * A standing role of a party in the gebiedsproces: who is regisseur of which area, who is bevoegd
 * gezag for what, who is mediator. `scope` says what the role covers; `areaId` or `structureId`
 * narrow it.
 *
 * @example
 * RoleAssignmentSchema.parse({ id: 'r1', partyId: 'provincie-zuidmark', role: 'regisseur', areaId: 'lindewaard' });
 * @see handreiking §2.3 ("Provincies ... als regisseur"; Rivierenland: de regio is regisseur)
 */
export const RoleAssignmentSchema = strictObject({
  id: IdSchema,
  partyId: IdSchema,
  role: RoleKindSchema,
  personId: OptionalIdSchema,
  areaId: OptionalIdSchema,
  structureId: OptionalIdSchema,
  scope: OptionalNonEmptyStringSchema,
});
/** A standing role of a party. */
export type RoleAssignment = z.infer<typeof RoleAssignmentSchema>;

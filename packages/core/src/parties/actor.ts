import type * as z from 'zod';
import { OptionalIdSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { RoleKindSchema } from './roleKind';

/**
 * Who did something and in which role: a party, optionally a person and the body they acted in.
 * Every act in the SDK (a decision, an escalation, an intervention) carries one, so it is always
 * clear from which role a party acted.
 *
 * @example
 * ActorSchema.parse({ partyId: 'provincie-zuidmark', role: 'regisseur', personId: 'procesregisseur-zuidmark' });
 * @see handreiking §2.3 ("wees altijd helder over wanneer u vanuit welke rol acteert")
 */
export const ActorSchema = strictObject({
  partyId: IdSchema,
  role: RoleKindSchema,
  personId: OptionalIdSchema,
  bodyId: OptionalIdSchema,
});
/** A party (and optionally person and body) acting in a role. */
export type Actor = z.infer<typeof ActorSchema>;

import * as z from 'zod';
import { IdListSchema, OptionalIdSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { AdministrativeLevelSchema } from './administrativeLevel';
import { MembershipSchema } from './membership';

/**
 * A party's membership of a structure: full or incidental, at ambtelijk and/or bestuurlijk level,
 * optionally with the persons who attend and, for a platform of volksvertegenwoordigers, the
 * elected body they are delegated from.
 *
 * @example
 * StructureMemberSchema.parse({ partyId: 'ggd-zuidmark', membership: 'incidenteel', levels: ['ambtelijk'] });
 * @see handreiking §2.1; §2.3
 */
export const StructureMemberSchema = strictObject({
  partyId: IdSchema,
  membership: MembershipSchema,
  levels: z.array(AdministrativeLevelSchema).min(1),
  personIds: IdListSchema.optional(),
  /** For delegations: the body the members come from (for example the gemeenteraad). */
  bodyId: OptionalIdSchema,
});
/** A party's membership of a structure. */
export type StructureMember = z.infer<typeof StructureMemberSchema>;

/**
 * Who chairs a structure: a party (which must be a member) and optionally the person.
 *
 * @example
 * ChairSchema.parse({ partyId: 'regio-rivierenland' });
 * @see handreiking bijlage 2, voorbeeld 1 ("Het voorzitterschap is in handen van de Regio Rivierenland")
 */
export const ChairSchema = strictObject({
  partyId: IdSchema,
  personId: OptionalIdSchema,
});
/** Who chairs a structure. */
export type Chair = z.infer<typeof ChairSchema>;

import * as z from 'zod';
import { OptionalIdSchema, OptionalNonEmptyStringSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { NameSchema } from '../primitives/text';
import { PortfolioSchema } from './portfolio';

/**
 * A person who takes part for a party, at ambtelijk or bestuurlijk level. A bestuurder names the
 * body they sit in and their portfolios; an ambtenaar names a function.
 *
 * @example
 * PersonSchema.parse({ id: 'gedeputeerde-ruimte', name: 'A. de Vries', partyId: 'provincie-zuidmark',
 *   level: 'bestuurlijk', bodyId: 'gs-zuidmark', portfolios: ['wonen', 'landschap'] });
 * @see handreiking §2.3; bijlage 1, onderdeel 2, stap 0 ("brede bestuurlijke verankering")
 */
export const PersonSchema = z.discriminatedUnion('level', [
  strictObject({
    id: IdSchema,
    name: NameSchema,
    partyId: IdSchema,
    level: z.literal('bestuurlijk'),
    /** The body this bestuurder sits in (for example the college or GS). */
    bodyId: OptionalIdSchema,
    /** Title, for example `wethouder` or `gedeputeerde`. */
    title: OptionalNonEmptyStringSchema,
    portfolios: z.array(PortfolioSchema),
  }),
  strictObject({
    id: IdSchema,
    name: NameSchema,
    partyId: IdSchema,
    level: z.literal('ambtelijk'),
    /** Function, for example `procesregisseur` or `beleidsadviseur water`. */
    function: OptionalNonEmptyStringSchema,
  }),
]);
/** A person acting for a party. */
export type Person = z.infer<typeof PersonSchema>;

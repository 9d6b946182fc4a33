import type * as z from 'zod';
import { IdListSchema, OptionalIdSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema } from '../primitives/isoDate';

/**
 * Who signed a bestuursovereenkomst or arrangement for a party: the party, the body or person with
 * the authority (or a samenwerkingsverband with a tekenmandaat), and when.
 *
 * @example
 * const s: Signatory = { partyId: 'provincie-zuidmark', personId: 'cdk-zuidmark', signedOn: '2027-11-02' };
 * @see handreiking §2.3; bijlage 2, voorbeeld 1 (bestuursovereenkomst, tekenmandaat)
 */
export const SignatorySchema = strictObject({
  partyId: IdSchema,
  bodyId: OptionalIdSchema,
  personId: OptionalIdSchema,
  onMandateOf: IdListSchema.optional(),
  signedOn: IsoDateSchema,
});
/** A signatory of a bestuursovereenkomst or arrangement. */
export type Signatory = z.infer<typeof SignatorySchema>;

import * as z from 'zod';
import { NonEmptyStringSchema, NonNegativeNumberSchema, OptionalTextSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { RoleKindSchema } from '../parties/roleKind';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema } from '../primitives/isoDate';
import { EuroCentsSchema } from '../primitives/money';

/**
 * The capacity and means a partner commits to the gebiedsproces for a period.
 *
 * @example
 * PartyCommitmentSchema.parse({ capacityFte: 1.5, means: 20_000_000, from: '2026-01-01', until: '2027-12-31' });
 * @see handreiking §2.3 ("Maak afspraken over in te zetten capaciteit en middelen")
 */
export const PartyCommitmentSchema = strictObject({
  capacityFte: NonNegativeNumberSchema,
  /** Money committed in euro cents. */
  means: EuroCentsSchema.nonnegative(),
  from: IsoDateSchema,
  until: IsoDateSchema,
  description: OptionalTextSchema,
});
/** Capacity and means committed by a partner. */
export type PartyCommitment = z.infer<typeof PartyCommitmentSchema>;

/**
 * The agreement with one party: the roles it acts in, its tasks and responsibilities, an honest
 * statement of its own interests, and the capacity and means it commits.
 *
 * @example
 * PartyAgreementSchema.parse({ partyId: 'gemeente-beekdal', roles: ['partij', 'bevoegd_gezag'], tasks: ['…'],
 *   responsibilities: ['…'], ownInterests: ['…'], commitment: { capacityFte: 1, means: 0, from: '2026-01-01', until: '2027-12-31' } });
 * @see handreiking §2.3 ("Maak concrete afspraken over rollen, taken en verantwoordelijkheden"; "Wees eerlijk over uw eigen belangen")
 */
export const PartyAgreementSchema = strictObject({
  partyId: IdSchema,
  roles: z.array(RoleKindSchema).min(1),
  tasks: z.array(NonEmptyStringSchema).min(1),
  responsibilities: z.array(NonEmptyStringSchema),
  ownInterests: z.array(NonEmptyStringSchema),
  commitment: PartyCommitmentSchema,
});
/** The agreement with one party. */
export type PartyAgreement = z.infer<typeof PartyAgreementSchema>;

import * as z from 'zod';
import { NonEmptyStringSchema, OptionalIdSchema, OptionalNonEmptyStringSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';

/**
 * Agreements on communication: who speaks for whom on which topic, principles (one voice,
 * transparency, explaining), channels, and how the partners keep each other informed.
 *
 * @example
 * CommunicationAgreementsSchema.parse({ spokespersons: [{ partyId: 'provincie-zuidmark', topic: 'Gebiedsproces als geheel' }],
 *   principles: ['Eén gezamenlijk verhaal'], channels: ['Gebiedswebsite'] });
 * @see handreiking §2.6 ("Maak afspraken over communicatie"); §2.7
 */
export const CommunicationAgreementsSchema = strictObject({
  spokespersons: z
    .array(strictObject({ partyId: IdSchema, personId: OptionalIdSchema, topic: NonEmptyStringSchema }))
    .min(1),
  principles: z.array(NonEmptyStringSchema).min(1),
  channels: z.array(NonEmptyStringSchema).min(1),
  /** How partners inform their own councils, Staten and AB. */
  informingRepresentatives: OptionalNonEmptyStringSchema,
});
/** Agreements on communication. */
export type CommunicationAgreements = z.infer<typeof CommunicationAgreementsSchema>;

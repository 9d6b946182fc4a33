import * as z from 'zod';
import { IdListSchema, NonEmptyStringSchema, OptionalIsoDateSchema } from '../internal/leafSchemas';
import { schemaIssue } from '../internal/schemaIssue';
import { decisionsIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import { IsoDateSchema } from '../primitives/isoDate';
import { LabelSchema } from '../primitives/labels';
import { SignatorySchema } from './signatory';

/**
 * A bestuursovereenkomst: the administrative agreement in which governments lay down their
 * collaboration and agreements (like the one anchoring the Regionale Ontwerptafel Rivierenland,
 * "artikel 12"). Holds the parties, its articles, the agreements (afspraken) it contains by id,
 * validity, and the signatories. Every signatory signs for one of the parties
 * (`signatory_not_a_party`).
 *
 * @example
 * const bo = validate(BestuursovereenkomstSchema, input);
 * bo.signatories.map((s) => s.partyId);
 * @see handreiking bijlage 2, voorbeeld 1 (Bestuursovereenkomst, artikel 12)
 */
export const BestuursovereenkomstSchema = strictObject({
  ...documentHeader('bestuursovereenkomst'),
  title: LabelSchema,
  gebiedsprocesIds: IdListSchema,
  partyIds: IdListSchema.min(2),
  articles: z
    .array(
      strictObject({
        number: NonEmptyStringSchema,
        title: LabelSchema,
        text: LabelSchema,
      }),
    )
    .min(1),
  agreementIds: IdListSchema,
  validFrom: IsoDateSchema,
  validUntil: OptionalIsoDateSchema,
  signatories: z.array(SignatorySchema),
}).superRefine((bo, ctx) => {
  const parties = new Set(bo.partyIds);
  for (const [index, s] of bo.signatories.entries()) {
    if (!parties.has(s.partyId))
      schemaIssue(ctx, decisionsIssues, 'signatory_not_a_party', { partyId: s.partyId }, [
        'signatories',
        index,
        'partyId',
      ]);
  }
});
/** A bestuursovereenkomst (see {@link BestuursovereenkomstSchema}). */
export interface Bestuursovereenkomst extends z.output<typeof BestuursovereenkomstSchema> {}

import * as z from 'zod';
import { IdListSchema, OptionalIdSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema } from '../primitives/isoDate';
import { LabelSchema } from '../primitives/labels';

/**
 * A choice consciously put off: what it is about, why it is deferred, its consequences (at least
 * one: "het uitstellen van een beleidskeuze is ook een keuze"), by when it must be decided, who owns
 * it, and — once taken — the decision.
 *
 * @example
 * const d: DeferredChoice = {
 *   id: 'uitstel-wind-locatie',
 *   subject: { nl: 'Locatie van twee windturbines', en: 'Location of two wind turbines' },
 *   reason: { nl: 'Wacht op uitruil', en: 'Awaiting the exchange' },
 *   consequences: [{ nl: 'RES-bod loopt vertraging op', en: 'The RES offer is delayed' }],
 *   decideBy: '2028-06-30',
 *   ownerPartyId: 'provincie-zuidmark',
 * };
 * @see handreiking §2.5 (wat nog verdere uitwerking behoeft en op basis waarvan)
 */
export const DeferredChoiceSchema = strictObject({
  id: IdSchema,
  subject: LabelSchema,
  reason: LabelSchema,
  consequences: z.array(LabelSchema).min(1),
  decideBy: IsoDateSchema,
  ownerPartyId: IdSchema,
  stepId: OptionalIdSchema,
  opgaveIds: IdListSchema.optional(),
  decisionId: OptionalIdSchema,
});
/** A deferred choice with its consequences and decide-by date. */
export type DeferredChoice = z.infer<typeof DeferredChoiceSchema>;

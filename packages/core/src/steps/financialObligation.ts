import type * as z from 'zod';
import { OptionalIdSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema } from '../primitives/isoDate';
import { LabelSchema } from '../primitives/labels';
import { EuroCentsSchema } from '../primitives/money';

/**
 * The moment a financial obligation arises: which party becomes bound to pay how much, from which
 * date, by what trigger (signing an agreement, awarding a contract, adopting a budget), for which
 * agreement or project.
 *
 * @example
 * const f: FinancialObligation = {
 *   id: 'verplichting-n-weg',
 *   partyId: 'provincie-zuidmark',
 *   amountCents: 2_400_000_000,
 *   arisesOn: '2028-03-01',
 *   trigger: { nl: 'Gunning van het ontwerp- en bouwcontract', en: 'Award of the design-and-build contract' },
 *   projectId: 'project-n-weg',
 * };
 * @see handreiking bijlage 1, onderdeel 2 ("vanaf welk moment daadwerkelijk financiële verplichtingen worden aangegaan")
 */
export const FinancialObligationSchema = strictObject({
  id: IdSchema,
  partyId: IdSchema,
  amountCents: EuroCentsSchema.nonnegative(),
  arisesOn: IsoDateSchema,
  trigger: LabelSchema,
  agreementId: OptionalIdSchema,
  projectId: OptionalIdSchema,
});
/** The moment a financial obligation arises. */
export type FinancialObligation = z.infer<typeof FinancialObligationSchema>;

import type * as z from 'zod';
import { OptionalIdSchema, OptionalIsoDateSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { YearSchema } from '../primitives/isoDate';
import { EuroCentsSchema } from '../primitives/money';
import { FinancialStatus } from './financialStatus';

/**
 * Money in an agreement: who pays how much (in cents), in which year, how firm it is
 * (indicative, reserved, committed) and — for committed money — the date the financial
 * obligation arises.
 *
 * @example
 * const f: AgreementFinance = { payerPartyId: 'provincie-zuidmark', amountCents: 1_500_000_000, year: 2028, status: 'reserved' };
 * @see handreiking bijlage 1, onderdeel 2 ("vanaf welk moment daadwerkelijk financiële verplichtingen worden aangegaan")
 */
export const AgreementFinanceSchema = strictObject({
  payerPartyId: IdSchema,
  receiverPartyId: OptionalIdSchema,
  amountCents: EuroCentsSchema.nonnegative(),
  year: YearSchema,
  status: FinancialStatus.schema,
  obligationArisesOn: OptionalIsoDateSchema,
});
/** Money in an agreement. */
export type AgreementFinance = z.infer<typeof AgreementFinanceSchema>;

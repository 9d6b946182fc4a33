import type * as z from 'zod';
import { FinancialStatus } from '../decisions/financialStatus';
import { OptionalIdSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { YearSchema } from '../primitives/isoDate';
import { EuroCentsSchema } from '../primitives/money';

/**
 * Money for a project from one source in one year, in euro cents, with how firm it is
 * (indicative, reserved, committed).
 *
 * @example
 * const f: FundingLine = { sourceId: 'bron-provincie', year: 2028, amountCents: 500_000_000, status: 'reserved' };
 * @see handreiking §2.7 (investeringsagenda; bijlage 1); bijlage 1, onderdeel 2 (financiële verplichtingen)
 */
export const FundingLineSchema = strictObject({
  sourceId: IdSchema,
  year: YearSchema,
  amountCents: EuroCentsSchema.nonnegative(),
  status: FinancialStatus.schema,
  agreementId: OptionalIdSchema,
});
/** Money from one source in one year. */
export type FundingLine = z.infer<typeof FundingLineSchema>;

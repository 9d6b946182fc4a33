import * as z from 'zod';
import { IdListSchema, NonNegativeNumberSchema, OptionalIdSchema, UnitIntervalSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import { IdSchema } from '../primitives/id';

/**
 * How one item ends up: who won it initially (the higher valuer) and the fraction each party gets
 * (1 and 0, except for the one item that may be split).
 *
 * @example
 * const a: ItemAllocation = { itemId: 'x', initialWinnerId: 'a', shares: [{ partyId: 'a', fraction: 1 }, { partyId: 'b', fraction: 0 }] };
 */
export const ItemAllocationSchema = strictObject({
  itemId: IdSchema,
  initialWinnerId: IdSchema,
  shares: z
    .array(
      strictObject({
        partyId: IdSchema,
        fraction: UnitIntervalSchema,
      }),
    )
    .length(2),
});
/** How one item ends up. */
export type ItemAllocation = z.infer<typeof ItemAllocationSchema>;

/**
 * A party's total in Adjusted Winner: its points before the adjustment and after it.
 *
 * @example
 * const t: PartyPoints = { partyId: 'a', initialPoints: 65, finalPoints: 55.5 };
 */
export const PartyPointsSchema = strictObject({
  partyId: IdSchema,
  initialPoints: NonNegativeNumberSchema,
  finalPoints: NonNegativeNumberSchema,
});
/** A party's totals in Adjusted Winner. */
export type PartyPoints = z.infer<typeof PartyPointsSchema>;

/**
 * The result of Adjusted Winner: every item's allocation, both parties' points before and after
 * the adjustment (equal after it), the items transferred in order, and the one split item if any.
 *
 * @example
 * result.totals[0].finalPoints === result.totals[1].finalPoints; // up to rounding
 * @see Brams and Taylor (1996, 1999). Outside the handreiking.
 */
export const AdjustedWinnerResultSchema = strictObject({
  ...documentHeader('adjustedWinnerResult'),
  inputId: IdSchema,
  allocations: z.array(ItemAllocationSchema).min(1),
  totals: z.array(PartyPointsSchema).length(2),
  transferredItemIds: IdListSchema,
  splitItemId: OptionalIdSchema,
});
/** The result of Adjusted Winner. */
export interface AdjustedWinnerResult extends z.output<typeof AdjustedWinnerResultSchema> {}

import type * as z from 'zod';
import { OptionalIdSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { LabelSchema, labelledEnum } from '../primitives/labels';
import { EuroCentsSchema } from '../primitives/money';

/**
 * The kind of a compensation that softens an unwelcome choice: money, an investment (such as the
 * province co-financing a road), a transferred opgave in return, or something else.
 *
 * @example
 * CompensationKind.label('investment', 'nl'); // 'Investering'
 * @see handreiking §2.3 ("Organiseer daarom ook 'wisselgeld', zodat vervelende keuzes verzacht of gecompenseerd kunnen worden")
 */
export const CompensationKind = labelledEnum({
  money: { nl: 'Geld', en: 'Money' },
  investment: { nl: 'Investering', en: 'Investment' },
  opgave: { nl: 'Opgave in ruil', en: 'Opgave in return' },
  other: { nl: 'Anders', en: 'Other' },
});
/** One of the {@link CompensationKind} values. */
export type CompensationKind = (typeof CompensationKind)['values'][number];

/**
 * A compensation in a wisselgeld or exchange agreement: who gives what to whom, optionally an
 * amount in cents and the project it funds.
 *
 * @example
 * const c: Compensation = { kind: 'investment', fromPartyId: 'provincie-zuidmark', toId: 'gebiedsproces-lindewaard', description: { nl: 'Cofinanciering N-weg', en: 'Co-financing of the N-road' }, amountCents: 2_400_000_000 };
 * @see handreiking §2.3 (wisselgeld)
 */
export const CompensationSchema = strictObject({
  kind: CompensationKind.schema,
  fromPartyId: IdSchema,
  toId: IdSchema,
  description: LabelSchema,
  amountCents: EuroCentsSchema.nonnegative().optional(),
  projectId: OptionalIdSchema,
});
/** A compensation in a wisselgeld or exchange agreement. */
export type Compensation = z.infer<typeof CompensationSchema>;

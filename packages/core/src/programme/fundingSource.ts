import type * as z from 'zod';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { LabelSchema } from '../primitives/labels';
import { FundingSourceKind } from './fundingSourceKind';

/**
 * A source of money for the programme: its name, kind and the party that manages it.
 *
 * @example
 * const s: FundingSource = { id: 'bron-provincie', name: { nl: 'Begroting Zuidmark', en: 'Zuidmark budget' }, kind: 'own_budget', partyId: 'provincie-zuidmark' };
 * @see handreiking §2.7 (meerjarige investeringsagenda)
 */
export const FundingSourceSchema = strictObject({
  id: IdSchema,
  name: LabelSchema,
  kind: FundingSourceKind.schema,
  partyId: IdSchema,
});
/** A source of money. */
export type FundingSource = z.infer<typeof FundingSourceSchema>;

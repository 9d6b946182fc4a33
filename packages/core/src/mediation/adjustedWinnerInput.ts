import * as z from 'zod';
import { NonEmptyStringSchema, OptionalIdSchema } from '../internal/leafSchemas';
import { schemaIssue } from '../internal/schemaIssue';
import { mediationIssues, sharedIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import { IdSchema, safeRecord } from '../primitives/id';
import { NameSchema } from '../primitives/text';

/**
 * One good or issue to divide between two parties.
 *
 * @example
 * const item: DivisibleItem = { id: 'cofinanciering', title: 'Cofinanciering waterberging' };
 */
export const DivisibleItemSchema = strictObject({
  id: IdSchema,
  title: NonEmptyStringSchema,
});
/** One item to divide. */
export type DivisibleItem = z.infer<typeof DivisibleItemSchema>;

/**
 * One party's point allocation for Adjusted Winner: non-negative points per item that sum to 100.
 *
 * @example
 * const p: AdjustedWinnerParty = { partyId: 'a', name: 'A', points: { x: 60, y: 40 } };
 */
export const AdjustedWinnerPartySchema = strictObject({
  partyId: IdSchema,
  name: NameSchema,
  points: safeRecord(z.number().finite().nonnegative()),
});
/** One party's point allocation for Adjusted Winner. */
export type AdjustedWinnerParty = z.infer<typeof AdjustedWinnerPartySchema>;

/** The tolerance within which points count as summing to 100. */
export const POINTS_TOTAL_TOLERANCE = 1e-9;

/**
 * The input of Adjusted Winner (Brams and Taylor): the items and exactly two parties, each
 * distributing 100 points over all items.
 *
 * Rules: item and party ids unique; every party gives points to every item and to nothing else
 * (`unknown_item`, `missing_points`); each party's points sum to 100 (`points_do_not_sum_to_100`).
 *
 * @example
 * validate(AdjustedWinnerInputSchema, json);
 * @see Brams, S.J. and Taylor, A.D. (1996) Fair Division: From Cake-Cutting to Dispute Resolution; (1999) The Win-Win Solution. Outside the handreiking.
 */
export const AdjustedWinnerInputSchema = strictObject({
  ...documentHeader('adjustedWinnerInput'),
  disputeId: OptionalIdSchema,
  items: z.array(DivisibleItemSchema).min(1),
  parties: z.array(AdjustedWinnerPartySchema).length(2),
}).superRefine((input, ctx) => {
  const items = new Set<string>();
  for (const [i, item] of input.items.entries()) {
    if (items.has(item.id)) schemaIssue(ctx, sharedIssues, 'duplicate_id', { id: item.id }, ['items', i, 'id']);
    items.add(item.id);
  }
  const [first, second] = input.parties;
  if (first && second && first.partyId === second.partyId)
    schemaIssue(ctx, sharedIssues, 'duplicate_id', { id: first.partyId }, ['parties', 1, 'partyId']);
  for (const [p, party] of input.parties.entries()) {
    let total = 0;
    for (const [itemId, points] of Object.entries(party.points)) {
      if (!items.has(itemId))
        schemaIssue(ctx, mediationIssues, 'unknown_item', { itemId }, ['parties', p, 'points', itemId]);
      total += points;
    }
    for (const itemId of items) {
      if (!Object.hasOwn(party.points, itemId))
        schemaIssue(ctx, mediationIssues, 'missing_points', { party: party.name, option: itemId }, [
          'parties',
          p,
          'points',
        ]);
    }
    if (Math.abs(total - 100) > POINTS_TOTAL_TOLERANCE)
      schemaIssue(ctx, mediationIssues, 'points_do_not_sum_to_100', { name: party.name, total }, [
        'parties',
        p,
        'points',
      ]);
  }
});
/** The input of Adjusted Winner. */
export interface AdjustedWinnerInput extends z.output<typeof AdjustedWinnerInputSchema> {}

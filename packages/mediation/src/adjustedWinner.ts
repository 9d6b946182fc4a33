import {
  type AdjustedWinnerInput,
  AdjustedWinnerInputSchema,
  type AdjustedWinnerResult,
  IdSchema,
  type ItemAllocation,
  validate,
} from '@gebiedsgericht/core';
import { validateOptions } from './internal/arguments';
import { derivedId } from './internal/derivedId';

/** Options of {@link adjustedWinner}. */
export interface AdjustedWinnerOptions {
  /** Id of the result document; defaults to the input id followed by `-result`. */
  readonly resultId?: string;
}

/**
 * Adjusted Winner (Brams and Taylor) for two parties who each distribute 100 points over the
 * items in dispute:
 *  1. each item goes initially to the party that gives it more points;
 *  2. items both give the same points go to the party that has fewer points from the items that
 *     were not tied (the published tie rule; if even those totals are equal, to the first party);
 *  3. if the totals differ, items move from the party ahead to the party behind in order of
 *     increasing ratio (points of the party ahead ÷ points of the party behind; input order among
 *     equal ratios) until the totals are equal; the item at which equality is crossed is split.
 * The result is equitable (both end with the same points), envy-free (each has at least 50 of its
 * own points) and efficient, with at most one split item.
 *
 * Throws `invalid_input` (path `['input']`) with issues `points_do_not_sum_to_100`, `unknown_item`
 * or `missing_points` under `['input', …]`, `invalid_input` (path `['options', 'resultId']`) for a
 * bad result id, and `invalid_argument` (path
 * `['options']`) when `options` is given but not an object.
 *
 * @example
 * const r = adjustedWinner(input);
 * r.totals.map((t) => t.finalPoints); // equal
 * @see Brams, S.J. and Taylor, A.D. (1996) Fair Division: From Cake-Cutting to Dispute Resolution, Cambridge University Press; (1999) The Win-Win Solution, W.W. Norton. Outside the handreiking; it serves bijlage 1, onderdeel 4.
 */
export function adjustedWinner(input: unknown, options: AdjustedWinnerOptions = {}): AdjustedWinnerResult {
  const parsed: AdjustedWinnerInput = validate(AdjustedWinnerInputSchema, input, { path: ['input'] });
  validateOptions(options);
  const [first, second] = parsed.parties as [AdjustedWinnerInput['parties'][0], AdjustedWinnerInput['parties'][0]];
  const value = (party: 0 | 1, itemId: string): number =>
    ((party === 0 ? first : second).points[itemId] as number | undefined) ?? 0;

  // Winner phase: the higher valuer gets the item; ties wait for the tie rule.
  const owner = new Map<string, 0 | 1>();
  const totals: [number, number] = [0, 0];
  const tied: string[] = [];
  for (const item of parsed.items) {
    const a = value(0, item.id);
    const b = value(1, item.id);
    if (a === b) {
      tied.push(item.id);
      continue;
    }
    const winner: 0 | 1 = a > b ? 0 : 1;
    owner.set(item.id, winner);
    totals[winner] += value(winner, item.id);
  }
  const trailing: 0 | 1 = totals[1] < totals[0] ? 1 : 0;
  for (const itemId of tied) {
    owner.set(itemId, trailing);
    totals[trailing] += value(trailing, itemId);
  }
  const initialWinner = new Map(owner);
  const initialTotals: [number, number] = [totals[0], totals[1]];

  // Adjusted phase: move items from the party ahead, lowest ratio first.
  const fractionToFirst = new Map<string, number>();
  for (const item of parsed.items) fractionToFirst.set(item.id, owner.get(item.id) === 0 ? 1 : 0);
  const transferred: string[] = [];
  let splitItemId: string | undefined;
  if (totals[0] !== totals[1]) {
    const ahead: 0 | 1 = totals[0] > totals[1] ? 0 : 1;
    const behind: 0 | 1 = ahead === 0 ? 1 : 0;
    const candidates = parsed.items
      .map((item, index) => ({ id: item.id, index, a: value(ahead, item.id), b: value(behind, item.id) }))
      .filter((c) => owner.get(c.id) === ahead)
      .sort((x, y) => compareRatio(x.a, x.b, y.a, y.b) || x.index - y.index);
    for (const c of candidates) {
      if (totals[ahead] === totals[behind]) break;
      const afterAhead = totals[ahead] - c.a;
      const afterBehind = totals[behind] + c.b;
      if (afterAhead >= afterBehind) {
        totals[ahead] = afterAhead;
        totals[behind] = afterBehind;
        fractionToFirst.set(c.id, behind === 0 ? 1 : 0);
        transferred.push(c.id);
        continue;
      }
      // Split: the party ahead keeps fraction f with totals[ahead] - a(1 - f) = totals[behind] + b(1 - f).
      const kept = (totals[behind] - totals[ahead] + c.a + c.b) / (c.a + c.b);
      const given = 1 - kept;
      totals[ahead] -= c.a * given;
      totals[behind] += c.b * given;
      fractionToFirst.set(c.id, ahead === 0 ? kept : given);
      transferred.push(c.id);
      splitItemId = c.id;
      break;
    }
  }

  const allocations: ItemAllocation[] = parsed.items.map((item) => {
    const toFirst = fractionToFirst.get(item.id) as number;
    return {
      itemId: item.id,
      initialWinnerId: (initialWinner.get(item.id) === 0 ? first : second).partyId,
      shares: [
        { partyId: first.partyId, fraction: toFirst },
        { partyId: second.partyId, fraction: 1 - toFirst },
      ],
    };
  });
  return {
    kind: 'adjustedWinnerResult',
    schemaVersion: 2,
    id:
      options.resultId === undefined
        ? derivedId(parsed.id, 'result')
        : validate(IdSchema, options.resultId, { path: ['options', 'resultId'] }),
    inputId: parsed.id,
    allocations,
    totals: [
      { partyId: first.partyId, initialPoints: initialTotals[0], finalPoints: totals[0] },
      { partyId: second.partyId, initialPoints: initialTotals[1], finalPoints: totals[1] },
    ],
    transferredItemIds: transferred,
    ...(splitItemId !== undefined ? { splitItemId } : {}),
  };
}

/** Compares a1/b1 with a2/b2 without dividing (b may be 0: then the ratio is infinite; 0/0 counts as 1). */
function compareRatio(a1: number, b1: number, a2: number, b2: number): number {
  const n1 = a1 === 0 && b1 === 0 ? 1 : a1;
  const d1 = a1 === 0 && b1 === 0 ? 1 : b1;
  const n2 = a2 === 0 && b2 === 0 ? 1 : a2;
  const d2 = a2 === 0 && b2 === 0 ? 1 : b2;
  return n1 * d2 - n2 * d1;
}

import {
  type AssessmentInput,
  DEFAULT_PLUS_MINUS_MAPPING,
  type Effect,
  type EffectBalance,
  type EffectDistribution,
  type PlusMinusMapping,
} from '@gebiedsgericht/core';
import { prepare } from './internal/prepare';

function balances(
  effects: readonly Effect[],
  subject: (e: Effect) => string | undefined,
  mapping: PlusMinusMapping,
): EffectBalance[] {
  const by = new Map<
    string,
    { gains: number; losses: number; net: number; netAmountCents: number; effectIds: string[] }
  >();
  for (const e of effects) {
    const id = subject(e);
    if (id === undefined) continue;
    const b = by.get(id) ?? { gains: 0, losses: 0, net: 0, netAmountCents: 0, effectIds: [] };
    const v = mapping[e.strength] - mapping['0'];
    if (v > 0) b.gains += 1;
    if (v < 0) b.losses += 1;
    b.net += v;
    b.netAmountCents += e.amountCents ?? 0;
    b.effectIds.push(e.id);
    by.set(id, b);
  }
  return [...by].map(([subjectId, b]) => ({ subjectId, ...b }));
}

/**
 * Who gains and who loses in each variant, per party and per area: the count of gains and losses,
 * the net balance (plus–minus steps mapped to numbers, `0` = no change) and the net money (effects'
 * `amountCents` minus the costs a party bears in the variant's cost items), the gainers and losers,
 * and the spread between the best-off and worst-off party. The handreiking asks for "een eerlijke
 * verdeling van winst en verlies": this makes the distribution visible; judging it stays with the
 * bestuurders.
 *
 * @example
 * const d = distributeEffects(input).find((x) => x.variantId === 'variant-b');
 * d?.losers; // ['lto-lindewaard', 'dorpsraad-beekdal']
 * @see handreiking slotwoord ("hoe zorgt u dat winst en verlies bij alle transities eerlijk verdeeld worden?")
 */
export function distributeEffects(input: AssessmentInput): EffectDistribution[] {
  const p = prepare(input);
  const mapping = p.input.plusMinusMapping ?? DEFAULT_PLUS_MINUS_MAPPING;
  const effects = p.input.effects ?? [];
  return p.variants.map((variant) => {
    const mine = effects.filter((e) => e.variantId === variant.id);
    const byParty = balances(mine, (e) => e.partyId, mapping);
    for (const cost of variant.costs ?? []) {
      if (!cost.bearerPartyId) continue;
      let b = byParty.find((x) => x.subjectId === cost.bearerPartyId);
      if (!b) {
        b = { subjectId: cost.bearerPartyId, gains: 0, losses: 0, net: 0, netAmountCents: 0, effectIds: [] };
        byParty.push(b);
      }
      const i = byParty.indexOf(b);
      byParty[i] = { ...b, netAmountCents: b.netAmountCents - cost.amountCents };
    }
    const byArea = balances(mine, (e) => e.areaId, mapping);
    const all = [...byParty, ...byArea];
    const gainers = [...new Set(all.filter((b) => b.net > 0).map((b) => b.subjectId))];
    const losers = [...new Set(all.filter((b) => b.net < 0).map((b) => b.subjectId))];
    const nets = byParty.map((b) => b.net);
    const partySpread = nets.length > 0 ? Math.max(...nets) - Math.min(...nets) : 0;
    return { variantId: variant.id, byParty, byArea, gainers, losers, partySpread };
  });
}

import { describe, expect, it } from 'vitest';
import { distributeEffects } from '../src/index';
import { lindewaardInput } from './support/lindewaard';

describe('distribution of effects (who gains, who loses)', () => {
  it('sums gains and losses per party and per area, with costs borne and money received', () => {
    const d = distributeEffects(lindewaardInput());
    const c = d.find((x) => x.variantId === 'variant-c');
    expect(c?.gainers).toEqual(expect.arrayContaining(['waterschap-aa-en-lindt', 'lto-lindewaard']));
    expect(c?.losers).toEqual(expect.arrayContaining(['dorpsraad-hoeverveen', 'hoeverveen']));
    const lto = c?.byParty.find((b) => b.subjectId === 'lto-lindewaard');
    expect(lto).toMatchObject({ gains: 1, losses: 0, net: 1, netAmountCents: 150_000_000 });
    // waterschap ++ (2) and dorpsraad −− (−2): spread 4
    expect(c?.partySpread).toBe(4);
    const a = d.find((x) => x.variantId === 'variant-a');
    expect(a?.byParty.find((b) => b.subjectId === 'provincie-zuidmark')?.netAmountCents).toBe(-31_000_000_000);
    expect(d.find((x) => x.variantId === 'variant-b')?.byArea).toEqual([]);
  });
});

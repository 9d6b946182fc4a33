// handreiking bijlage 1, onderdeel 4 (stijlen van bemiddeling): evaluerend, faciliterend, transformatief.
import {
  type DisputeCharacteristics,
  isGebiedsgerichtError,
  mediationStyleRegie,
  StyleRecommendationSchema,
  validate,
} from '@gebiedsgericht/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recommendMediationStyle } from '../src/index';
import { beekdalDispute } from './support/lindewaard';

const base: DisputeCharacteristics = {
  contentExpertiseWanted: false,
  relationshipDamaged: false,
  trustLevel: 'medium',
  communicationBrokenDown: false,
  partiesWantOwnership: true,
  substantiveDisagreement: true,
};

describe('recommendMediationStyle', () => {
  it('recommends facilitative mediation for the Lindewaard knelpunt, with its reasons', () => {
    const r = recommendMediationStyle(beekdalDispute.characteristics);
    expect(r.recommended).toBe('facilitative');
    const best = r.ranking[0];
    expect(best?.regie).toEqual({ contentRegie: 'parties', processRegie: 'mediator' });
    expect(best?.reasons.some((x) => x.effect === 'for')).toBe(true);
    expect(r.summary.nl).toContain('faciliterende bemiddeling');
    expect(r.summary.en).toContain('facilitative mediation');
  });

  it('recommends transformative mediation when communication has broken down and trust is gone', () => {
    const r = recommendMediationStyle({
      ...base,
      communicationBrokenDown: true,
      relationshipDamaged: true,
      trustLevel: 'low',
    });
    expect(r.recommended).toBe('transformative');
    expect(r.ranking[0]?.regie).toEqual({ contentRegie: 'parties', processRegie: 'parties' });
    expect(r.ranking[0]?.reasons.map((x) => x.factor)).toContain('communicationBrokenDown');
  });

  it('recommends evaluative mediation when parties want a view on the content and accept it', () => {
    const r = recommendMediationStyle({
      ...base,
      contentExpertiseWanted: true,
      trustLevel: 'high',
      partiesWantOwnership: false,
    });
    expect(r.recommended).toBe('evaluative');
    expect(r.ranking[0]?.regie).toEqual({ contentRegie: 'mediator', processRegie: 'mediator' });
  });

  it('always explains itself: the recommended style is ranked first and every style carries its regie and reasons', () => {
    const arb = fc.record({
      contentExpertiseWanted: fc.boolean(),
      relationshipDamaged: fc.boolean(),
      trustLevel: fc.constantFrom('low', 'medium', 'high'),
      communicationBrokenDown: fc.boolean(),
      partiesWantOwnership: fc.boolean(),
      substantiveDisagreement: fc.boolean(),
    });
    fc.assert(
      fc.property(arb, (c) => {
        const r = validate(StyleRecommendationSchema, recommendMediationStyle(c));
        expect(r.ranking[0]?.style).toBe(r.recommended);
        expect(new Set(r.ranking.map((x) => x.style)).size).toBe(3);
        for (const a of r.ranking) {
          expect(a.regie).toEqual(mediationStyleRegie[a.style]);
          expect(a.reasons.length).toBeGreaterThan(0);
          const sum = a.reasons.reduce((s, x) => s + (x.effect === 'for' ? x.weight : -x.weight), 0);
          expect(sum).toBe(a.score);
        }
        for (let i = 1; i < r.ranking.length; i++)
          expect((r.ranking[i - 1]?.score ?? 0) >= (r.ranking[i]?.score ?? 0)).toBe(true);
      }),
    );
  });

  it('rejects incomplete characteristics with a typed error', () => {
    try {
      recommendMediationStyle({ trustLevel: 'medium' });
      expect.unreachable();
    } catch (e) {
      expect(isGebiedsgerichtError(e) && e.code).toBe('invalid_input');
    }
  });
});

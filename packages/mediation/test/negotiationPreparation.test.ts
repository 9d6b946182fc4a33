// handreiking bijlage 1, onderdeel 3 (best practices 1 and 3: eigen waarden en die van de ander; vragen
// naar motivaties, obstakels en doelen).
import { NegotiationPreparationSchema, validate } from '@gebiedsgericht/core';
import { describe, expect, it } from 'vitest';
import { negotiationPreparationToMarkdown, prepareNegotiation } from '../src/index';
import { beekdalDispute, GB, WS } from './support/lindewaard';

describe('prepareNegotiation (the three best practices of onderdeel 3)', () => {
  it('starts from own values and the others’ values and interests', () => {
    const prep = validate(NegotiationPreparationSchema, prepareNegotiation(beekdalDispute, WS));
    expect(prep.ownValues.map((v) => v.value)).toEqual(['Droge voeten', 'Een robuust watersysteem']);
    expect(prep.otherParties).toEqual([
      {
        partyId: GB,
        name: 'Gemeente Beekdal',
        values: ['Vitale dorpen'],
        interests: ['Woningen voor starters en ouderen'],
      },
    ]);
    expect(prep.informalTalk.planned).toBe(false);
  });

  it('asks about motives, obstacles and goals behind every position of the other party', () => {
    const prep = prepareNegotiation(beekdalDispute, WS);
    const positions = beekdalDispute.parties.find((p) => p.partyId === GB)?.positions.length ?? 0;
    expect(prep.questions).toHaveLength(positions * 3);
    expect(new Set(prep.questions.map((q) => q.topic))).toEqual(new Set(['motive', 'obstacle', 'goal']));
    expect(prep.questions.every((q) => q.toPartyId === GB)).toBe(true);
    expect(prep.questions[0]?.question).toContain('300 woningen in het beekdal');
  });

  it('asks what another party stands for when its values are unknown', () => {
    const d = structuredClone(beekdalDispute);
    const gb = d.parties.find((p) => p.partyId === GB);
    if (gb) gb.values = [];
    const prep = prepareNegotiation(d, WS, { locale: 'en' });
    expect(prep.questions.some((q) => q.question === 'What do you stand for in this area?')).toBe(true);
  });

  it('renders markdown with one section per best practice', () => {
    const md = negotiationPreparationToMarkdown(prepareNegotiation(beekdalDispute, WS));
    expect(md).toMatch(/^# Voorbereiding onderhandeling: Waterschap Aa en Lindt/);
    expect(md).toContain('## 1. Waarden');
    expect(md).toContain('## 2. Informeel gesprek');
    expect(md).toContain('## 3. Vragen');
    expect(md).toContain('- [ ] Informeel gesprek gepland');
    const en = negotiationPreparationToMarkdown(prepareNegotiation(beekdalDispute, GB), 'en');
    expect(en).toContain('## 3. Questions');
  });

  it('rejects an unknown party and a party without values with typed errors', () => {
    expect(() => prepareNegotiation(beekdalDispute, 'rijk')).toThrow(
      expect.objectContaining({ code: 'unknown_party' }),
    );
    const d = structuredClone(beekdalDispute);
    const ws = d.parties.find((p) => p.partyId === WS);
    if (ws) ws.values = [];
    expect(() => prepareNegotiation(d, WS)).toThrow(expect.objectContaining({ code: 'no_values' }));
  });
});

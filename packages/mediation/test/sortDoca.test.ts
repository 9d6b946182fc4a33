import { type DocaBoard, DocaSummarySchema, validate } from '@gebiedsgericht/core';
import { describe, expect, it } from 'vitest';
import { sortDoca, suggestDocaCategory } from '../src/index';

// After the DOCA method of Atelier Omgevingsvisie Fryslân (handreiking bijlage 2, voorbeeld 7).
const board: DocaBoard = {
  kind: 'docaBoard',
  schemaVersion: 2,
  id: 'atelier-lindewaard',
  title: 'Atelierdag Lindewaard',
  heldOn: '2026-03-05',
  contributions: [
    { id: 'c1', text: 'Het beekdal heeft 150 hectare nodig voor waterberging', category: 'data', theme: 'water' },
    {
      id: 'c2',
      text: 'Zonnepanelen op de bergingsgebieden: een slimme combinatie',
      category: 'opportunity',
      theme: 'energie',
    },
    { id: 'c3', text: 'Netcongestie dreigt de zonneparken te vertragen', theme: 'energie' },
    { id: 'c4', text: 'Ik herinner me dat mijn opa hier altijd schaatste', theme: 'landschap' },
    { id: 'c5', text: 'Volgens de peilbuizen daalt het grondwater 20 cm per jaar', theme: 'water' },
    { id: 'c6', text: 'Kans om wandelroutes te koppelen aan de waterberging', theme: 'water' },
  ],
};

describe('DOCA', () => {
  it('keeps stated categories and suggests the others from cues, to be checked', () => {
    const s = validate(DocaSummarySchema, sortDoca(board));
    const placed = Object.fromEntries(s.sorted.map((x) => [x.contributionId, [x.category, x.basis]]));
    expect(placed).toEqual({
      c1: ['data', 'stated'],
      c2: ['opportunity', 'stated'],
      c3: ['challenge', 'suggested'],
      c4: ['anecdote', 'suggested'],
      c5: ['data', 'suggested'],
      c6: ['opportunity', 'suggested'],
    });
  });

  it('summarises each category with counts per theme, in the order D, O, C, A', () => {
    const s = sortDoca(board);
    expect(s.categories.map((c) => c.category)).toEqual(['data', 'opportunity', 'challenge', 'anecdote']);
    const data = s.categories[0];
    expect(data?.count).toBe(2);
    expect(data?.suggestedCount).toBe(1);
    expect(data?.themes).toEqual([{ theme: 'water', count: 2 }]);
    expect(data?.summary.nl).toContain('2 bijdragen');
    expect(s.categories.reduce((n, c) => n + c.count, 0)).toBe(board.contributions.length);
  });

  it('treats a statement without cues as an opinion (anecdote) until someone brings the facts', () => {
    expect(suggestDocaCategory('Het is hier mooi').category).toBe('anecdote');
    expect(suggestDocaCategory('Het risico op wateroverlast neemt toe').category).toBe('challenge');
  });

  it('rejects a board with duplicate contribution ids', () => {
    const bad = structuredClone(board);
    bad.contributions.push({ id: 'c1', text: 'Dubbel' });
    expect(() => sortDoca(bad)).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
});

import { type DilemmaLine, DilemmaLineAnalysisSchema, validate } from '@gebiedsgericht/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseDilemmaLine } from '../src/index';

// After the West-Overijssel working form (handreiking bijlage 2, voorbeeld 4): RES portfolio
// holders place themselves on a line of tape between two extremes. The positions are invented.
const line: DilemmaLine = {
  kind: 'dilemmaLine',
  schemaVersion: 2,
  id: 'res-dilemmas',
  title: 'Dilemma’s RES Zuidmark-Oost',
  heldOn: '2026-02-10',
  dilemmas: [
    {
      id: 'clusteren',
      question: 'Moeten we clusteren of juist spreiden?',
      leftExtreme: 'Clusteren',
      rightExtreme: 'Spreiden',
    },
    {
      id: 'regie',
      question: 'Ligt de regie bij de overheid of in de samenleving?',
      leftExtreme: 'Overheid',
      rightExtreme: 'Samenleving',
    },
  ],
  participants: [
    { id: 'lindewaard', name: 'Wethouder Lindewaard' },
    { id: 'beekdal', name: 'Wethouder Beekdal' },
    { id: 'hoeverveen', name: 'Wethouder Hoeverveen' },
    { id: 'waterschap', name: 'Heemraad Aa en Lindt' },
  ],
  arguments: [
    { id: 'landschap', text: 'Bescherm het landschap' },
    { id: 'net', text: 'Het elektriciteitsnet zit vol' },
    { id: 'draagvlak', text: 'Draagvlak bij inwoners' },
  ],
  positions: [
    { dilemmaId: 'clusteren', participantId: 'lindewaard', position: 0.1, argumentIds: ['landschap', 'net'] },
    { dilemmaId: 'clusteren', participantId: 'beekdal', position: 0.2, argumentIds: ['net'] },
    { dilemmaId: 'clusteren', participantId: 'hoeverveen', position: 0.9, argumentIds: ['landschap', 'draagvlak'] },
    { dilemmaId: 'clusteren', participantId: 'waterschap', position: 0.8, argumentIds: [] },
    { dilemmaId: 'regie', participantId: 'lindewaard', position: 0.5, argumentIds: ['draagvlak'] },
  ],
};

describe('analyseDilemmaLine', () => {
  it('measures the spread and finds the two camps on the line', () => {
    const a = validate(DilemmaLineAnalysisSchema, analyseDilemmaLine(line));
    const c = a.dilemmas.find((d) => d.dilemmaId === 'clusteren');
    expect(c?.spread?.min).toBe(0.1);
    expect(c?.spread?.max).toBe(0.9);
    expect(c?.spread?.range).toBeCloseTo(0.8, 12);
    expect(c?.spread?.mean).toBeCloseTo(0.5, 12);
    // Population standard deviation of 0.1, 0.2, 0.8, 0.9 around 0.5.
    expect(c?.spread?.standardDeviation).toBeCloseTo(Math.sqrt((0.16 + 0.09 + 0.09 + 0.16) / 4), 12);
    expect(c?.clusters.map((k) => k.participantIds)).toEqual([
      ['lindewaard', 'beekdal'],
      ['waterschap', 'hoeverveen'],
    ]);
  });

  it('finds participants who give the same argument yet stand far apart', () => {
    const c = analyseDilemmaLine(line).dilemmas.find((d) => d.dilemmaId === 'clusteren');
    expect(c?.sharedArgumentsApart).toEqual([
      { argumentId: 'landschap', participantIds: ['lindewaard', 'hoeverveen'], positions: [0.1, 0.9], distance: 0.8 },
    ]);
  });

  it('keeps everyone in one cluster when no gap exceeds the threshold, and reports nothing for an empty dilemma', () => {
    const a = analyseDilemmaLine(line, { clusterGap: 0.7 });
    expect(a.dilemmas[0]?.clusters).toHaveLength(1);
    const empty = analyseDilemmaLine({ ...line, positions: [] });
    expect(empty.dilemmas[0]?.spread).toBeUndefined();
    expect(empty.dilemmas[0]?.clusters).toEqual([]);
  });

  it('puts every participant in exactly one cluster, clusters in order and separated by more than the gap', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 12 }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (positions, gap) => {
          const l: DilemmaLine = {
            ...line,
            participants: positions.map((_, i) => ({ id: `p${i}`, name: `P${i}` })),
            arguments: [],
            positions: positions.map((position, i) => ({
              dilemmaId: 'clusteren',
              participantId: `p${i}`,
              position,
              argumentIds: [],
            })),
          };
          const clusters = analyseDilemmaLine(l, { clusterGap: gap }).dilemmas[0]?.clusters ?? [];
          expect(clusters.flatMap((k) => k.participantIds).sort()).toEqual(positions.map((_, i) => `p${i}`).sort());
          for (let i = 1; i < clusters.length; i++)
            expect((clusters[i]?.from ?? 0) - (clusters[i - 1]?.to ?? 0)).toBeGreaterThan(gap);
        },
      ),
    );
  });

  it('rejects thresholds outside (0, 1] and positions of unknown participants', () => {
    expect(() => analyseDilemmaLine(line, { farApart: 0 })).toThrow(
      expect.objectContaining({ code: 'invalid_threshold' }),
    );
    const bad = structuredClone(line);
    bad.positions.push({ dilemmaId: 'regie', participantId: 'niemand', position: 0.3, argumentIds: [] });
    expect(() => analyseDilemmaLine(bad)).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
});

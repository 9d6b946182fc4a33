import { ConversationMapSummarySchema, GebiedsgerichtError, validate } from '@gebiedsgericht/core';
import { hoeverveenConversationMaps } from '@gebiedsgericht/core/fixtures';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summariseConversationMaps } from '../src/index';

// Conversation maps after the Overijssel experiment (handreiking bijlage 2, voorbeeld 8), on the
// fictional Hoeverveen evening from the core fixtures: three tables, seven layers, two dilemmas.
// Every expected figure below is counted by hand from that fixture.

const session = () => structuredClone(hoeverveenConversationMaps);

describe('summariseConversationMaps', () => {
  const s = summariseConversationMaps(hoeverveenConversationMaps);

  it('counts per layer the tables that laid it, the stories and objections about it, and names the one left aside', () => {
    expect(s.layers).toEqual([
      { layerId: 'laag-wind', tables: 3, stories: 0, concerns: 2 },
      { layerId: 'laag-afstand', tables: 2, stories: 1, concerns: 1 },
      { layerId: 'laag-net', tables: 1, stories: 1, concerns: 1 },
      { layerId: 'laag-natuur', tables: 1, stories: 0, concerns: 1 },
      { layerId: 'laag-daken', tables: 1, stories: 1, concerns: 0 },
      { layerId: 'strip-molen', tables: 1, stories: 0, concerns: 0 },
      { layerId: 'laag-erfgoed', tables: 0, stories: 0, concerns: 0 },
    ]);
    expect(s.unusedLayerIds).toEqual(['laag-erfgoed']);
  });

  it('lists the pairs of layers laid together, the most frequent first', () => {
    expect(s.combinations[0]).toEqual({ layerIds: ['laag-wind', 'laag-afstand'], tables: 2 });
    // three tables of three layers give nine pairs; wind with distance twice
    expect(s.combinations).toHaveLength(8);
    expect(s.combinations.slice(1).every((c) => c.tables === 1)).toBe(true);
  });

  it('counts the values named at the tables and the values behind the layers they chose', () => {
    expect(s.values).toEqual([
      { value: 'leefbaarheid', named: 1, viaLayers: 2 },
      { value: 'betaalbaarheid', named: 1, viaLayers: 1 },
      { value: 'natuur', named: 1, viaLayers: 1 },
      { value: 'inkomen', named: 1, viaLayers: 0 },
      { value: 'landschap', named: 1, viaLayers: 0 },
      { value: 'rust', named: 1, viaLayers: 0 },
      { value: 'opbrengst', named: 0, viaLayers: 3 },
      { value: 'gezondheid', named: 0, viaLayers: 2 },
      { value: 'identiteit', named: 0, viaLayers: 0 },
    ]);
  });

  it('shows where the resistance lies: per layer the objections and the people behind them', () => {
    expect(s.resistance).toEqual([
      { layerId: 'laag-wind', concernIds: ['zorg-slagschaduw', 'zorg-vogeltrek'], participants: 2 },
      { layerId: 'laag-net', concernIds: ['zorg-net'], participants: 2 },
      { layerId: 'laag-afstand', concernIds: ['zorg-slagschaduw'], participants: 1 },
      { layerId: 'laag-natuur', concernIds: ['zorg-vogeltrek'], participants: 1 },
    ]);
    expect(s.concernsWithoutLayer).toEqual(['zorg-inspraak']);
  });

  it('analyses the dilemma positions of all tables as one dilemma line: the same argument, far apart', () => {
    const clusteren = s.dilemmas?.dilemmas.find((d) => d.dilemmaId === 'clusteren');
    expect(clusteren?.clusters.map((c) => c.participantIds)).toEqual([
      ['bewoner-1', 'bewoner-2', 'natuur-1'],
      ['dorpsraad-1', 'boer-1'],
    ]);
    const dakOfVeld = s.dilemmas?.dilemmas.find((d) => d.dilemmaId === 'dak-of-veld');
    expect(dakOfVeld?.sharedArgumentsApart).toEqual([
      {
        argumentId: 'net-vol',
        participantIds: ['boer-1', 'boer-2'],
        positions: [0.2, 0.9],
        distance: expect.closeTo(0.7, 12),
      },
    ]);
  });

  it('returns a core summary document that survives JSON, and leaves out the dilemma analysis without dilemmas', () => {
    expect(validate(ConversationMapSummarySchema, s)).toEqual(s);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    const noDilemmas = { ...session(), dilemmas: [], tables: session().tables.map((t) => ({ ...t, positions: [] })) };
    expect(summariseConversationMaps(noDilemmas).dilemmas).toBeUndefined();
  });

  it('matches values without regard to case or spaces, and shows them as first written', () => {
    const x = session();
    x.tables[1]!.valuesNamed.push(' Leefbaarheid ');
    const v = summariseConversationMaps(x).values.find((m) => m.value === 'leefbaarheid');
    expect(v).toEqual({ value: 'leefbaarheid', named: 2, viaLayers: 2 });
  });

  it('does not depend on the order of the tables (property)', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([0, 1, 2], { minLength: 3, maxLength: 3 }), (order) => {
        const x = session();
        x.tables = order.map((i) => x.tables[i]!);
        const r = summariseConversationMaps(x);
        expect(r.layers).toEqual(s.layers);
        expect(r.values).toEqual(s.values);
        expect(new Set(r.combinations.map((c) => JSON.stringify(c)))).toEqual(
          new Set(s.combinations.map((c) => JSON.stringify(c))),
        );
        expect(r.resistance.map((p) => [p.layerId, p.participants])).toEqual(
          s.resistance.map((p) => [p.layerId, p.participants]),
        );
      }),
    );
  });

  it('rejects a malformed session or thresholds out of range with typed errors, and changes nothing', () => {
    const bad = session();
    bad.tables[0]!.layerIds.push('laag-onbekend');
    const before = JSON.stringify(bad);
    expect(() => summariseConversationMaps(bad)).toThrow(GebiedsgerichtError);
    try {
      summariseConversationMaps(bad);
    } catch (e) {
      expect((e as GebiedsgerichtError).code).toBe('invalid_input');
      expect((e as GebiedsgerichtError).path).toEqual(['session']);
      expect((e as GebiedsgerichtError).issues[0]?.path).toEqual(['session', 'tables', 0, 'layerIds', 3]);
    }
    expect(JSON.stringify(bad)).toBe(before);
    for (const options of [{ clusterGap: 0 }, { farApart: 1.5 }]) {
      try {
        summariseConversationMaps(session(), options);
        expect.unreachable();
      } catch (e) {
        expect((e as GebiedsgerichtError).code).toBe('invalid_threshold');
      }
    }
    const noDilemmas = { ...session(), dilemmas: [], tables: session().tables.map((t) => ({ ...t, positions: [] })) };
    expect(() => summariseConversationMaps(noDilemmas, { clusterGap: -1 })).toThrow(GebiedsgerichtError);
  });
});

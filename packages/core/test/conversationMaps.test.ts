import { describe, expect, it } from 'vitest';
import { hoeverveenConversationMaps } from '../src/fixtures/index';
import {
  ConversationAidFormat,
  type ConversationMapSession,
  ConversationMapSessionSchema,
  documentSchemas,
  isGebiedsgerichtError,
  validate,
} from '../src/index';
import { expectJsonSchemaAgreement } from './support/jsonSchemaAgreement';

// Bijlage 2, voorbeeld 8 of the handreiking: conversation maps (praatkaarten) in Overijssel.

function issuesOf(session: unknown): { code: string; path: string }[] {
  try {
    validate(ConversationMapSessionSchema, session);
  } catch (e) {
    if (!isGebiedsgerichtError(e)) throw e;
    return e.issues.map((i) => ({ code: i.code, path: i.path.join('.') }));
  }
  return [];
}

const copy = (): ConversationMapSession => structuredClone(hoeverveenConversationMaps);

describe('a session with conversation maps (praatkaarten)', () => {
  it('accepts the Hoeverveen evening and survives a JSON round trip', () => {
    expect(validate(ConversationMapSessionSchema, hoeverveenConversationMaps)).toEqual(hoeverveenConversationMaps);
    expect(JSON.parse(JSON.stringify(hoeverveenConversationMaps))).toEqual(hoeverveenConversationMaps);
    expect(documentSchemas.conversationMapSession?.title.nl).toBe('Gesprek met praatkaarten');
    expect(ConversationAidFormat.label('cartoon', 'nl')).toBe('Cartoon of strip');
  });

  it('rejects a layer, dilemma, argument or participant that the session does not have', () => {
    const bad = copy();
    bad.tables[0]!.layerIds.push('laag-onbekend');
    bad.tables[1]!.positions[0]!.dilemmaId = 'kernenergie';
    bad.tables[1]!.positions[1]!.argumentIds.push('geen-argument');
    bad.tables[2]!.concerns[0]!.layerIds.push('laag-weg');
    expect(issuesOf(bad)).toEqual([
      { code: 'unknown_reference', path: 'tables.0.layerIds.3' },
      { code: 'unknown_dilemma', path: 'tables.1.positions.0.dilemmaId' },
      { code: 'unknown_argument', path: 'tables.1.positions.1.argumentIds.2' },
      { code: 'unknown_reference', path: 'tables.2.concerns.0.layerIds.2' },
    ]);
  });

  it('rejects a position, story or objection of someone who did not sit at that table', () => {
    const bad = copy();
    bad.tables[2]!.positions.push({
      dilemmaId: 'dak-of-veld',
      participantId: 'boer-2',
      position: 0.5,
      argumentIds: [],
    });
    bad.tables[0]!.stories[0]!.participantId = 'natuur-1';
    bad.tables[1]!.concerns[0]!.participantIds.push('bewoner-1');
    // boer-2 sat at table 2 and stood on this dilemma there already
    expect(issuesOf(bad)).toEqual([
      { code: 'participant_not_at_table', path: 'tables.0.stories.0.participantId' },
      { code: 'participant_not_at_table', path: 'tables.1.concerns.0.participantIds.2' },
      { code: 'duplicate_position', path: 'tables.2.positions.1' },
      { code: 'participant_not_at_table', path: 'tables.2.positions.1.participantId' },
    ]);
  });

  it('rejects a layer laid twice at one table, a second place on one dilemma, and duplicate ids', () => {
    const bad = copy();
    bad.tables[1]!.layerIds.push('laag-net');
    bad.tables[2]!.stories.push({ id: 'verhaal-1', text: 'Nog een verhaal', layerIds: [] });
    bad.layers.push({ ...bad.layers[0]! });
    expect(issuesOf(bad)).toEqual([
      { code: 'duplicate_id', path: 'layers.7.id' },
      { code: 'duplicate_layer', path: 'tables.1.layerIds.3' },
      { code: 'duplicate_id', path: 'tables.2.stories.0.id' },
    ]);
  });

  it('needs at least one layer, one participant and one table, and an objection needs someone who raised it', () => {
    expect(issuesOf({ ...copy(), layers: [] })[0]).toEqual({ code: 'too_small', path: 'layers' });
    expect(issuesOf({ ...copy(), tables: [] })).toEqual([{ code: 'too_small', path: 'tables' }]);
    const bad = copy();
    bad.tables[1]!.concerns[0]!.participantIds = [];
    expect(issuesOf(bad).map((i) => i.path)).toEqual(['tables.1.concerns.0.participantIds']);
  });

  it('publishes JSON Schema that agrees with zod', () => {
    const counts = expectJsonSchemaAgreement('conversationMapSession', [hoeverveenConversationMaps], { runs: 150 });
    expect(counts.checked).toBeGreaterThan(0);
  });
});

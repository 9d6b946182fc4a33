import { describe, expect, it } from 'vitest';
import {
  ijkmomentRecords,
  knelpuntBeekdalWater,
  knelpuntRecords,
  knelpuntWindHoeverveen,
  ontwikkeldagJanuari2027,
} from '../src/fixtures/index';
import {
  type GebiedsgerichtError,
  IjkmomentKind,
  IjkmomentOutcome,
  type IjkmomentRecord,
  IjkmomentRecordSchema,
  type KnelpuntRecord,
  KnelpuntRecordSchema,
  validate,
} from '../src/index';
import { expectJsonSchemaAgreement } from './support/jsonSchemaAgreement';

function rejection(fn: () => unknown): GebiedsgerichtError {
  try {
    fn();
  } catch (error) {
    return error as GebiedsgerichtError;
  }
  throw new Error('expected a rejection');
}
function codesAndPaths(error: GebiedsgerichtError) {
  return error.issues.map((i) => ({ code: i.code, path: i.path }));
}
const clone = <T>(value: T): T => structuredClone(value);

describe('ijkmoment record', () => {
  it('accepts the scenario ijkmomenten and keeps them through a JSON round trip', () => {
    for (const record of ijkmomentRecords) {
      const text = JSON.stringify(record);
      expect(validate(IjkmomentRecordSchema, JSON.parse(text))).toEqual(record);
    }
  });

  it('knows the three kinds and four outcomes with Dutch and English labels', () => {
    expect(IjkmomentKind.values).toEqual(['programme_moment', 'regional_moment', 'external_deadline']);
    expect(IjkmomentOutcome.values).toEqual(['continue', 'adjust', 'recalibrate', 'escalate']);
    expect(IjkmomentOutcome.label('recalibrate', 'nl')).toBe('Herijken');
  });

  it('rejects a held moment without outcomes or a date', () => {
    const input: IjkmomentRecord = { ...clone(ontwikkeldagJanuari2027), conclusions: [] };
    delete (input as { heldOn?: string }).heldOn;
    const error = rejection(() => validate(IjkmomentRecordSchema, input));
    expect(error.code).toBe('invalid_input');
    expect(codesAndPaths(error)).toEqual(
      expect.arrayContaining([
        { code: 'ijkmoment_held_without_date', path: ['heldOn'] },
        { code: 'ijkmoment_held_without_outcome', path: ['conclusions'] },
      ]),
    );
    expect(error.issues[0]?.message.nl).toMatch(/ijkmoment/);
  });

  it('rejects outcomes on a moment that is still planned', () => {
    const input = { ...clone(ontwikkeldagJanuari2027), status: 'planned' };
    delete (input as { heldOn?: string }).heldOn;
    expect(codesAndPaths(rejection(() => validate(IjkmomentRecordSchema, input)))).toEqual([
      { code: 'ijkmoment_outcome_before_held', path: ['conclusions'] },
    ]);
  });

  it('rejects an outcome about an agenda item that is not on the agenda, and a repeated agenda id', () => {
    const input = clone(ontwikkeldagJanuari2027);
    const second = input.agenda[1];
    if (!second) throw new Error('fixture changed');
    second.id = 'agenda-voortgang';
    const issues = codesAndPaths(rejection(() => validate(IjkmomentRecordSchema, input)));
    expect(issues).toContainEqual({ code: 'duplicate_id', path: ['agenda', 1, 'id'] });
    expect(issues).toContainEqual({ code: 'unknown_agenda_item', path: ['conclusions', 1, 'agendaItemId'] });
  });

  it('rejects an unknown kind and an unknown outcome with their paths', () => {
    const input = clone(ontwikkeldagJanuari2027) as unknown as Record<string, unknown>;
    input.momentKind = 'ontwikkeldag';
    (input.conclusions as { outcome: string }[])[0]!.outcome = 'pause';
    const paths = codesAndPaths(rejection(() => validate(IjkmomentRecordSchema, input))).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining([['momentKind'], ['conclusions', 0, 'outcome']]));
  });

  it('agrees with its JSON Schema', () => {
    const counts = expectJsonSchemaAgreement('ijkmomentRecord', ijkmomentRecords, { runs: 150 });
    expect(counts.invalid).toBeGreaterThan(100);
  });
});

describe('knelpunt record', () => {
  it('accepts both scenario knelpunten and keeps them through a JSON round trip', () => {
    for (const record of knelpuntRecords) {
      expect(validate(KnelpuntRecordSchema, JSON.parse(JSON.stringify(record)))).toEqual(record);
    }
    expect(knelpuntBeekdalWater.escalation.map((s) => s.route)).toEqual(['ijkmoment_agenda', 'facilitator']);
  });

  it('rejects an intervener who is a party to the knelpunt (the province can be a party)', () => {
    const input: KnelpuntRecord = clone(knelpuntWindHoeverveen);
    input.parties = [...input.parties, 'provincie-zuidmark'];
    expect(codesAndPaths(rejection(() => validate(KnelpuntRecordSchema, input)))).toEqual([
      { code: 'intervener_is_party', path: ['escalation', 0, 'handledBy', 'partyId'] },
    ]);
  });

  it('allows a party to put its knelpunt on the ijkmoment agenda (that is not intervening)', () => {
    const input: KnelpuntRecord = clone(knelpuntBeekdalWater);
    input.parties = [...input.parties, 'provincie-zuidmark'];
    expect(() => validate(KnelpuntRecordSchema, input)).not.toThrow();
  });

  it('rejects a next level while the previous one has no outcome, and levels out of time order', () => {
    const input: KnelpuntRecord = clone(knelpuntBeekdalWater);
    const [first, second] = input.escalation;
    if (!first || !second) throw new Error('fixture changed');
    delete first.outcome;
    second.startedAt = '2026-12-01T09:00:00+01:00';
    expect(codesAndPaths(rejection(() => validate(KnelpuntRecordSchema, input)))).toEqual(
      expect.arrayContaining([
        { code: 'escalation_level_unfinished', path: ['escalation', 0, 'outcome'] },
        { code: 'escalation_out_of_order', path: ['escalation', 1, 'startedAt'] },
      ]),
    );
  });

  it('rejects a status that does not match the history', () => {
    const open = { ...clone(knelpuntBeekdalWater), status: 'open' };
    expect(codesAndPaths(rejection(() => validate(KnelpuntRecordSchema, open)))).toEqual([
      { code: 'knelpunt_status_mismatch', path: ['status'] },
    ]);
    const unresolved = clone(knelpuntWindHoeverveen);
    delete unresolved.escalation[0]?.outcome;
    expect(codesAndPaths(rejection(() => validate(KnelpuntRecordSchema, unresolved)))).toEqual([
      { code: 'knelpunt_status_mismatch', path: ['status'] },
    ]);
    expect(() => validate(KnelpuntRecordSchema, { ...unresolved, status: 'escalated' })).not.toThrow();
  });

  it('rejects a knelpunt without parties and unknown keys, and never pollutes prototypes', () => {
    const input = JSON.parse(
      `{"__proto__":{"polluted":true},${JSON.stringify({ ...knelpuntBeekdalWater, parties: [] }).slice(1)}`,
    );
    const issues = codesAndPaths(rejection(() => validate(KnelpuntRecordSchema, input)));
    expect(issues).toContainEqual({ code: 'too_small', path: ['parties'] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('agrees with its JSON Schema', () => {
    const counts = expectJsonSchemaAgreement('knelpuntRecord', knelpuntRecords, { runs: 150 });
    expect(counts.invalid).toBeGreaterThan(100);
  });
});

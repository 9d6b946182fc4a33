import { describe, expect, it } from 'vitest';
import { hogeZandActors, lindewaardActors, zuidmarkActors } from '../src/fixtures/index';
import {
  type Actors,
  ActorsSchema,
  attempt,
  BodyKind,
  bodyKindsFor,
  type ErrorIssue,
  GovernmentLayer,
  governmentLayerOf,
  isElectedBody,
  PartyKind,
  RoleKind,
  validate,
} from '../src/index';
import { expectJsonSchemaAgreement } from './support/jsonSchemaAgreement';

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
function issuesOf(input: unknown): ErrorIssue[] {
  const r = attempt(() => validate(ActorsSchema, input));
  if (r.ok) throw new Error('expected the actors document to be rejected');
  expect(r.error.code).toBe('invalid_input');
  return [...r.error.issues];
}
function expectIssue(input: unknown, code: string, path: (string | number)[]): ErrorIssue {
  const issues = issuesOf(input);
  const found = issues.find((i) => i.code === code && JSON.stringify(i.path) === JSON.stringify(path));
  expect(
    found,
    `expected ${code} at ${path.join('.')}, got ${JSON.stringify(issues.map((i) => [i.code, i.path]))}`,
  ).toBeDefined();
  return found as ErrorIssue;
}
function partyIndex(doc: Actors, id: string): number {
  return doc.parties.findIndex((p) => p.id === id);
}

describe('actors fixtures of the scenario', () => {
  it.each([
    ['lindewaardActors', lindewaardActors],
    ['hogeZandActors', hogeZandActors],
    ['zuidmarkActors', zuidmarkActors],
  ])('%s is valid and survives a JSON round trip unchanged', (_name, doc) => {
    const parsed = validate(ActorsSchema, doc);
    const text = JSON.stringify(parsed);
    expect(JSON.parse(text)).toEqual(doc);
    expect(validate(ActorsSchema, JSON.parse(text))).toEqual(doc);
  });

  it('has the Regio Zandmark as regisseur of Hoge Zand, and it is not a government layer', () => {
    const regisseur = hogeZandActors.roleAssignments.find((r) => r.role === 'regisseur' && r.areaId === 'hoge-zand');
    expect(regisseur?.partyId).toBe('regio-zandmark');
    const regio = hogeZandActors.parties.find((p) => p.id === 'regio-zandmark');
    expect(regio?.kind).toBe('samenwerkingsverband');
    expect(governmentLayerOf('samenwerkingsverband')).toBeUndefined();
  });
});

describe('party kinds, government layers and bodies', () => {
  it('counts ministries as the rijk and nothing else as a government but the four layers', () => {
    const layers = PartyKind.values.map((k) => [k, governmentLayerOf(k)] as const).filter(([, l]) => l !== undefined);
    expect(Object.fromEntries(layers)).toEqual({
      rijk: 'rijk',
      ministerie: 'rijk',
      provincie: 'provincie',
      gemeente: 'gemeente',
      waterschap: 'waterschap',
    });
    expect(GovernmentLayer.values).toEqual(['rijk', 'provincie', 'gemeente', 'waterschap']);
  });

  it('gives raad/college, Staten/GS and AB/DB to the right governments, and knows the elected ones', () => {
    expect(bodyKindsFor('gemeente')).toEqual(['gemeenteraad', 'college_van_bw']);
    expect(bodyKindsFor('provincie')).toEqual(['provinciale_staten', 'gedeputeerde_staten']);
    expect(bodyKindsFor('waterschap')).toEqual(['algemeen_bestuur', 'dagelijks_bestuur']);
    expect(bodyKindsFor('ministerie')).toContain('minister');
    const elected = BodyKind.values.filter(isElectedBody);
    expect(elected).toEqual(['gemeenteraad', 'provinciale_staten', 'algemeen_bestuur', 'tweede_kamer']);
  });

  it('labels every enum value in Dutch and English', () => {
    expect(PartyKind.label('samenwerkingsverband', 'nl')).toBe('Samenwerkingsverband / regio');
    expect(RoleKind.label('bevoegd_gezag', 'en')).toBe('Competent authority');
    for (const e of [PartyKind, RoleKind, BodyKind, GovernmentLayer]) {
      for (const v of e.values) {
        const label = (e.labels as Record<string, { nl: string; en: string }>)[v];
        expect(label?.nl.length).toBeGreaterThan(0);
        expect(label?.en.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('the actors document rejects what the handreiking would call wrong', () => {
  it('rejects a ministry that is not part of a rijk party', () => {
    const doc = clone(lindewaardActors);
    const i = partyIndex(doc, 'ministerie-vro');
    const party = doc.parties[i];
    if (party?.kind !== 'ministerie') throw new Error('fixture changed');
    party.partOf = 'provincie-zuidmark';
    const issue = expectIssue(doc, 'ministry_not_part_of_rijk', ['parties', i, 'partOf']);
    expect(issue.message.nl).toMatch(/rijk/);
    expect(issue.message.en).toMatch(/rijk/);
  });

  it('rejects a samenwerkingsverband whose participant is not a government', () => {
    const doc = clone(hogeZandActors);
    const i = partyIndex(doc, 'regio-zandmark');
    const party = doc.parties[i];
    if (party?.kind !== 'samenwerkingsverband') throw new Error('fixture changed');
    party.participants.push('ggd-zuidmark');
    expectIssue(doc, 'participant_not_government', ['parties', i, 'participants', party.participants.length - 1]);
  });

  it('rejects a tekenmandaat granted by a non-participant', () => {
    const doc = clone(hogeZandActors);
    const i = partyIndex(doc, 'regio-zandmark');
    const party = doc.parties[i];
    if (party?.kind !== 'samenwerkingsverband' || !party.tekenmandaat) throw new Error('fixture changed');
    party.tekenmandaat.grantedBy.push('gemeente-beekdal');
    expectIssue(doc, 'mandate_not_from_participant', ['parties', i, 'tekenmandaat', 'grantedBy', 3]);
  });

  it('rejects a body kind that does not belong to the party (a gemeenteraad of a provincie)', () => {
    const doc = clone(lindewaardActors);
    const i = partyIndex(doc, 'provincie-zuidmark');
    doc.parties[i]?.bodies?.push({ id: 'raad-zuidmark', kind: 'gemeenteraad', name: 'Raad?' });
    expectIssue(doc, 'body_kind_not_for_party', ['parties', i, 'bodies', 2, 'kind']);
  });

  it('rejects a bestuurder in a body of another party', () => {
    const doc = clone(lindewaardActors);
    const i = doc.persons.findIndex((p) => p.id === 'wethouder-beekdal');
    const person = doc.persons[i];
    if (person?.level !== 'bestuurlijk') throw new Error('fixture changed');
    person.bodyId = 'college-lindewaard';
    expectIssue(doc, 'body_not_of_party', ['persons', i, 'bodyId']);
  });

  it('rejects duplicate ids and dangling references, with a path to each', () => {
    const doc = clone(lindewaardActors);
    doc.parties.push({ id: 'gemeente-beekdal', kind: 'gemeente', name: 'Nog een Beekdal' });
    doc.roleAssignments.push({ id: 'rol-x', partyId: 'gemeente-onbekend', role: 'partij' });
    const issues = issuesOf(doc);
    expect(issues.map((i) => [i.code, i.path])).toEqual(
      expect.arrayContaining([
        ['duplicate_id', ['parties', doc.parties.length - 1, 'id']],
        ['unknown_reference', ['roleAssignments', doc.roleAssignments.length - 1, 'partyId']],
      ]),
    );
  });

  it('rejects a person listed at a structure for a party they do not act for', () => {
    const doc = clone(lindewaardActors);
    const s = doc.structures.findIndex((x) => x.id === 'gebiedstafel-lindewaard');
    const member = doc.structures[s]?.members.findIndex((m) => m.partyId === 'gemeente-beekdal') ?? -1;
    const m = doc.structures[s]?.members[member];
    if (!m) throw new Error('fixture changed');
    m.personIds = ['wethouder-lindewaard'];
    expectIssue(doc, 'person_not_of_party', ['structures', s, 'members', member, 'personIds', 0]);
  });

  it('rejects unknown keys instead of stripping them', () => {
    const doc = clone(lindewaardActors) as unknown as { parties: Record<string, unknown>[] };
    (doc.parties[0] as Record<string, unknown>).website = 'https://example.org';
    expectIssue(doc, 'unrecognized_keys', ['parties', 0]);
  });

  it('never lets __proto__ or constructor pollute anything', () => {
    const text = JSON.stringify(lindewaardActors).replace(
      '"kind":"actors"',
      '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"kind":"actors"',
    );
    const input = JSON.parse(text) as unknown;
    const issues = issuesOf(input);
    expect(issues.some((i) => i.code === 'unrecognized_keys')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');

    const reserved = clone(lindewaardActors);
    (reserved.parties[0] as { id: string }).id = '__proto__';
    expect(issuesOf(reserved).some((i) => i.code === 'reserved_key')).toBe(true);
  });
});

describe('JSON Schema of the actors document', () => {
  it('agrees with zod on the fixtures and on structurally broken variants', () => {
    const counts = expectJsonSchemaAgreement('actors', [lindewaardActors, hogeZandActors], { runs: 150 });
    expect(counts.invalid).toBeGreaterThan(100);
  }, 60_000);
});

describe('the helper functions validate their input', () => {
  it('throws invalid_input for an unknown party or body kind', () => {
    for (const call of [
      (): unknown => governmentLayerOf('regio' as never),
      (): unknown => bodyKindsFor('gemeentje' as never),
      (): unknown => isElectedBody('raad' as never),
    ]) {
      const r = attempt(call);
      expect(r.ok ? undefined : [r.error.code, r.error.issues[0]?.path]).toEqual(['invalid_input', ['kind']]);
    }
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hogeZandActors, lindewaardActors, zuidmarkActors } from '../src/fixtures/index';
import {
  type Actors,
  ActorsSchema,
  areasWithSeveralTables,
  attempt,
  type ErrorIssue,
  GovernmentLayer,
  missingGovernmentLayers,
  type Party,
  type Structure,
  StructureSchema,
  validate,
} from '../src/index';

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
function issuesOf(schema: typeof ActorsSchema | typeof StructureSchema, input: unknown): ErrorIssue[] {
  const r = attempt(() => validate(schema, input));
  if (r.ok) throw new Error('expected the input to be rejected');
  return [...r.error.issues];
}
function expectIssue(
  schema: typeof ActorsSchema | typeof StructureSchema,
  input: unknown,
  code: string,
  path: (string | number)[],
): ErrorIssue {
  const issues = issuesOf(schema, input);
  const found = issues.find((i) => i.code === code && JSON.stringify(i.path) === JSON.stringify(path));
  expect(
    found,
    `expected ${code} at ${path.join('.')}, got ${JSON.stringify(issues.map((i) => [i.code, i.path]))}`,
  ).toBeDefined();
  return found as ErrorIssue;
}
function structureIndex(doc: Actors, id: string): number {
  const i = doc.structures.findIndex((s) => s.id === id);
  if (i < 0) throw new Error(`fixture has no structure ${id}`);
  return i;
}

const table: Structure = {
  id: 'tafel',
  type: 'integrale_gebiedstafel',
  name: 'Tafel',
  areaId: 'gebied',
  chair: { partyId: 'provincie', personId: 'gedeputeerde' },
  origin: { kind: 'bestaand' },
  members: [
    { partyId: 'provincie', membership: 'vast', levels: ['bestuurlijk'], personIds: ['gedeputeerde'] },
    { partyId: 'gemeente', membership: 'vast', levels: ['bestuurlijk'] },
  ],
};

describe('a structure on its own', () => {
  it('accepts a gebiedstafel whose chair is a member', () => {
    expect(validate(StructureSchema, table)).toEqual(table);
  });

  it('rejects a chair that is not a member, with nl/en messages and the path', () => {
    const bad = { ...clone(table), chair: { partyId: 'regio' } };
    const issue = expectIssue(StructureSchema, bad, 'chair_not_member', ['chair', 'partyId']);
    expect(issue.message.nl).toContain('geen lid');
    expect(issue.message.en).toContain('not a member');
  });

  it('rejects a chairing person who is not among the member persons', () => {
    const bad = { ...clone(table), chair: { partyId: 'provincie', personId: 'iemand-anders' } };
    expectIssue(StructureSchema, bad, 'chair_not_member', ['chair', 'personId']);
  });

  it('rejects a party listed twice', () => {
    const bad = clone(table);
    bad.members.push({ partyId: 'gemeente', membership: 'incidenteel', levels: ['ambtelijk'] });
    expectIssue(StructureSchema, bad, 'duplicate_member', ['members', 2, 'partyId']);
  });

  it('requires a justification for a new structure', () => {
    const bad = { ...clone(table), origin: { kind: 'nieuw' } };
    expectIssue(StructureSchema, bad, 'invalid_type', ['origin', 'justification']);
  });

  it('requires a mandate for a programme team and a parent for a nested table', () => {
    const team = { ...clone(table), type: 'programmateam' } as Record<string, unknown>;
    delete team.areaId;
    expectIssue(StructureSchema, team, 'invalid_type', ['mandate']);
    const nested = { ...clone(table), type: 'deeltafel' } as Record<string, unknown>;
    delete nested.areaId;
    expectIssue(StructureSchema, nested, 'invalid_type', ['parentId']);
  });

  it('rejects a cross-province coordination whose lead province is not a member', () => {
    const bad = { ...clone(table), type: 'interprovinciale_afstemming', leadProvinceId: 'provincie-b' } as Record<
      string,
      unknown
    >;
    expectIssue(StructureSchema, bad, 'lead_province_not_member', ['leadProvinceId']);
  });
});

describe('structures inside the actors document', () => {
  it('rejects an integrale gebiedstafel without any government; a samenwerkingsverband does not count', () => {
    const doc = clone(hogeZandActors);
    const s = structureIndex(doc, 'gebiedstafel-hoge-zand');
    const t = doc.structures[s] as Structure;
    t.members = t.members.filter((m) => m.partyId === 'regio-zandmark' || m.partyId === 'zlto-zandmark');
    const issue = expectIssue(ActorsSchema, doc, 'table_without_government', ['structures', s, 'members']);
    expect(issue.message.nl).toContain('samenwerkingsverband telt niet');
  });

  it('rejects a platform member that is not delegated from an elected body', () => {
    const doc = clone(lindewaardActors);
    const s = structureIndex(doc, 'platform-volksvertegenwoordigers');
    const member = doc.structures[s]?.members[1];
    if (!member) throw new Error('fixture changed');
    member.bodyId = 'college-lindewaard';
    expectIssue(ActorsSchema, doc, 'platform_member_not_elected', ['structures', s, 'members', 1, 'bodyId']);
  });

  it('rejects cross-province coordination with one province, or led by a gemeente', () => {
    const doc = clone(zuidmarkActors);
    const s = structureIndex(doc, 'afstemming-zuidmark-noordveld');
    const c = doc.structures[s];
    if (c?.type !== 'interprovinciale_afstemming') throw new Error('fixture changed');
    c.members = c.members.filter((m) => m.partyId !== 'provincie-noordveld');
    expectIssue(ActorsSchema, doc, 'cross_province_needs_two_provinces', ['structures', s, 'members']);

    const led = clone(zuidmarkActors);
    const d = led.structures[s];
    if (d?.type !== 'interprovinciale_afstemming') throw new Error('fixture changed');
    d.members.push({ partyId: 'gemeente-beekdal', membership: 'vast', levels: ['ambtelijk'] });
    d.leadProvinceId = 'gemeente-beekdal';
    expectIssue(ActorsSchema, led, 'lead_not_province', ['structures', s, 'leadProvinceId']);
  });

  it('rejects a nesting cycle', () => {
    const doc = clone(lindewaardActors);
    const a = structureIndex(doc, 'programmateam-lindewaard');
    const b = structureIndex(doc, 'ontwerpatelier-lindewaard');
    const team = doc.structures[a];
    const atelier = doc.structures[b];
    if (team?.type !== 'programmateam' || atelier?.type !== 'ontwerpgroep') throw new Error('fixture changed');
    team.parentId = 'ontwerpatelier-lindewaard';
    atelier.parentId = 'programmateam-lindewaard';
    expectIssue(ActorsSchema, doc, 'structure_parent_cycle', ['structures', a, 'parentId']);
  });
});

describe('missingGovernmentLayers', () => {
  it('finds all four layers at the Lindewaard table', () => {
    expect(missingGovernmentLayers(lindewaardActors, 'gebiedstafel-lindewaard')).toEqual([]);
  });

  it('reports the rijk missing at Hoge Zand, where the ministry only joins incidentally', () => {
    expect(missingGovernmentLayers(hogeZandActors, 'gebiedstafel-hoge-zand')).toEqual(['rijk']);
    expect(missingGovernmentLayers(hogeZandActors, 'gebiedstafel-hoge-zand', { includeIncidental: true })).toEqual([]);
  });

  it('throws unknown_structure for an id that is not a gebiedstafel, invalid_input for a bad document', () => {
    const r = attempt(() => missingGovernmentLayers(lindewaardActors, 'programmateam-lindewaard'));
    expect(r.ok ? undefined : r.error.code).toBe('unknown_structure');
    const bad = attempt(() => missingGovernmentLayers({ ...lindewaardActors, parties: [] }, 'gebiedstafel-lindewaard'));
    expect(bad.ok ? undefined : bad.error.code).toBe('invalid_input');
  });

  it('always returns exactly the layers no full member belongs to, in the fixed order', () => {
    const kinds = ['rijk', 'ministerie', 'provincie', 'gemeente', 'waterschap', 'samenwerkingsverband', 'ggd'] as const;
    fc.assert(
      fc.property(
        fc.array(fc.record({ kind: fc.constantFrom(...kinds), full: fc.boolean() }), { minLength: 1, maxLength: 8 }),
        (members) => {
          const parties: Party[] = [{ id: 'rijk-0', kind: 'rijk', name: 'Rijk' }];
          members.forEach((m, i) => {
            parties.push(
              m.kind === 'ministerie'
                ? { id: `p${i}`, kind: 'ministerie', partOf: 'rijk-0', name: `P${i}` }
                : m.kind === 'samenwerkingsverband'
                  ? { id: `p${i}`, kind: 'samenwerkingsverband', participants: ['rijk-0'], name: `P${i}` }
                  : { id: `p${i}`, kind: m.kind, name: `P${i}` },
            );
          });
          // Ensure at least one government member so the document is valid.
          const tableMembers = [
            { partyId: 'rijk-0', membership: 'incidenteel' as const, levels: ['ambtelijk' as const] },
            ...members.map((m, i) => ({
              partyId: `p${i}`,
              membership: m.full ? ('vast' as const) : ('incidenteel' as const),
              levels: ['bestuurlijk' as const],
            })),
          ];
          const doc: Actors = {
            kind: 'actors',
            schemaVersion: 2,
            id: 'a',
            name: 'A',
            parties,
            persons: [],
            roleAssignments: [],
            reusedCollaborations: [],
            structures: [
              {
                id: 't',
                type: 'integrale_gebiedstafel',
                name: 'T',
                areaId: 'g',
                chair: { partyId: 'rijk-0' },
                origin: { kind: 'bestaand' },
                members: tableMembers,
              },
            ],
          };
          const layerOf: Record<string, string | undefined> = {
            rijk: 'rijk',
            ministerie: 'rijk',
            provincie: 'provincie',
            gemeente: 'gemeente',
            waterschap: 'waterschap',
          };
          const present = new Set(members.filter((m) => m.full).map((m) => layerOf[m.kind]));
          const expected = GovernmentLayer.values.filter((l) => !present.has(l));
          expect(missingGovernmentLayers(doc, 't')).toEqual(expected);
        },
      ),
      { numRuns: 200, seed: 7 },
    );
  });
});

describe('areasWithSeveralTables', () => {
  it('finds none in Zuidmark, where each area has one table', () => {
    expect(areasWithSeveralTables(zuidmarkActors)).toEqual([]);
  });

  it('reports an area with a second integrale gebiedstafel', () => {
    const doc = clone(lindewaardActors);
    const second = clone(doc.structures[structureIndex(doc, 'gebiedstafel-lindewaard')]) as Structure;
    second.id = 'tweede-tafel';
    doc.structures.push(second);
    expect(areasWithSeveralTables(doc)).toEqual([
      { areaId: 'lindewaard', tableIds: ['gebiedstafel-lindewaard', 'tweede-tafel'] },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { hogeZandActors, hogeZandArea, lindewaardActors, lindewaardArea } from '../src/fixtures/index';
import {
  AreaSchema,
  AreaType,
  areaReferenceIssues,
  attempt,
  type ErrorIssue,
  GeometrySchema,
  isCrossProvince,
  MultiPolygonSchema,
  validate,
} from '../src/index';
import { expectJsonSchemaAgreement } from './support/jsonSchemaAgreement';

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
function issuesOf(schema: Parameters<typeof validate>[0], input: unknown): ErrorIssue[] {
  const r = attempt(() => validate(schema, input));
  if (r.ok) throw new Error('expected the input to be rejected');
  return [...r.error.issues];
}
function expectIssue(schema: Parameters<typeof validate>[0], input: unknown, code: string, path: (string | number)[]) {
  const issues = issuesOf(schema, input);
  const found = issues.find((i) => i.code === code && JSON.stringify(i.path) === JSON.stringify(path));
  expect(
    found,
    `expected ${code} at ${path.join('.')}, got ${JSON.stringify(issues.map((i) => [i.code, i.path]))}`,
  ).toBeDefined();
  return found as ErrorIssue;
}

const square = [
  [5, 51],
  [6, 51],
  [6, 52],
  [5, 51],
];

describe('area fixtures', () => {
  it.each([
    ['lindewaardArea', lindewaardArea],
    ['hogeZandArea', hogeZandArea],
  ])('%s is valid and survives a JSON round trip', (_n, area) => {
    expect(validate(AreaSchema, JSON.parse(JSON.stringify(area)))).toEqual(area);
  });

  it('Lindewaard is a NOVEX-gebied in one province with the Lindt brook valley as deelgebied', () => {
    expect(AreaType.label(lindewaardArea.areaType, 'nl')).toBe('NOVEX-gebied');
    expect(isCrossProvince(lindewaardArea)).toBe(false);
    expect(lindewaardArea.deelgebieden.map((d) => d.id)).toContain('lindt-beekdal');
  });
});

describe('area checks', () => {
  it('knows a cross-province area', () => {
    expect(isCrossProvince({ provinceIds: ['provincie-zuidmark', 'provincie-noordveld'] })).toBe(true);
    const r = attempt(() => isCrossProvince({ provinceIds: [] }));
    expect(r.ok ? undefined : r.error.code).toBe('invalid_input');
  });

  it('requires at least one province', () => {
    expectIssue(AreaSchema, { ...clone(lindewaardArea), provinceIds: [] }, 'too_small', ['provinceIds']);
  });

  it('rejects duplicate deelgebied ids and a gemeente listed twice', () => {
    const area = clone(lindewaardArea);
    area.deelgebieden.push({ id: 'kernen', name: 'Nog eens' });
    area.municipalityIds.push('gemeente-beekdal');
    const issues = issuesOf(AreaSchema, area).map((i) => [i.code, i.path]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ['duplicate_id', ['deelgebieden', 5, 'id']],
        ['duplicate_id', ['municipalityIds', 3]],
      ]),
    );
  });

  it('rejects unknown keys and a __proto__ key', () => {
    const withKey = JSON.parse(
      JSON.stringify(lindewaardArea).replace('"kind":"area"', '"__proto__":{"x":1},"kind":"area"'),
    );
    expect(issuesOf(AreaSchema, withKey).some((i) => i.code === 'unrecognized_keys')).toBe(true);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    const identity = JSON.parse(
      JSON.stringify(lindewaardArea).replace('"identity":{', '"identity":{"constructor":{"prototype":{"x":1}},'),
    );
    expect(issuesOf(AreaSchema, identity).some((i) => i.code === 'unrecognized_keys')).toBe(true);
  });
});

describe('areaReferenceIssues', () => {
  it('finds the fixtures consistent with their actors documents', () => {
    expect(areaReferenceIssues(lindewaardArea, lindewaardActors)).toEqual([]);
    expect(areaReferenceIssues(hogeZandArea, hogeZandActors)).toEqual([]);
  });

  it('reports a regio listed as province, an unknown waterschap and a deelgebied outside the area', () => {
    const area = clone(hogeZandArea);
    area.provinceIds.push('regio-zandmark');
    area.waterschapIds = ['waterschap-onbekend'];
    area.deelgebieden[0]?.municipalityIds?.push('gemeente-beekdal');
    expect(areaReferenceIssues(area, hogeZandActors).map((i) => [i.code, i.path])).toEqual([
      ['wrong_party_kind', ['area', 'provinceIds', 1]],
      ['unknown_reference', ['area', 'waterschapIds', 0]],
      ['deelgebied_outside_area', ['area', 'deelgebieden', 0, 'municipalityIds', 1]],
    ]);
  });
});

describe('GeoJSON geometry', () => {
  it('accepts a closed Polygon and a MultiPolygon (RFC 7946)', () => {
    expect(GeometrySchema.parse({ type: 'Polygon', coordinates: [square] })).toBeTruthy();
    expect(MultiPolygonSchema.parse({ type: 'MultiPolygon', coordinates: [[square], [square]] })).toBeTruthy();
  });

  it('rejects an open ring, a ring of three positions and a latitude beyond 90', () => {
    const open = [...square.slice(0, 3), [5.5, 51.5]];
    expectIssue(GeometrySchema, { type: 'Polygon', coordinates: [open] }, 'ring_not_closed', ['coordinates', 0]);
    expectIssue(GeometrySchema, { type: 'Polygon', coordinates: [square.slice(1)] }, 'too_small', ['coordinates', 0]);
    expect(
      issuesOf(GeometrySchema, {
        type: 'Polygon',
        coordinates: [
          [
            [5, 91],
            [6, 51],
            [6, 52],
            [5, 91],
          ],
        ],
      }).length,
    ).toBeGreaterThan(0);
  });

  it('rejects other GeoJSON types (a Point is not an area)', () => {
    expect(issuesOf(GeometrySchema, { type: 'Point', coordinates: [5, 51] })[0]?.path).toEqual(['type']);
  });
});

describe('JSON Schema of the area document', () => {
  it('agrees with zod', () => {
    const counts = expectJsonSchemaAgreement('area', [lindewaardArea, hogeZandArea], { runs: 150 });
    expect(counts.invalid).toBeGreaterThan(100);
  }, 60_000);
});

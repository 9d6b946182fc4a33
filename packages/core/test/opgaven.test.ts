import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  hogeZandActors,
  hogeZandArea,
  hogeZandOpgaven,
  lindewaardActors,
  lindewaardArea,
  lindewaardOpgaven,
} from '../src/fixtures/index';
import {
  attempt,
  type ErrorIssue,
  type Opgave,
  type Opgaven,
  OpgavenSchema,
  OpgaveQuantitySchema,
  opgaveGap,
  opgavenReferenceIssues,
  PlacementSchema,
  PlacementStatus,
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
function opgaveIndex(doc: Opgaven, id: string): number {
  const i = doc.opgaven.findIndex((o) => o.id === id);
  if (i < 0) throw new Error(`no opgave ${id}`);
  return i;
}

describe('opgaven fixtures', () => {
  it.each([
    ['lindewaardOpgaven', lindewaardOpgaven],
    ['hogeZandOpgaven', hogeZandOpgaven],
  ])('%s is valid and survives a JSON round trip', (_n, doc) => {
    expect(validate(OpgavenSchema, JSON.parse(JSON.stringify(doc)))).toEqual(doc);
  });

  it('covers all three placement statuses of §2.5 across the two areas', () => {
    const statuses = new Set(
      [...lindewaardOpgaven.opgaven, ...hogeZandOpgaven.opgaven].flatMap((o) =>
        o.placement ? [o.placement.status] : [],
      ),
    );
    expect([...statuses].sort()).toEqual([...PlacementStatus.values].sort());
  });

  it('records the scenario: housing vs water storage is a dilemma, solar on storage a slimme combinatie', () => {
    const kinds = Object.fromEntries(lindewaardOpgaven.interactions.map((i) => [i.opgaveIds.join('+'), i.kind]));
    expect(kinds['opgave-wonen+opgave-water']).toBe('conflict');
    expect(kinds['opgave-zon+opgave-water']).toBe('synergie');
  });
});

describe('placement status (§2.5)', () => {
  it('rejects "needs something extra" without saying what', () => {
    const doc = clone(lindewaardOpgaven);
    const i = opgaveIndex(doc, 'opgave-zon');
    const o = doc.opgaven[i] as Opgave & { placement: Record<string, unknown> };
    delete o.placement.needs;
    expectIssue(OpgavenSchema, doc, 'invalid_type', ['opgaven', i, 'placement', 'needs']);
    o.placement.needs = [];
    expectIssue(OpgavenSchema, doc, 'too_small', ['opgaven', i, 'placement', 'needs']);
  });

  it('rejects a need without from whom', () => {
    const bad = {
      status: 'needs_extra',
      reasoning: 'Te weinig ruimte',
      needs: [{ what: 'financiering', description: 'Geld' }],
    };
    expectIssue(PlacementSchema, bad, 'invalid_type', ['needs', 0, 'from']);
  });

  it('requires reasoning for every status', () => {
    for (const status of PlacementStatus.values) {
      const issues = issuesOf(PlacementSchema, { status, needs: [] });
      expect(
        issues.some((i) => i.path[0] === 'reasoning'),
        status,
      ).toBe(true);
    }
  });
});

describe('target, contribution, running trajectories and gap', () => {
  it('rejects a gap that does not equal contribution minus running trajectories', () => {
    const doc = clone(lindewaardOpgaven);
    const i = opgaveIndex(doc, 'opgave-water');
    const q = doc.opgaven[i]?.target.quantity;
    if (!q) throw new Error('fixture changed');
    q.gap = 150;
    const issue = expectIssue(OpgavenSchema, doc, 'gap_mismatch', ['opgaven', i, 'target', 'quantity', 'gap']);
    expect(issue.message.nl).toContain('lopende trajecten');
  });

  it('computes the gap with opgaveGap, and any computed gap is accepted', () => {
    expect(
      opgaveGap({
        unit: 'hectare',
        target: 150,
        areaContribution: 150,
        runningTrajectories: [{ name: 'Fase 1', contribution: 40 }],
      }),
    ).toBe(110);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.array(fc.integer({ min: 0, max: 100_000 }), { maxLength: 6 }),
        (contribution, running) => {
          const base = {
            unit: 'woningen' as const,
            target: contribution,
            areaContribution: contribution,
            runningTrajectories: running.map((c, k) => ({ name: `traject ${k}`, contribution: c })),
          };
          const gap = opgaveGap(base);
          expect(OpgaveQuantitySchema.safeParse({ ...base, gap }).success).toBe(true);
          expect(OpgaveQuantitySchema.safeParse({ ...base, gap: gap + 1 }).success).toBe(false);
        },
      ),
      { numRuns: 200, seed: 11 },
    );
  });

  it('rejects a phase that ends before it starts', () => {
    const doc = clone(lindewaardOpgaven);
    const phase = doc.opgaven[0]?.phasing[0];
    if (!phase) throw new Error('fixture changed');
    phase.untilYear = phase.fromYear - 1;
    expectIssue(OpgavenSchema, doc, 'ends_before_start', ['opgaven', 0, 'phasing', 0, 'untilYear']);
  });
});

describe('interactions, afwenteling and programmes', () => {
  it('rejects an interaction with an unknown opgave or the same opgave twice', () => {
    const doc = clone(lindewaardOpgaven);
    const first = doc.interactions[0];
    if (!first) throw new Error('fixture changed');
    first.opgaveIds = ['opgave-wonen', 'opgave-wonen', 'opgave-onbekend'];
    const issues = issuesOf(OpgavenSchema, doc).map((i) => [i.code, i.path]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ['interaction_repeats_opgave', ['interactions', 0, 'opgaveIds', 1]],
        ['unknown_reference', ['interactions', 0, 'opgaveIds', 2]],
      ]),
    );
  });

  it('requires who is responsible for a slimme combinatie', () => {
    const doc = clone(lindewaardOpgaven);
    const k = doc.interactions.findIndex((i) => i.kind === 'synergie');
    const s = doc.interactions[k];
    if (s?.kind !== 'synergie') throw new Error('fixture changed');
    s.responsiblePartyIds = [];
    expectIssue(OpgavenSchema, doc, 'too_small', ['interactions', k, 'responsiblePartyIds']);
  });

  it('rejects an afwenteling on an unknown target or opgave', () => {
    const doc = clone(lindewaardOpgaven) as unknown as { afwentelingen: Record<string, unknown>[] };
    const a = doc.afwentelingen[0] as Record<string, unknown>;
    a.target = 'buurland';
    a.opgaveId = 'opgave-x';
    const issues = issuesOf(OpgavenSchema, doc).map((i) => [i.code, i.path]);
    expect(issues).toEqual(expect.arrayContaining([['invalid_value', ['afwentelingen', 0, 'target']]]));
  });

  it('rejects a linked programme for an unknown opgave and a running trajectory of an unknown programme', () => {
    const doc = clone(lindewaardOpgaven);
    doc.linkedProgrammes[0]?.opgaveIds.push('opgave-x');
    const i = opgaveIndex(doc, 'opgave-zon');
    const t = doc.opgaven[i]?.target.quantity?.runningTrajectories[0];
    if (!t) throw new Error('fixture changed');
    t.linkedProgrammeId = 'prog-x';
    const issues = issuesOf(OpgavenSchema, doc).map((x) => [x.code, x.path]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ['unknown_reference', ['linkedProgrammes', 0, 'opgaveIds', 1]],
        ['unknown_reference', ['opgaven', i, 'target', 'quantity', 'runningTrajectories', 0, 'linkedProgrammeId']],
      ]),
    );
  });

  it('never lets __proto__ pollute anything', () => {
    const input = JSON.parse(
      JSON.stringify(lindewaardOpgaven).replace('"kind":"opgaven"', '"__proto__":{"p":1},"kind":"opgaven"'),
    );
    expect(issuesOf(OpgavenSchema, input).some((i) => i.code === 'unrecognized_keys')).toBe(true);
    expect(({} as Record<string, unknown>).p).toBeUndefined();
  });
});

describe('opgavenReferenceIssues', () => {
  it('finds the fixtures consistent with their area and actors', () => {
    expect(opgavenReferenceIssues(lindewaardOpgaven, lindewaardArea, lindewaardActors)).toEqual([]);
    expect(opgavenReferenceIssues(hogeZandOpgaven, hogeZandArea, hogeZandActors)).toEqual([]);
  });

  it('reports another area, an unknown deelgebied and an unknown party to ask something from', () => {
    const doc = clone(lindewaardOpgaven);
    const i = opgaveIndex(doc, 'opgave-zon');
    const o = doc.opgaven[i];
    if (o?.placement?.status !== 'needs_extra') throw new Error('fixture changed');
    o.deelgebiedIds.push('veenkampen');
    const need = o.placement.needs[0];
    if (need?.from.kind !== 'partij') throw new Error('fixture changed');
    need.from.partyId = 'netbeheerder-onbekend';
    expect(opgavenReferenceIssues(doc, hogeZandArea, lindewaardActors).map((x) => [x.code, x.path])).toEqual(
      expect.arrayContaining([
        ['wrong_area', ['opgaven', 'areaId']],
        ['unknown_reference', ['opgaven', 'opgaven', i, 'deelgebiedIds', 0]],
        ['unknown_reference', ['opgaven', 'opgaven', i, 'placement', 'needs', 0, 'from', 'partyId']],
      ]),
    );
  });
});

describe('JSON Schema of the opgaven document', () => {
  it('agrees with zod', () => {
    const counts = expectJsonSchemaAgreement('opgaven', [lindewaardOpgaven, hogeZandOpgaven], { runs: 150 });
    expect(counts.invalid).toBeGreaterThan(100);
  }, 60_000);
});

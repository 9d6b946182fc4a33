// handreiking bijlage 1, onderdeel 4 (toezeggingen op punten die de andere partij niet geëist had) and
// bijlage 1, onderdeel 3 (compromissen die per saldo netto winst geven): package deals over several issues.
import { isGebiedsgerichtError, type PackageDealInput, PackageDealResultSchema, validate } from '@gebiedsgericht/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePackage, findPackageDeals } from '../src/index';
import { searchParetoPackages } from '../src/internal/paretoPackages';
import { beekdalPackageInput, GB, WS } from './support/lindewaard';

type Scores = number[][][];

/** Enumerates every package: the reference the search is checked against. */
function bruteForce(scores: Scores, disagreement: number[]) {
  const issues = scores.length;
  const parties = disagreement.length;
  const all: { choice: number[]; vec: number[] }[] = [];
  const walk = (i: number, choice: number[], vec: number[]) => {
    if (i === issues) {
      all.push({ choice: [...choice], vec: [...vec] });
      return;
    }
    for (const [o, add] of (scores[i] as number[][]).entries()) {
      walk(
        i + 1,
        [...choice, o],
        vec.map((v, p) => v + (add[p] as number)),
      );
    }
  };
  walk(0, [], new Array(parties).fill(0));
  const acceptable = all.filter((x) => x.vec.every((v, p) => v > (disagreement[p] as number)));
  const dominates = (a: number[], b: number[]) =>
    a.every((v, p) => v >= (b[p] as number)) && a.some((v, p) => v > (b[p] as number));
  const pareto = acceptable.filter((x) => !acceptable.some((y) => dominates(y.vec, x.vec)));
  const byVector = new Map<string, { first: number[]; count: number }>();
  for (const x of pareto) {
    const key = JSON.stringify(x.vec);
    const entry = byVector.get(key);
    if (entry) entry.count++;
    else byVector.set(key, { first: x.choice, count: 1 });
  }
  const product = (vec: number[]) => vec.reduce((s, v, p) => s * (v - (disagreement[p] as number)), 1);
  const bestProduct = pareto.length > 0 ? Math.max(...acceptable.map((x) => product(x.vec))) : undefined;
  return { byVector, bestProduct };
}

const problemArb = fc
  .record({
    issues: fc.integer({ min: 1, max: 4 }),
    options: fc.integer({ min: 1, max: 4 }),
    parties: fc.integer({ min: 2, max: 4 }),
  })
  .chain(({ issues, options, parties }) =>
    fc.record({
      scores: fc.array(
        fc.array(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: parties, maxLength: parties }), {
          minLength: 1,
          maxLength: options,
        }),
        { minLength: issues, maxLength: issues },
      ),
      disagreement: fc.array(fc.integer({ min: -1, max: 10 }), { minLength: parties, maxLength: parties }),
    }),
  );

describe('package search (Pareto-frontier merging) against brute force', () => {
  it('finds exactly the Pareto-efficient score vectors that beat every disagreement point, with their counts', () => {
    fc.assert(
      fc.property(problemArb, ({ scores, disagreement }) => {
        const fast = searchParetoPackages({ scores, disagreement });
        const brute = bruteForce(scores, disagreement);
        const fastKeys = fast.packages.map((p) => JSON.stringify(p.scores)).sort();
        expect(fastKeys).toEqual([...brute.byVector.keys()].sort());
        for (const p of fast.packages) {
          const b = brute.byVector.get(JSON.stringify(p.scores));
          expect(p.count).toBe(b?.count);
          // The representative is the first package in issue and option order.
          expect(p.choice).toEqual(b?.first);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never lists a package that another listed package dominates', () => {
    fc.assert(
      fc.property(problemArb, ({ scores, disagreement }) => {
        const { packages } = searchParetoPackages({ scores, disagreement });
        for (const a of packages)
          for (const b of packages) {
            if (a === b) continue;
            const dominates =
              a.scores.every((v, p) => v >= (b.scores[p] as number)) &&
              a.scores.some((v, p) => v > (b.scores[p] as number));
            expect(dominates).toBe(false);
          }
      }),
      { numRuns: 200 },
    );
  });

  it('returns as Nash package one that maximises the product of gains over all packages', () => {
    fc.assert(
      fc.property(problemArb, ({ scores, disagreement }) => {
        const fast = searchParetoPackages({ scores, disagreement });
        const brute = bruteForce(scores, disagreement);
        if (brute.bestProduct === undefined) {
          expect(fast.nashIndex).toBe(-1);
          return;
        }
        expect(fast.packages[fast.nashIndex]?.nashProduct).toBe(brute.bestProduct);
      }),
      { numRuns: 300 },
    );
  });
});

describe('findPackageDeals', () => {
  // Hand-derived logrolling case (a closed form, no published figures needed): each party cares
  // 80:20 about the two issues, in opposite order, and a middle option splits the difference.
  // Trading the issues gives (80, 80); splitting both gives (50, 50); so logrolling dominates the
  // compromise and is the only Pareto-efficient package that beats (0, 0).
  const logroll: PackageDealInput = {
    kind: 'packageDealInput',
    schemaVersion: 2,
    id: 'logrol',
    issues: [
      {
        id: 'i1',
        title: 'Issue 1',
        options: [
          { id: 'a', title: 'A wins' },
          { id: 'half', title: 'Split' },
          { id: 'b', title: 'B wins' },
        ],
      },
      {
        id: 'i2',
        title: 'Issue 2',
        options: [
          { id: 'a', title: 'A wins' },
          { id: 'half', title: 'Split' },
          { id: 'b', title: 'B wins' },
        ],
      },
    ],
    parties: [
      {
        partyId: 'A',
        name: 'A',
        points: { i1: { a: 80, half: 40, b: 0 }, i2: { a: 20, half: 10, b: 0 } },
        disagreementPoint: 0,
      },
      {
        partyId: 'B',
        name: 'B',
        points: { i1: { a: 0, half: 10, b: 20 }, i2: { a: 0, half: 40, b: 80 } },
        disagreementPoint: 0,
      },
    ],
  };

  it('prefers trading issues to splitting the difference (logrolling)', () => {
    const result = findPackageDeals(logroll);
    expect(result.feasible).toBe(true);
    expect(result.paretoPackages.map((p) => p.parties.map((x) => x.points))).toContainEqual([80, 80]);
    expect(result.nash?.choices).toEqual([
      { issueId: 'i1', optionId: 'a' },
      { issueId: 'i2', optionId: 'b' },
    ]);
    expect(result.nash?.nashProduct).toBe(6400);
    const split = evaluatePackage(logroll, [
      { issueId: 'i1', optionId: 'half' },
      { issueId: 'i2', optionId: 'half' },
    ]);
    expect(split.parties.map((p) => p.points)).toEqual([50, 50]);
    // Every Pareto package gives both more than the compromise would be dominated by.
    expect(
      result.paretoPackages.some((p) => p.parties.every((x, i) => x.points > (split.parties[i]?.points ?? 0))),
    ).toBe(true);
  });

  it('settles the Lindewaard knelpunt with the valley for the waterschap and extra housing elsewhere for Beekdal', () => {
    const result = validate(PackageDealResultSchema, findPackageDeals(beekdalPackageInput));
    const nash = result.nash;
    expect(nash).toBeDefined();
    const chosen = Object.fromEntries(nash?.choices.map((c) => [c.issueId, c.optionId]) ?? []);
    expect(chosen.dal).toBe('geen');
    expect(chosen.contingent).not.toBe('geen');
    expect(chosen.cofinanciering).not.toBe('geen');
    for (const party of nash?.parties ?? []) expect(party.gain).toBeGreaterThan(0);
    const gb = nash?.parties.find((p) => p.partyId === GB);
    expect(gb?.concessions.map((c) => c.issueId)).toContain('dal');
    const ws = nash?.parties.find((p) => p.partyId === WS);
    expect(ws?.preferredOn).toContain('dal');
    // The Nash package has the largest product of gains of all listed packages.
    for (const p of result.paretoPackages) expect(p.nashProduct).toBeLessThanOrEqual(nash?.nashProduct ?? 0);
  });

  it('reports no package when the disagreement points cannot be beaten', () => {
    const hard = structuredClone(beekdalPackageInput);
    for (const p of hard.parties) p.disagreementPoint = 99;
    const result = findPackageDeals(hard);
    expect(result.feasible).toBe(false);
    expect(result.paretoPackages).toEqual([]);
    expect(result.nash).toBeUndefined();
  });

  it('rejects unknown issues, missing points and too few parties with typed errors', () => {
    const codes = (input: unknown) => {
      try {
        findPackageDeals(input);
      } catch (e) {
        if (isGebiedsgerichtError(e)) return e.issues.map((i) => i.code);
        throw e;
      }
      return [];
    };
    const unknown = structuredClone(beekdalPackageInput);
    (unknown.parties[0] as { points: Record<string, Record<string, number>> }).points.nergens = { x: 1 };
    expect(codes(unknown)).toContain('unknown_issue');
    const missing = structuredClone(beekdalPackageInput);
    delete (missing.parties[1] as { points: Record<string, unknown> }).points.fasering;
    expect(codes(missing)).toContain('missing_points');
    expect(codes({ ...beekdalPackageInput, parties: [] })).toContain('too_small');
  });

  it('rejects an incomplete or unknown package in evaluatePackage', () => {
    expect(() => evaluatePackage(beekdalPackageInput, [{ issueId: 'dal', optionId: 'geen' }])).toThrow(
      expect.objectContaining({ code: 'incomplete_package' }),
    );
    expect(() => evaluatePackage(beekdalPackageInput, [{ issueId: 'dal', optionId: 'overal' }])).toThrow(
      expect.objectContaining({ code: 'unknown_option' }),
    );
  });

  it('stops with a typed error instead of exhausting memory when the frontier limit is reached', () => {
    expect(() => findPackageDeals(beekdalPackageInput, { maxFrontier: 1 })).toThrow(
      expect.objectContaining({ code: 'package_search_too_large' }),
    );
  });
});

// Deterministic benchmark instances for the package-deal search: 10 issues × 5 options × 4 parties
// (5^10 = 9,765,625 packages). Scores are integers from a small linear congruential generator so
// the same instances can be rebuilt outside JavaScript (see bruteForceReference.py).
import type { PackageDealInput } from '@gebiedsgericht/core';

export interface BenchCase {
  readonly name: string;
  readonly input: PackageDealInput;
  readonly scores: number[][][];
  readonly disagreement: number[];
}

/** 32-bit LCG (Numerical Recipes constants): x ← (1664525·x + 1013904223) mod 2^32. */
function lcg(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state;
  };
}

/**
 * Builds one instance: points 0..maxPoints per option and party; each party's disagreement point is
 * `disagreementShare` times its expected score of a random package (rounded down).
 */
export function benchCase(seed: number, maxPoints: number, disagreementShare: number): BenchCase {
  const next = lcg(seed);
  const issues = 10;
  const options = 5;
  const parties = 4;
  const scores: number[][][] = [];
  for (let i = 0; i < issues; i++) {
    const row: number[][] = [];
    for (let o = 0; o < options; o++) {
      const v: number[] = [];
      for (let p = 0; p < parties; p++) v.push(next() % (maxPoints + 1));
      row.push(v);
    }
    scores.push(row);
  }
  const disagreement = Array.from({ length: parties }, (_, p) => {
    let expected = 0;
    for (const row of scores) expected += row.reduce((s, v) => s + (v[p] as number), 0) / options;
    return Math.floor(expected * disagreementShare);
  });
  const partyIds = Array.from({ length: parties }, (_, p) => `partij-${p + 1}`);
  const input: PackageDealInput = {
    kind: 'packageDealInput',
    schemaVersion: 2,
    id: `bench-${seed}-${maxPoints}-${disagreementShare}`,
    issues: scores.map((row, i) => ({
      id: `kwestie-${i + 1}`,
      title: `Kwestie ${i + 1}`,
      options: row.map((_, o) => ({ id: `optie-${o + 1}`, title: `Optie ${o + 1}` })),
    })),
    parties: partyIds.map((partyId, p) => ({
      partyId,
      name: `Partij ${p + 1}`,
      points: Object.fromEntries(
        scores.map((row, i) => [
          `kwestie-${i + 1}`,
          Object.fromEntries(row.map((v, o) => [`optie-${o + 1}`, v[p] as number])),
        ]),
      ),
      disagreementPoint: disagreement[p] as number,
    })),
  };
  return {
    name: `seed ${seed}, points 0–${maxPoints}, disagreement ${disagreementShare}× expected`,
    input,
    scores,
    disagreement,
  };
}

/** The instances the benchmark runs: three seeds with no disagreement constraint (hardest), two with one. */
export const benchCases: readonly BenchCase[] = [
  benchCase(1, 100, 0),
  benchCase(2, 100, 0),
  benchCase(3, 100, 0),
  benchCase(1, 100, 1),
  benchCase(2, 20, 0.8),
];

/**
 * Findings do not depend on the order of the input: shuffling every order-free array of an input
 * (parties, members, opgaven, decisions, consents, criteria, ...) gives exactly the same findings,
 * in the same order. Arrays whose order carries meaning are left alone: planned and template steps
 * (step 1 is the second step), escalation levels, arrangement versions, rankings, histories, logs
 * and geometry coordinates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reflect } from '../src/index';
import { arrangementWithGaps, gebiedsproces, NOW } from './reflectionSupport';

const ORDERED = new Set([
  'steps',
  'levels',
  'versions',
  'ranking',
  'escalation',
  'history',
  'log',
  'auditLog',
  'coordinates',
]);

/** A small seeded generator (mulberry32), so each fast-check run is reproducible. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A copy of `value` with every order-free array shuffled. */
function shuffled(value: unknown, random: () => number, key = ''): unknown {
  if (Array.isArray(value)) {
    const ordered = ORDERED.has(key) || value.every((item) => typeof item === 'number');
    const items = value.map((item) => shuffled(item, random, ordered && Array.isArray(item) ? key : ''));
    if (ordered) return items;
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shuffled(v, random, k)]));
  }
  return value;
}

describe('findings are independent of the order of input arrays', () => {
  it('for the arrangement with gaps', () => {
    const input = arrangementWithGaps();
    const expected = reflect(input, { now: NOW }).findings;
    expect(expected.length).toBeGreaterThan(5);
    fc.assert(
      fc.property(fc.nat(), (seed) => {
        expect(reflect(shuffled(input, seeded(seed)), { now: NOW }).findings).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  });
  it('for a gebiedsproces with several findings of the same rule', () => {
    const input = gebiedsproces((g) => {
      g.consents = g.consents.filter((c) => !c.partyId.startsWith('gemeente-'));
      for (const a of g.opgaven.afwentelingen) delete (a as { prevention?: string }).prevention;
    });
    const expected = reflect(input, { now: NOW }).findings;
    expect(expected.filter((f) => f.ruleId === 'medeoverheid-consent-missing').length).toBe(3);
    fc.assert(
      fc.property(fc.nat(), (seed) => {
        expect(reflect(shuffled(input, seeded(seed)), { now: NOW }).findings).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  });
});

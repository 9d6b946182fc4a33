// Test support: the fuzz suite every package runs over its own exports. Each exported function is
// called with arbitrary arguments — random JSON, the fixture documents with one value replaced,
// and hostile values (cyclic, deeply nested, shared-node blow-ups, Symbol, BigInt, Proxy, objects
// without prototype) — and must either answer or throw a GebiedsgerichtError: never a TypeError or
// RangeError, never a change to its arguments, never a polluted prototype, and never a hang (a
// generous bound per call catches runaway work; speed itself is measured by the benchmarks).
// The seed is fixed in CI (scripts/fastCheckSetup.ts) and free locally; imported by tests only.
import { isGebiedsgerichtError } from '@gebiedsgericht/core';
import * as fixtures from '@gebiedsgericht/core/fixtures';
import fc from 'fast-check';
import { expect } from 'vitest';

/** A generous bound per call: far above any real call, well below a hang. */
export const CALL_BOUND_MS = 20_000;

const fixtureDocuments: readonly unknown[] = Object.values(fixtures).filter((v) => typeof v === 'object' && v !== null);

/** A Proxy that answers every property read with a Symbol. */
function symbolProxy(): unknown {
  return new Proxy({ kind: 'x' }, { get: (_t, key) => (key === 'then' ? undefined : Symbol('p')) });
}
/** A transparent Proxy around a plain object (reads pass through). */
function transparentProxy(): unknown {
  return new Proxy({ id: 'proxy', kind: 'startnotitie', schemaVersion: 2 }, {});
}
function nullPrototype(): unknown {
  const o = Object.create(null) as Record<string, unknown>;
  o.id = 'geen-prototype';
  o.kind = 'startnotitie';
  return o;
}
function cyclic(): unknown {
  const o: Record<string, unknown> = { id: 'kring', items: [] };
  (o.items as unknown[]).push(o);
  o.self = o;
  return o;
}
function deep(levels: number): unknown {
  let v: unknown = { id: 'diep' };
  for (let i = 0; i < levels; i++) v = i % 2 === 0 ? { nested: v } : [v];
  return v;
}
/** An array with a hole in the middle. */
function sparse(): unknown {
  const a: unknown[] = new Array(3);
  a[0] = 1;
  a[2] = 3;
  return a;
}
function sharedBlowUp(): unknown {
  let v: unknown = 'blad';
  for (let i = 0; i < 40; i++) v = { left: v, right: v };
  return v;
}

/** Values that have crashed SDKs: each is a fresh value, so a test cannot leak state into another. */
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(Symbol('s')),
  fc.bigInt(),
  fc.constant(Number.NaN),
  fc.constantFrom(Number.POSITIVE_INFINITY, -0, 2 ** 31, 1e9, Number.MAX_SAFE_INTEGER + 2),
  fc.constant(null).map(nullPrototype),
  fc.constant(null).map(symbolProxy),
  fc.constant(null).map(transparentProxy),
  fc.constant(null).map(cyclic),
  fc.constantFrom(200, 10_000).map(deep),
  fc.constant(null).map(sharedBlowUp),
  fc.constant(null).map(sparse),
  fc.constant(() => 1),
);

/** A fixture document (deep copy) with one value somewhere in it replaced by `replacement`. */
function corruptedFixture(doc: unknown, pick: number, replacement: unknown): unknown {
  const copy = structuredClone(doc) as Record<string, unknown>;
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    if (paths.length > 400 || typeof v !== 'object' || v === null) return;
    for (const key of Object.keys(v)) {
      paths.push([...path, Array.isArray(v) ? Number(key) : key]);
      walk((v as Record<string, unknown>)[key], [...path, key]);
    }
  };
  walk(copy, []);
  const path = paths[pick % Math.max(1, paths.length)];
  if (!path || path.length === 0) return copy;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path[path.length - 1] as string | number] = replacement;
  return copy;
}

/** One argument: random JSON, a hostile value, a fixture, or a fixture with a hostile value inside. */
export const fuzzArgument: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 },
  { arbitrary: hostile, weight: 3 },
  { arbitrary: fc.constantFrom(...fixtureDocuments).map((d) => structuredClone(d)), weight: 2 },
  {
    arbitrary: fc
      .tuple(fc.constantFrom(...fixtureDocuments), fc.nat(), fc.oneof(hostile, fc.jsonValue({ maxDepth: 1 })))
      .map(([d, pick, value]) => corruptedFixture(d, pick, value)),
    weight: 3,
  },
);

/**
 * A fingerprint of a value that survives cycles, Symbols, BigInt and Proxies (read through their
 * traps), to see whether a call changed its arguments.
 */
function fingerprint(value: unknown, seen = new Map<object, number>(), depth = 0): string {
  if (depth > 60) return '…';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'bigint':
      return `${value}n`;
    case 'symbol':
      return 'symbol';
    case 'function':
      return 'function';
    case 'object': {
      if (value === null) return 'null';
      const at = seen.get(value);
      if (at !== undefined) return `#${at}`;
      seen.set(value, seen.size);
      try {
        const keys = Reflect.ownKeys(value).filter((k) => typeof k === 'string') as string[];
        return `{${keys.map((k) => `${k}:${fingerprint((value as Record<string, unknown>)[k], seen, depth + 1)}`).join(',')}}`;
      } catch {
        return 'unreadable';
      }
    }
    default:
      return String(value);
  }
}

const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const prototypeKeys = () => prototypes.map((p) => Reflect.ownKeys(p).length);

/** The callable exports of a module (functions that are not classes or zod schemas). */
export function callableExports(module: Record<string, unknown>): [string, (...args: unknown[]) => unknown][] {
  return Object.entries(module)
    .filter(([name, value]) => typeof value === 'function' && !/^[A-Z]/.test(name))
    .map(([name, value]) => [name, value as (...args: unknown[]) => unknown]);
}

/**
 * Calls `fn` with each list of arbitrary arguments and checks: a result or a GebiedsgerichtError,
 * the arguments unchanged, no prototype polluted, and the call within {@link CALL_BOUND_MS}.
 */
export function fuzzFunction(name: string, fn: (...args: unknown[]) => unknown, numRuns: number): void {
  fc.assert(
    fc.property(fc.array(fuzzArgument, { maxLength: 3 }), (args) => {
      const before = args.map((a) => fingerprint(a));
      const keysBefore = prototypeKeys();
      const started = performance.now();
      let thrown: unknown;
      try {
        const result = fn(...args);
        // A promise is awaited nowhere: the SDK's functions are synchronous.
        expect(result instanceof Promise, `${name} returned a promise`).toBe(false);
      } catch (error) {
        thrown = error;
      }
      const took = performance.now() - started;
      if (thrown !== undefined && !isGebiedsgerichtError(thrown)) {
        const message = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown);
        expect.fail(`${name} threw ${message}`);
      }
      expect(
        args.map((a) => fingerprint(a)),
        `${name} changed its arguments`,
      ).toEqual(before);
      expect(prototypeKeys(), `${name} polluted a prototype`).toEqual(keysBefore);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(took, `${name} took ${took.toFixed(0)} ms`).toBeLessThan(CALL_BOUND_MS);
    }),
    { numRuns },
  );
}

/**
 * Hostile values never turn into a TypeError or a hang: error messages describe any value, the
 * JSON copy refuses what JSON cannot hold and what is past the limits, and core's own helpers
 * answer a wrong argument with a typed error. Each limit is tested at the limit and one past it.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { errorOf } from '../../../scripts/testSupport/typedErrors';
import {
  addIssue,
  attempt,
  coreMessages,
  describeValue,
  euroToCents,
  formatEuro,
  formatPath,
  GebiedsgerichtError,
  IdSchema,
  instantOf,
  issuesFromZod,
  jsonCopy,
  LIMITS,
  labelledEnum,
  labelOf,
  refinement,
  validate,
} from '../src/index';

const throwingProxy = new Proxy(
  {},
  {
    get() {
      throw new Error('trap');
    },
    ownKeys() {
      throw new Error('trap');
    },
    getPrototypeOf() {
      throw new Error('trap');
    },
  },
);
const nullPrototype = Object.create(null) as Record<string, unknown>;
/** A Proxy that answers every property with a Symbol. */
const symbolProxy = new Proxy({}, { get: () => Symbol('p') });
const HOSTILE: readonly unknown[] = [Symbol('s'), 10n, nullPrototype, symbolProxy, () => 1, undefined, null];

/** `depth` objects nested in one another. */
function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { d: value };
  return value;
}

describe('describeValue', () => {
  it('describes every kind of value without throwing', () => {
    expect(describeValue('gemeente-beekdal')).toBe('gemeente-beekdal');
    expect(describeValue(12.5)).toBe('12.5');
    expect(describeValue(Symbol('x'))).toBe('a Symbol');
    expect(describeValue(10n)).toBe('a BigInt');
    expect(describeValue(nullPrototype)).toBe('an object');
    expect(describeValue(throwingProxy)).toBe('an object');
    expect(describeValue([1, 2, 3])).toBe('an array of 3');
    expect(describeValue('x'.repeat(1000)).length).toBeLessThan(120);
  });

  it('lets every message of the catalogue render hostile parameters', () => {
    for (const code of Object.keys(coreMessages.messages) as (keyof typeof coreMessages.messages)[]) {
      for (const value of HOSTILE) {
        const params = new Proxy({}, { get: () => value }) as never;
        const error = coreMessages.fail(code, params, [value as never]);
        expect(error).toBeInstanceOf(GebiedsgerichtError);
        expect(error.messageIn('nl').length).toBeGreaterThan(0);
        expect(error.path.every((p) => typeof p === 'string' || typeof p === 'number')).toBe(true);
      }
    }
  });
});

// Copies of millions of values: under a second each, more on a loaded machine.
describe('jsonCopy', { timeout: 60_000 }, () => {
  it('copies like a JSON round trip and never shares a node with its input', () => {
    const input = { a: [1, undefined, Number.NaN], b: undefined, c: { d: 'x' }, when: new Date(0) };
    const copy = jsonCopy(input) as typeof input;
    expect(copy).toEqual(JSON.parse(JSON.stringify(input)));
    expect(copy.c).not.toBe(input.c);
  });

  it('keeps an own __proto__ key as data and never sets a prototype', () => {
    const copy = jsonCopy(JSON.parse('{"__proto__": {"polluted": true}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.hasOwn(copy, '__proto__')).toBe(true);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('refuses a cycle, a BigInt and a throwing Proxy as not_plain_json, with the path', () => {
    const cyclic: Record<string, unknown> = { a: { b: {} } };
    (cyclic.a as { b: Record<string, unknown> }).b.back = cyclic;
    expect(errorOf(() => jsonCopy(cyclic, ['event']))).toEqual({
      code: 'not_plain_json',
      path: ['event', 'a', 'b', 'back'],
    });
    expect(errorOf(() => jsonCopy({ amount: 10n }))).toEqual({ code: 'not_plain_json', path: ['amount'] });
    expect(errorOf(() => jsonCopy({ p: throwingProxy })).code).toBe('not_plain_json');
  });

  it('names a cycle where it starts, also after deep or large parts of the value before it', () => {
    // A deep branch is copied again below the cycle, and a long list is counted again.
    const deep: Record<string, unknown> = { first: nested(LIMITS.nestingDepth.max - 5), back: undefined };
    deep.back = deep;
    expect(errorOf(() => jsonCopy(deep, ['context']))).toEqual({ code: 'not_plain_json', path: ['context', 'back'] });
    const wide: Record<string, unknown> = { list: new Array(100).fill(1), inner: { self: undefined } };
    (wide.inner as Record<string, unknown>).self = wide.inner;
    expect(errorOf(() => jsonCopy(wide, [], { maxValues: 150 }))).toEqual({
      code: 'not_plain_json',
      path: ['inner', 'self'],
    });
    // A value shared by two branches is no cycle.
    const shared = { a: 1 };
    expect(jsonCopy({ x: shared, y: [shared, shared] })).toEqual({ x: { a: 1 }, y: [{ a: 1 }, { a: 1 }] });
  });

  it(`accepts ${LIMITS.nestingDepth.max} levels of nesting and refuses one more`, () => {
    expect(() => jsonCopy(nested(LIMITS.nestingDepth.max))).not.toThrow();
    expect(errorOf(() => jsonCopy(nested(LIMITS.nestingDepth.max + 1))).code).toBe('nesting_too_deep');
    expect(errorOf(() => jsonCopy(nested(10_000))).code).toBe('nesting_too_deep');
  });

  it(`accepts ${LIMITS.jsonValues.max} values, refuses one more, and refuses a shared-node blow-up quickly`, () => {
    const atLimit = new Array(LIMITS.jsonValues.max - 1).fill(0);
    expect((jsonCopy(atLimit) as unknown[]).length).toBe(LIMITS.jsonValues.max - 1);
    expect(errorOf(() => jsonCopy([...atLimit, 0])).code).toBe('input_too_large');
    // Every node refers to its child twice: 2^40 values when walked, refused after the limit.
    let shared: unknown = 'leaf';
    for (let i = 0; i < 40; i++) shared = { left: shared, right: shared };
    expect(errorOf(() => jsonCopy(shared)).code).toBe('input_too_large');
  });

  it(`accepts a string of ${LIMITS.stringLength.max} characters and refuses one more`, () => {
    expect(jsonCopy({ text: 'x'.repeat(LIMITS.stringLength.max) })).toBeTruthy();
    expect(errorOf(() => jsonCopy({ text: 'x'.repeat(LIMITS.stringLength.max + 1) }))).toEqual({
      code: 'string_too_long',
      path: ['text'],
    });
  });
});

describe('limits enforced by core schemas', () => {
  it(`accepts an id of ${LIMITS.idLength.max} characters and refuses one more`, () => {
    expect(IdSchema.safeParse('a'.repeat(LIMITS.idLength.max)).success).toBe(true);
    expect(errorOf(() => validate(IdSchema, 'a'.repeat(LIMITS.idLength.max + 1))).code).toBe('invalid_input');
  });

  it('refuses input nested past the stack of a recursive schema with a typed error', () => {
    type Tree = { d?: Tree | undefined };
    const Tree: z.ZodType<Tree> = z.lazy(() => z.object({ d: Tree.optional() }));
    expect(errorOf(() => validate(Tree, nested(100_000))).code).toBe('nesting_too_deep');
  });
});

describe("core's own helpers answer a wrong argument with a typed error", () => {
  it.each(HOSTILE.map((value) => [describeValue(value), value]))('given %s', (_name, value) => {
    const calls: (() => unknown)[] = [
      () => new GebiedsgerichtError(value as never),
      () => validate(value as never, {}),
      () => labelledEnum(value as never),
      () => formatPath(value as never),
      () => addIssue(value as never, 'code', { nl: 'x', en: 'x' }),
      () => refinement(value as never, value as never),
      () => issuesFromZod(value as never),
      () => euroToCents(value as never),
      () => formatEuro(value as never, 'nl'),
      () => instantOf(value as never),
      () => labelOf(value as never, 'x', 'nl'),
    ];
    for (const call of calls) {
      try {
        const result = call();
        if (result instanceof GebiedsgerichtError) expect(result.code).toBe('invalid_argument');
      } catch (error) {
        expect(error).toBeInstanceOf(GebiedsgerichtError);
      }
    }
    if (typeof value !== 'function') expect(attempt(value as never).ok).toBe(false);
  });

  it('answers an object that only looks like a ZodError (issues without a path) with invalid_argument', () => {
    // found by the fuzz test: `{ issues: [{}] }` used to give a TypeError
    for (const fake of [{ issues: [{}] }, { issues: [null] }, { issues: [{ code: 'custom', path: 'x' }] }])
      expect(errorOf(() => issuesFromZod(fake as never))).toEqual({ code: 'invalid_argument', path: ['error'] });
  });

  it('builds an invalid_argument error from a constructor argument that does not fit', () => {
    const error = new GebiedsgerichtError({ code: 7 } as never);
    expect([error.code, error.path]).toEqual(['invalid_argument', ['init']]);
  });

  it('labels a value missing from the table with the value itself, and anything else described', () => {
    expect(labelOf(null as never, 'waterschap', 'nl')).toBe('waterschap');
    expect(labelOf({}, Symbol('s') as never, 'nl')).toBe('a Symbol');
  });

  it('formats NaN and an unsafe amount as typed errors instead of "€ NaN"', () => {
    expect(errorOf(() => formatEuro(Number.NaN, 'nl'))).toEqual({ code: 'not_a_finite_number', path: ['cents'] });
    expect(errorOf(() => formatEuro(2 ** 60, 'nl'))).toEqual({ code: 'amount_too_large', path: ['cents'] });
    expect(errorOf(() => instantOf('gisteren')).code).toBe('invalid_input');
  });
});

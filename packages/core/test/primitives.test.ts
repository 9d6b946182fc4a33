import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  argumentChecks,
  attempt,
  defineMessages,
  euroToCents,
  formatEuro,
  GebiedsgerichtError,
  IdSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  isGebiedsgerichtError,
  isPlainRecord,
  labelledEnum,
  labelOf,
  MoneySchema,
  safeRecord,
  validate,
} from '../src/index';

describe('labelledEnum', () => {
  const Direction = labelledEnum({
    benefit: { nl: 'Hoe meer hoe beter', en: 'More is better' },
    cost: { nl: 'Hoe minder hoe beter', en: 'Less is better' },
  });

  it('validates exactly its values and labels them in both languages', () => {
    expect(Direction.values).toEqual(['benefit', 'cost']);
    expect(Direction.schema.parse('cost')).toBe('cost');
    expect(Direction.schema.safeParse('neutral').success).toBe(false);
    expect(Direction.label('cost', 'nl')).toBe('Hoe minder hoe beter');
    expect(Direction.label('benefit', 'en')).toBe('More is better');
  });

  it('falls back to the value when a label table has no entry, without reading the prototype', () => {
    expect(labelOf(Direction.labels, 'cost', 'en')).toBe('Less is better');
    expect(labelOf<string>(Direction.labels, 'toString', 'en')).toBe('toString');
  });

  it('refuses a label without both languages', () => {
    expect(() => labelledEnum({ a: { nl: 'A', en: '' } })).toThrow();
  });
});

describe('validate', () => {
  const Schema = z.strictObject({ id: IdSchema, when: IsoDateSchema, amount: MoneySchema });

  it('returns the parsed value for valid input', () => {
    const input = { id: 'p-1', when: '2026-02-28', amount: { amount: 1250, currency: 'EUR' } };
    expect(validate(Schema, input)).toEqual(input);
  });

  it('throws a typed error listing every issue with path, code and nl/en messages', () => {
    const input = { id: '', when: '2026-02-30', amount: { amount: 12.5, currency: 'EUR' }, extra: 1 };
    const snapshot = JSON.stringify(input);
    let caught: unknown;
    try {
      validate(Schema, input);
    } catch (error) {
      caught = error;
    }
    expect(isGebiedsgerichtError(caught)).toBe(true);
    const error = caught as GebiedsgerichtError;
    expect(error.code).toBe('invalid_input');
    const codesAt = (path: string) => error.issues.filter((i) => i.path.join('.') === path).map((i) => i.code);
    expect(codesAt('id')).toContain('too_small');
    const byPath = Object.fromEntries(error.issues.map((i) => [i.path.join('.'), i]));
    expect(byPath.when?.code).toBe('invalid_format');
    expect(byPath.when?.message.nl).toMatch(/datum/i);
    expect(byPath['amount.amount']?.code).toBe('invalid_type');
    expect(byPath['']?.code).toBe('unrecognized_keys');
    for (const issue of error.issues) {
      expect(issue.message.nl.length).toBeGreaterThan(0);
      expect(issue.message.en.length).toBeGreaterThan(0);
    }
    expect(error.issues.find((i) => i.code === 'too_small')?.message.nl).not.toBe(
      error.issues.find((i) => i.code === 'too_small')?.message.en,
    );
    expect(JSON.stringify(input)).toBe(snapshot);
    expect(JSON.parse(JSON.stringify(error))).toEqual(error.toJSON());
  });

  it('reports NaN and infinite numbers as not_a_finite_number, the code every package uses', () => {
    const schema = z.strictObject({ weight: z.number() });
    for (const weight of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      let error: unknown;
      try {
        validate(schema, { weight }, { path: ['input'] });
      } catch (e) {
        error = e;
      }
      expect(error).toMatchObject({
        code: 'invalid_input',
        issues: [{ code: 'not_a_finite_number', path: ['input', 'weight'] }],
      });
    }
  });

  it('prefixes paths when validating a part of a larger document', () => {
    const result = attempt(() => validate(IdSchema, 7, { path: ['parties', 2, 'id'] }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues[0]?.path).toEqual(['parties', 2, 'id']);
  });
});

describe('prototype safety', () => {
  it('rejects __proto__, constructor and prototype as ids and map keys, without polluting', () => {
    const NumberMap = safeRecord(z.number());
    for (const key of ['constructor', 'prototype']) {
      const input = JSON.parse(`{"${key}": {"polluted": 1}, "ok": 1}`);
      expect(NumberMap.safeParse(input).success).toBe(false);
    }
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      expect(IdSchema.safeParse(key).success).toBe(false);
    }
    const parsed = NumberMap.parse(JSON.parse('{"__proto__": {"polluted": 1}, "ok": 1}'));
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.keys(parsed)).toEqual(['ok']);
    const Strict = z.strictObject({ ok: z.number() });
    expect(Strict.safeParse(JSON.parse('{"__proto__": {"polluted": 1}, "ok": 1}')).success).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('dates', () => {
  it('accepts real dates and leap days only', () => {
    expect(IsoDateSchema.safeParse('2028-02-29').success).toBe(true);
    expect(IsoDateSchema.safeParse('2026-02-29').success).toBe(false);
    expect(IsoDateSchema.safeParse('2026-04-31').success).toBe(false);
    expect(IsoDateSchema.safeParse('26-04-01').success).toBe(false);
  });
  it('requires an offset on date-times', () => {
    expect(IsoDateTimeSchema.safeParse('2026-03-15T09:30:00+01:00').success).toBe(true);
    expect(IsoDateTimeSchema.safeParse('2026-03-15T09:30:00Z').success).toBe(true);
    expect(IsoDateTimeSchema.safeParse('2026-03-15T09:30:00').success).toBe(false);
  });
});

describe('money', () => {
  it('keeps money in integer cents', () => {
    expect(euroToCents(12.5)).toBe(1250);
    expect(euroToCents(0.1 + 0.2)).toBe(30);
    expect(euroToCents(-2.005)).toBe(-201);
    expect(MoneySchema.safeParse({ amount: 10.5, currency: 'EUR' }).success).toBe(false);
    expect(MoneySchema.safeParse({ amount: 10, currency: 'euro' }).success).toBe(false);
  });
  it('refuses non-finite amounts with a typed error', () => {
    const r = attempt(() => euroToCents(Number.NaN));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('not_a_finite_number');
  });
  it('formats for Dutch and English readers', () => {
    expect(formatEuro(125_000_000, 'nl')).toMatch(/1\.250\.000,00/);
    expect(formatEuro(125_000_000, 'en')).toMatch(/1,250,000\.00/);
  });
});

describe('defineMessages', () => {
  const { fail } = defineMessages({
    weights_do_not_sum_to_one: (p: { sum: number }) => ({
      nl: `De gewichten tellen op tot ${p.sum}`,
      en: `The weights sum to ${p.sum}`,
    }),
  });
  it('builds typed errors with stable codes', () => {
    const error = fail('weights_do_not_sum_to_one', { sum: 0.9 }, ['criteria']);
    expect(error).toBeInstanceOf(GebiedsgerichtError);
    expect(error.code).toBe('weights_do_not_sum_to_one');
    expect(error.messageIn('nl')).toBe('De gewichten tellen op tot 0.9');
    expect(error.issues).toHaveLength(1);
    expect(error.path).toEqual(['criteria']);
  });
  it('lets attempt rethrow anything that is not a GebiedsgerichtError', () => {
    expect(() =>
      attempt(() => {
        throw new TypeError('bug');
      }),
    ).toThrow(TypeError);
  });
});

describe('argumentChecks', () => {
  const own = defineMessages({
    invalid_argument: (p: { name: string }) => ({ nl: `Ongeldig: ${p.name}`, en: `Invalid: ${p.name}` }),
  });
  const checks = argumentChecks(own.fail);
  const thrown = (fn: () => void) => {
    try {
      fn();
    } catch (e) {
      const err = e as GebiedsgerichtError;
      return { code: err.code, path: err.path, en: err.messageIn('en') };
    }
    return undefined;
  };

  it('tells plain records from null, arrays and other values', () => {
    expect([{}, { a: 1 }, Object.create(null)].every(isPlainRecord)).toBe(true);
    expect([null, undefined, [], 'x', 1, () => 0].some(isPlainRecord)).toBe(false);
  });

  it("throws the package's own invalid_argument with the path, and lets valid arguments pass", () => {
    expect(thrown(() => checks.validateOptions('x'))).toEqual({
      code: 'invalid_argument',
      path: ['options'],
      en: 'Invalid: options (an object)',
    });
    expect(thrown(() => checks.validateOptions([], ['settings']))?.path).toEqual(['settings']);
    expect(thrown(() => checks.requireRecord(null, 'update', ['update']))?.en).toBe('Invalid: update');
    expect(thrown(() => checks.requireArray({}, 'scores', ['scores']))?.path).toEqual(['scores']);
    expect(thrown(() => checks.optionalOneOf('both', ['current', 'residual'], 'basis', ['options', 'basis']))?.en).toBe(
      "Invalid: basis ('current' or 'residual')",
    );
    expect(thrown(() => checks.optionalString(3, 'title', ['options', 'title']))?.en).toBe('Invalid: title (text)');
    for (const ok of [
      () => checks.validateOptions(undefined),
      () => checks.validateOptions({}),
      () => checks.requireRecord({}, 'x', []),
      () => checks.requireArray([], 'x', []),
      () => checks.optionalOneOf(undefined, ['a'], 'x', []),
      () => checks.optionalOneOf('a', ['a'], 'x', []),
      () => checks.optionalString(undefined, 'x', []),
      () => checks.optionalString('t', 'x', []),
    ])
      expect(thrown(ok)).toBeUndefined();
  });
});

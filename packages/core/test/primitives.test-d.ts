import { expectTypeOf, test } from 'vitest';
import { attempt, type Id, IdSchema, type Label, labelledEnum, type Result, validate } from '../src/index';

test('labelledEnum infers the literal union of its values', () => {
  const Kind = labelledEnum({ a: { nl: 'A', en: 'A' }, b: { nl: 'B', en: 'B' } });
  expectTypeOf(Kind.values[0]).toEqualTypeOf<'a' | 'b'>();
  expectTypeOf(Kind.labels.a).toEqualTypeOf<Label>();
  expectTypeOf(Kind.schema.parse('a')).toEqualTypeOf<'a' | 'b'>();
});

test('validate returns the schema output and attempt a Result', () => {
  expectTypeOf(validate(IdSchema, 'x')).toEqualTypeOf<Id>();
  expectTypeOf(attempt(() => 1)).toEqualTypeOf<Result<number>>();
});

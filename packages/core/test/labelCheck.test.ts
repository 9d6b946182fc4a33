// Label tables and refinement messages are checked with a short hand-written test before zod
// (the SDK's own tables are checked when the package loads); LabelSchema stays the source of
// truth, and this property test holds the two to the same answer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LabelSchema, labelledEnum, refinement } from '../src/index';
import { isValidLabel } from '../src/primitives/label';

const text = fc.oneof(fc.constant(''), fc.string({ maxLength: 4 }), fc.constantFrom('Kosten', 'Cost'));
const labelLike = fc.oneof(
  fc.record({ nl: text, en: text }),
  fc.record({ en: text, nl: text }),
  fc.record({ nl: text, en: text, extra: fc.anything() }, { requiredKeys: ['nl'] }),
  fc.record({ nl: fc.anything(), en: fc.anything() }),
  fc.dictionary(fc.constantFrom('nl', 'en', '__proto__', 'constructor', 'toString'), fc.oneof(text, fc.anything())),
  fc.tuple(text, text).map(([nl, en]) => Object.assign(Object.create(null) as object, { nl, en })),
  fc.tuple(text, text).map(([nl, en]) => Object.assign(Object.create({ inherited: true }) as object, { nl, en })),
  fc.tuple(text, text).map(([nl, en]) => Object.assign([], { nl, en })),
  fc
    .tuple(text, text)
    .map(([nl, en]) => JSON.parse(`{"nl":${JSON.stringify(nl)},"__proto__":{},"en":${JSON.stringify(en)}}`)),
  fc.tuple(text, text).map(([nl, en]) => {
    const hidden = { a: 'x', b: 'y' };
    Object.defineProperty(hidden, 'nl', { value: nl, enumerable: false });
    Object.defineProperty(hidden, 'en', { value: en, enumerable: false });
    return hidden;
  }),
  fc.anything(),
);

describe('the label check', () => {
  it('accepts exactly what LabelSchema accepts', () => {
    fc.assert(
      fc.property(labelLike, (value) => {
        expect(isValidLabel(value)).toBe(LabelSchema.safeParse(value).success);
      }),
      { numRuns: 2000 },
    );
  });

  it('decides what labelledEnum and refinement accept', () => {
    expect(labelledEnum({ a: { nl: 'A', en: 'A' } }).values).toEqual(['a']);
    expect(() => labelledEnum({ a: { nl: 'A', en: 'A', de: 'A' } as never })).toThrowError(
      expect.objectContaining({ code: 'invalid_argument', path: ['labels', 'a'] }),
    );
    expect(() => refinement('code', { nl: '', en: 'x' })).toThrowError(
      expect.objectContaining({ code: 'invalid_argument', path: ['message'] }),
    );
  });
});

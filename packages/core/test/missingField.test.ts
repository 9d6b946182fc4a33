/** A missing required field is named in words in the message, not only in the path. */
import { describe, expect, it } from 'vitest';
import { lindewaardStartnotitie } from '../src/fixtures/index';
import { EscalationModelSchema, validate } from '../src/index';

describe('a missing field', () => {
  it('names the field (an escalation model without its final level)', () => {
    const { finalLevel: _omitted, ...withoutFinal } = lindewaardStartnotitie.escalation;
    expect(() => validate(EscalationModelSchema, withoutFinal, { path: ['escalation'] })).toThrowError(
      expect.objectContaining({
        code: 'invalid_input',
        issues: [
          expect.objectContaining({
            code: 'invalid_type',
            path: ['escalation', 'finalLevel'],
            message: {
              nl: "Het veld 'finalLevel' ontbreekt (verwacht: object)",
              en: "The field 'finalLevel' is missing (expected: object)",
            },
          }),
        ],
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { expectJsonSchemaAgreement } from './support/jsonSchemaAgreement';

describe('JSON Schema agrees with zod (error document)', () => {
  it('accepts a valid error and agrees on structurally broken ones', () => {
    const sample = {
      name: 'GebiedsgerichtError',
      code: 'invalid_input',
      path: ['parties', 0],
      message: { nl: 'Ongeldige invoer', en: 'Invalid input' },
      issues: [{ code: 'too_small', path: ['parties', 0, 'id'], message: { nl: 'Te kort', en: 'Too short' } }],
    };
    const counts = expectJsonSchemaAgreement('error', [sample]);
    expect(counts.invalid).toBeGreaterThan(50);
  });
});

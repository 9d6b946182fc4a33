import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentNames, documentSchemas, toJsonSchema } from '../src/index';
import { validatorFor } from './support/jsonSchemaAgreement';

describe('JSON Schema export', () => {
  it('has a checked-in, up-to-date file for every registered document', () => {
    for (const name of documentNames()) {
      const file = readFileSync(join(__dirname, '..', 'schemas', `${name}.schema.json`), 'utf8');
      expect(JSON.parse(file)).toEqual(toJsonSchema(name));
    }
  });

  // Compiling every schema with ajv is slow for the large documents (the gebiedsproces embeds
  // nearly every other shape), hence the generous timeout; the work is real, not waiting.
  it('compiles every generated schema with a real draft 2020-12 validator', { timeout: 120_000 }, () => {
    for (const name of documentNames()) {
      expect(() => validatorFor(name), name).not.toThrow();
      expect(documentSchemas[name]?.title.en.length).toBeGreaterThan(0);
      expect(documentSchemas[name]?.title.nl.length).toBeGreaterThan(0);
    }
  });

  it('refuses an unknown document name with a typed error', () => {
    expect(() => toJsonSchema('nope')).toThrow(expect.objectContaining({ code: 'unknown_document' }));
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { documentNames, documentSchemas, toJsonSchema } from '../src/index';

describe('JSON Schema export', () => {
  it('has a checked-in, up-to-date file for every registered document', () => {
    for (const name of documentNames()) {
      const file = readFileSync(join(__dirname, '..', 'schemas', `${name}.schema.json`), 'utf8');
      expect(JSON.parse(file)).toEqual(toJsonSchema(name));
    }
  });

  it('compiles every generated schema with a real draft 2020-12 validator', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    for (const name of documentNames()) {
      expect(() => ajv.compile(toJsonSchema(name)), name).not.toThrow();
      expect(documentSchemas[name]?.title.en.length).toBeGreaterThan(0);
    }
  });

  it('refuses an unknown document name with a typed error', () => {
    expect(() => toJsonSchema('nope')).toThrow(expect.objectContaining({ code: 'unknown_document' }));
  });
});

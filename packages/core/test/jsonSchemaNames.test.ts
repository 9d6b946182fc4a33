import { compile } from 'json-schema-to-typescript';
import { describe, expect, it } from 'vitest';
import { documentNames, toJsonSchema } from '../src/index';

/**
 * Tools in other languages generate classes from the published JSON Schema. Every definition must
 * therefore carry a stable name: these tests run a mainstream generator over every document's
 * schema and check that each type it declares is named after the document or a `$defs` entry.
 */
describe('JSON Schema definitions have stable names', () => {
  it('names every $defs entry after an exported schema, never __schemaN', () => {
    for (const name of documentNames()) {
      const defs = Object.keys((toJsonSchema(name).$defs as Record<string, unknown> | undefined) ?? {});
      expect(
        defs.filter((d) => !/^[A-Z][A-Za-z0-9]*$/.test(d)),
        name,
      ).toEqual([]);
    }
  });

  it('carries a $id on every file', () => {
    for (const name of documentNames()) expect(toJsonSchema(name).$id).toBe(`urn:gebiedsgericht:schema:${name}`);
  });

  it('generates TypeScript with json-schema-to-typescript where every declared type has a stable name', async () => {
    for (const name of documentNames()) {
      const schema = toJsonSchema(name);
      const defs = Object.keys((schema.$defs as Record<string, unknown> | undefined) ?? {});
      const rootName = name.charAt(0).toUpperCase() + name.slice(1);
      const ts = await compile({ ...schema, title: rootName } as Parameters<typeof compile>[0], rootName, {
        bannerComment: '',
        format: false,
        additionalProperties: false,
        declareExternallyReferenced: true,
      });
      const declared = [...ts.matchAll(/export (?:interface|type) (\w+)/g)].map((m) => m[1] as string);
      expect(declared, name).toContain(rootName);
      const allowed = new Set([rootName, ...defs]);
      expect(
        declared.filter((d) => !allowed.has(d)),
        name,
      ).toEqual([]);
      expect(ts).not.toMatch(/\bSchema\d+\b|__schema/);
    }
  }, 120_000);
});

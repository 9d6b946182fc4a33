/**
 * Test support: checks that the published JSON Schema of a document type agrees with its zod
 * schema. Valid samples must pass both; structurally mutated samples (a property removed, an
 * unknown property added, a value replaced by one of another JSON type) must get the same verdict
 * from zod and from a real draft 2020-12 validator (ajv). Cross-field rules that JSON Schema cannot
 * express (zod refinements with the SDK's custom codes) are the one allowed difference: when zod's
 * only objections are such custom issues, the sample is counted as `refinementOnly` and skipped.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { expect } from 'vitest';
import { documentSchemas, toJsonSchema } from '../../src/index';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
/** One compiled validator per document type, shared by every test in a file. */
const compiled = new Map<string, ReturnType<Ajv2020['compile']>>();

export function validatorFor(name: string) {
  let v = compiled.get(name);
  if (!v) {
    v = ajv.compile(toJsonSchema(name));
    compiled.set(name, v);
  }
  return v;
}

type PathSeg = string | number;
function containers(value: Json, path: PathSeg[] = [], out: PathSeg[][] = []): PathSeg[][] {
  if (value !== null && typeof value === 'object') {
    out.push(path);
    const entries: [PathSeg, Json][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    for (const [k, v] of entries) containers(v, [...path, k], out);
  }
  return out;
}
function leavesAndMembers(value: Json, path: PathSeg[] = [], out: PathSeg[][] = []): PathSeg[][] {
  if (path.length > 0) out.push(path);
  if (value !== null && typeof value === 'object') {
    const entries: [PathSeg, Json][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    for (const [k, v] of entries) leavesAndMembers(v, [...path, k], out);
  }
  return out;
}
function at(root: Json, path: PathSeg[]): Json {
  let cur: Json = root;
  for (const seg of path) cur = (cur as Record<string, Json>)[seg as string] as Json;
  return cur;
}
const otherTypes: Json[] = [null, true, 42, 'x', [], {}];

/** A structural mutation of a JSON document, as a pure function of a clone. */
export type Mutation = { describe: string; apply: (doc: Json) => Json };

function mutationArb(sample: Json): fc.Arbitrary<Mutation> {
  const members = leavesAndMembers(sample).filter((p) => typeof p[p.length - 1] === 'string');
  const all = leavesAndMembers(sample);
  const objs = containers(sample).filter((p) => !Array.isArray(at(sample, p)));
  const arbs: fc.Arbitrary<Mutation>[] = [];
  if (members.length > 0)
    arbs.push(
      fc.constantFrom(...members).map((p) => ({
        describe: `remove ${p.join('.')}`,
        apply: (doc: Json) => {
          const parent = at(doc, p.slice(0, -1)) as Record<string, Json>;
          delete parent[p[p.length - 1] as string];
          return doc;
        },
      })),
    );
  if (objs.length > 0)
    arbs.push(
      fc.constantFrom(...objs).map((p) => ({
        describe: `add unknown key at ${p.join('.') || '(root)'}`,
        apply: (doc: Json) => {
          (at(doc, p) as Record<string, Json>).zzUnknownKey = 1;
          return doc;
        },
      })),
    );
  if (all.length > 0)
    arbs.push(
      fc.tuple(fc.constantFrom(...all), fc.constantFrom(...otherTypes)).map(([p, replacement]) => ({
        describe: `replace ${p.join('.')} by ${JSON.stringify(replacement)}`,
        apply: (doc: Json) => {
          const parent = at(doc, p.slice(0, -1)) as Record<string | number, Json>;
          const key = p[p.length - 1] as string | number;
          const current = parent[key] as Json;
          const sameType =
            typeof current === typeof replacement &&
            Array.isArray(current) === Array.isArray(replacement) &&
            (current === null) === (replacement === null);
          parent[key] = sameType ? (typeof replacement === 'string' ? 17 : 'x') : structuredClone(replacement);
          return doc;
        },
      })),
    );
  return fc.oneof(...arbs);
}

/**
 * Asserts agreement between zod and the generated JSON Schema for a registered document type.
 * Returns counts so a test can assert that invalid samples were really exercised.
 */
export function expectJsonSchemaAgreement(
  name: string,
  validSamples: readonly unknown[],
  options: { runs?: number; seed?: number } = {},
): { checked: number; invalid: number; refinementOnly: number } {
  const definition = documentSchemas[name];
  if (!definition) throw new Error(`no document registered as ${name}`);
  const validate = validatorFor(name);
  const counts = { checked: 0, invalid: 0, refinementOnly: 0 };
  for (const raw of validSamples) {
    const sample = JSON.parse(JSON.stringify(raw)) as Json;
    expect(definition.schema.safeParse(sample).success, `${name}: zod rejects a valid sample`).toBe(true);
    expect(validate(sample), `${name}: JSON Schema rejects a valid sample: ${ajv.errorsText(validate.errors)}`).toBe(
      true,
    );
    fc.assert(
      fc.property(mutationArb(sample), (mutation) => {
        const doc = mutation.apply(structuredClone(sample));
        const z = definition.schema.safeParse(doc);
        const j = validate(doc) as boolean;
        counts.checked += 1;
        if (!z.success) counts.invalid += 1;
        if (!z.success && j && z.error.issues.every((i) => i.code === 'custom')) {
          counts.refinementOnly += 1;
          return true;
        }
        if (z.success !== j) {
          throw new Error(
            `${name}: zod says ${z.success ? 'valid' : 'invalid'}, JSON Schema says ${j ? 'valid' : 'invalid'} after "${mutation.describe}"${z.success ? '' : `: ${z.error.issues.map((i) => `${i.path.join('.')} ${i.code}`).join('; ')}`}`,
          );
        }
        return true;
      }),
      { numRuns: options.runs ?? 200, seed: options.seed ?? 20261128 },
    );
  }
  return counts;
}

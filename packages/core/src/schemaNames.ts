import * as z from 'zod';
import * as area from './area/index';
import * as arrangement from './arrangement/index';
import * as assessment from './assessment/index';
import * as decisions from './decisions/index';
import * as mediation from './mediation/index';
import * as parties from './parties/index';
import * as primitives from './primitives/index';
import * as process from './process/index';
import * as programme from './programme/index';
import * as records from './records/index';
import * as risk from './risk/index';
import * as startnotitie from './startnotitie/index';
import * as steps from './steps/index';

let registry: z.core.$ZodRegistry<{ id: string }> | undefined;

/**
 * The stable name of every exported schema, as a zod registry for `z.toJSONSchema`: an exported
 * `FooSchema` is named `Foo`, the schema of a labelled enum `Foo` is named `Foo`. The JSON Schema
 * generator puts each named schema in `$defs` under that name and writes everything else inline,
 * so a code generator in another language never meets an anonymous definition.
 */
export function schemaNames(): z.core.$ZodRegistry<{ id: string }> {
  if (registry) return registry;
  const names = z.registry<{ id: string }>();
  const seen = new Set<unknown>();
  const sections: readonly Readonly<Record<string, unknown>>[] = [
    primitives,
    parties,
    area,
    startnotitie,
    steps,
    decisions,
    programme,
    arrangement,
    assessment,
    risk,
    mediation,
    records,
    process,
  ];
  for (const section of sections) {
    for (const [name, value] of Object.entries(section)) {
      if (name.endsWith('Schema') && value instanceof z.ZodType && !seen.has(value)) {
        seen.add(value);
        names.add(value, { id: name.slice(0, -'Schema'.length) });
      }
    }
  }
  for (const section of sections) {
    for (const [name, value] of Object.entries(section)) {
      const schema = (value as { schema?: unknown } | null)?.schema;
      if (schema instanceof z.ZodType && Array.isArray((value as { values?: unknown }).values) && !seen.has(schema)) {
        seen.add(schema);
        names.add(schema, { id: name });
      }
    }
  }
  registry = names;
  return names;
}

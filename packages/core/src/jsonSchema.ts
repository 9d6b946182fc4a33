import * as z from 'zod';
import { documentSchemas } from './documents';
import { coreFail } from './messages';
import { describeValue } from './primitives/describeValue';
import { schemaNames } from './schemaNames';

/** A JSON Schema (draft 2020-12) object as produced by {@link toJsonSchema}. */
export type JsonSchemaObject = Record<string, unknown>;

/**
 * The JSON Schema (draft 2020-12) of a registered document type, generated from its zod schema,
 * with the Dutch title and description and the English ones under `x-title-en` / `x-description-en`.
 * Every reused part is a `$defs` entry named after its exported schema (`Id`, `Label`, `Party`, …).
 * The same output is checked in under `@gebiedsgericht/core/schemas/<name>.schema.json`.
 *
 * @example
 * const schema = toJsonSchema('startnotitie');
 */
export function toJsonSchema(name: string): JsonSchemaObject {
  const definition =
    typeof name === 'string' && Object.hasOwn(documentSchemas, name) ? documentSchemas[name] : undefined;
  if (!definition) throw coreFail('unknown_document', { name: describeValue(name) }, ['name']);
  // The document's own schema is the root, not a definition of itself.
  const names = schemaNames();
  const own = names.get(definition.schema);
  if (own) names.remove(definition.schema);
  let generated: JsonSchemaObject;
  try {
    generated = z.toJSONSchema(definition.schema, {
      target: 'draft-2020-12',
      io: 'input',
      unrepresentable: 'any',
      reused: 'inline',
      metadata: names,
    }) as JsonSchemaObject;
  } finally {
    if (own) names.add(definition.schema, own);
  }
  return {
    $schema: generated.$schema,
    $id: `urn:gebiedsgericht:schema:${name}`,
    title: definition.title.nl,
    description: definition.description.nl,
    'x-title-en': definition.title.en,
    'x-description-en': definition.description.en,
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
  };
}

/** The names of all registered document types, sorted. */
export function documentNames(): string[] {
  return Object.keys(documentSchemas).sort();
}

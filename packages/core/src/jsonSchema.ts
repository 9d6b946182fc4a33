import * as z from 'zod';
import { documentSchemas } from './documents';
import { coreFail } from './messages';

/** A JSON Schema (draft 2020-12) object as produced by {@link toJsonSchema}. */
export type JsonSchemaObject = Record<string, unknown>;

/**
 * The JSON Schema (draft 2020-12) of a registered document type, generated from its zod schema,
 * with the Dutch title and description and the English ones under `x-title-en` / `x-description-en`.
 * The same output is checked in under `@gebiedsgericht/core/schemas/<name>.schema.json`.
 *
 * @example
 * const schema = toJsonSchema('startnotitie');
 */
export function toJsonSchema(name: string): JsonSchemaObject {
  const definition = Object.hasOwn(documentSchemas, name) ? documentSchemas[name] : undefined;
  if (!definition) throw coreFail('unknown_document', { name });
  const generated = z.toJSONSchema(definition.schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    reused: 'ref',
  }) as JsonSchemaObject;
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

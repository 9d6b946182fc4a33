/**
 * `@gebiedsgericht/core`: every shape of gebiedsgericht werken aan ruimtelijke arrangementen as a
 * zod schema with its inferred type, Dutch and English labels, the typed error of the SDK, and JSON
 * Schema for tools in other languages.
 *
 * @packageDocumentation
 */

export * from './area/index';
export * from './arrangement/index';
export * from './assessment/index';
export { coreMessages } from './catalogue';
export * from './decisions/index';
export { type DocumentKind, type DocumentOf, documentSchemas } from './documents';
export { documentNames, type JsonSchemaObject, toJsonSchema } from './jsonSchema';
export * from './mediation/index';
export * from './migration/index';
// Domain sections (each a hand-written barrel of named exports).
export * from './parties/index';
export * from './primitives/index';
export * from './process/index';
export * from './programme/index';
export * from './records/index';
export * from './risk/index';
export * from './startnotitie/index';
export * from './steps/index';

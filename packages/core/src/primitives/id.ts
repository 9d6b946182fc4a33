import * as z from 'zod';
import { schemaRefinement } from '../internal/schemaIssue';
import { primitivesIssues } from '../internal/schemaMessages';
import { LIMIT_MAX } from './limitValues';

/** Keys that would reach an object's prototype when used as a property name. */
export const FORBIDDEN_KEYS: readonly string[] = Object.freeze(['__proto__', 'constructor', 'prototype']);

/**
 * An identifier: a caller-supplied, stable string of letters, digits and `. _ : -`, at most 200
 * characters, starting with a letter or digit. Never `__proto__`, `constructor` or `prototype`.
 *
 * @example
 * IdSchema.parse('gemeente-beekdal'); // ok
 */
export const IdSchema = z
  .string()
  .min(1)
  .max(LIMIT_MAX.idLength)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/)
  .refine((value) => !FORBIDDEN_KEYS.includes(value), schemaRefinement(primitivesIssues, 'reserved_key', {}));
/** An identifier string (see {@link IdSchema}). */
export type Id = z.infer<typeof IdSchema>;

/**
 * A key of a JSON object used as a map (`z.record`): any non-empty string except the keys that
 * reach the prototype (`__proto__`, `constructor`, `prototype`).
 */
export const SafeKeySchema = z
  .string()
  .min(1)
  .refine((value) => !FORBIDDEN_KEYS.includes(value), schemaRefinement(primitivesIssues, 'reserved_key', {}));

/**
 * A JSON object used as a map from safe keys to values. A parsed map can never pollute
 * `Object.prototype`: `constructor` and `prototype` keys are rejected, and an own `__proto__` key
 * (which `JSON.parse` can produce) is never copied into the result. Documents themselves are strict
 * objects, where `__proto__` is rejected as an unrecognised key.
 *
 * @example
 * const Weights = safeRecord(z.number());
 */
export function safeRecord<V extends z.ZodType>(value: V) {
  return z.record(SafeKeySchema, value);
}

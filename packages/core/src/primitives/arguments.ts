import type { GebiedsgerichtError, IssuePath } from './errors';

/**
 * True for a non-null object that is not an array: what an options or argument object must be.
 *
 * @example
 * isPlainRecord({}); // true
 * isPlainRecord([]); // false
 */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `invalid_argument` thrower of a package's messages (`defineMessages(...).fail`). */
export type InvalidArgument = (
  code: 'invalid_argument',
  params: { name: string },
  path: IssuePath,
) => GebiedsgerichtError;

/** Small checks for arguments that no schema describes (see {@link argumentChecks}). */
export interface ArgumentChecks {
  /** Throws `invalid_argument` at `path` unless `x` is a non-null object that is not an array. */
  requireRecord(x: unknown, name: string, path: IssuePath): asserts x is Record<string, unknown>;
  /** Throws `invalid_argument` at `path` (default `['options']`) unless `options` is left out or an object. */
  validateOptions(options: unknown, path?: IssuePath): void;
  /** Throws `invalid_argument` at `path` unless `x` is an array. */
  requireArray(x: unknown, name: string, path: IssuePath): asserts x is readonly unknown[];
  /** Throws `invalid_argument` at `path` unless `x` is left out or one of `allowed`. */
  optionalOneOf(x: unknown, allowed: readonly string[], name: string, path: IssuePath): void;
  /** Throws `invalid_argument` at `path` unless `x` is left out or a string. */
  optionalString(x: unknown, name: string, path: IssuePath): void;
}

/**
 * The argument checks of one package, throwing that package's own `invalid_argument` error (its
 * code, its Dutch and English message) with the path of the offending value. For options objects
 * and plain arguments that no zod schema describes; documents are checked with `validate`.
 *
 * @example
 * const checks: ArgumentChecks = argumentChecks(riskIssues.fail);
 * checks.validateOptions(options); // throws invalid_argument at ['options'] for options = 'x'
 */
export function argumentChecks(fail: InvalidArgument): ArgumentChecks {
  const invalid = (name: string, path: IssuePath) => fail('invalid_argument', { name }, path);
  return {
    requireRecord(x, name, path) {
      if (!isPlainRecord(x)) throw invalid(name, path);
    },
    validateOptions(options, path = ['options']) {
      if (options !== undefined && !isPlainRecord(options)) throw invalid('options (an object)', path);
    },
    requireArray(x, name, path) {
      if (!Array.isArray(x)) throw invalid(name, path);
    },
    optionalOneOf(x, allowed, name, path) {
      if (x !== undefined && !allowed.includes(x as string))
        throw invalid(`${name} (${allowed.map((a) => `'${a}'`).join(' or ')})`, path);
    },
    optionalString(x, name, path) {
      if (x !== undefined && typeof x !== 'string') throw invalid(`${name} (text)`, path);
    },
  };
}

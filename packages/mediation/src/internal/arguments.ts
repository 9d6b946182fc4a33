// Internal: small argument checks shared by the public functions whose arguments no core schema
// describes (argument objects, options). Each throws a typed error of this package with a path.
import { fail } from '../messages';

type Path = (string | number)[];

/** True for a non-null object that is not an array. */
export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Throws `invalid_argument` at `path` unless `x` is a non-null object that is not an array. */
export function requireRecord(x: unknown, name: string, path: Path): void {
  if (!isRecord(x)) throw fail('invalid_argument', { name }, path);
}

/** Throws `invalid_argument` at `path` unless `options` is left out or an object. */
export function checkOptions(options: unknown, path: Path = ['options']): void {
  if (options !== undefined && !isRecord(options))
    throw fail('invalid_argument', { name: 'options (an object)' }, path);
}

// Internal: small argument checks shared by the public functions whose arguments no core schema
// describes (options objects and their fields). Each throws a typed error of this package with a path.
import { riskFail } from '../messages';

type Path = (string | number)[];

/** True for a non-null object that is not an array. */
export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Throws `invalid_argument` at `path` unless `x` is a non-null object that is not an array. */
export function requireRecord(x: unknown, name: string, path: Path): void {
  if (!isRecord(x)) throw riskFail('invalid_argument', { name }, path);
}

/** Throws `invalid_argument` at `path` unless `options` is left out or an object. */
export function checkOptions(options: unknown, path: Path = ['options']): void {
  if (options !== undefined && !isRecord(options))
    throw riskFail('invalid_argument', { name: 'options (an object)' }, path);
}

/** Throws `invalid_argument` at `path` unless `x` is left out or one of `allowed`. */
export function optionalOneOf(x: unknown, allowed: readonly string[], name: string, path: Path): void {
  if (x !== undefined && !allowed.includes(x as string))
    throw riskFail('invalid_argument', { name: `${name} (${allowed.map((a) => `'${a}'`).join(' or ')})` }, path);
}

/** Throws `invalid_argument` at `path` unless `x` is left out or a string. */
export function optionalString(x: unknown, name: string, path: Path): void {
  if (x !== undefined && typeof x !== 'string') throw riskFail('invalid_argument', { name: `${name} (text)` }, path);
}

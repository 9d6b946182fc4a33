import { coreFail } from '../messages';
import { type GebiedsgerichtError, isGebiedsgerichtError } from './errors';

/** Either a value or the error that prevented it. */
export type Result<T, E = GebiedsgerichtError> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

/**
 * The SDK throws {@link GebiedsgerichtError} on bad input (the one convention). Callers who
 * prefer values over exceptions wrap a call in `attempt`: it returns a {@link Result}, turning a
 * `GebiedsgerichtError` into `{ ok: false, error }`. Any other exception is a bug and is rethrown.
 *
 * @example
 * const r = attempt(() => validate(AreaSchema, input));
 * if (!r.ok) console.log(r.error.code);
 */
export function attempt<T>(fn: () => T): Result<T> {
  if (typeof fn !== 'function') {
    return { ok: false, error: coreFail('invalid_argument', { name: 'fn (a function)' }, ['fn']) };
  }
  try {
    return { ok: true, value: fn() };
  } catch (error) {
    if (isGebiedsgerichtError(error)) return { ok: false, error: error as GebiedsgerichtError };
    throw error;
  }
}

// Internal: this package's argument checks: core's argumentChecks, throwing this package's own
// invalid_argument error (code, Dutch and English message) with the path of the offending value.
import { type ArgumentChecks, argumentChecks, type IssuePath } from '@gebiedsgericht/core';
import { fail } from '../messages';

const checks: ArgumentChecks = argumentChecks(fail);
export const requireRecord: ArgumentChecks['requireRecord'] = checks.requireRecord;
export const validateOptions: ArgumentChecks['validateOptions'] = checks.validateOptions;
export const requireArray: ArgumentChecks['requireArray'] = checks.requireArray;

/** Throws `not_a_finite_number` at `path` when `x` is a number that is not finite (NaN, ±Infinity). */
export function rejectNonFinite(x: unknown, name: string, path: IssuePath): void {
  if (typeof x === 'number' && !Number.isFinite(x)) throw fail('not_a_finite_number', { name }, path);
}

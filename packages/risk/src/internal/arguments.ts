// Internal: this package's argument checks: core's argumentChecks, throwing this package's own
// invalid_argument error (code, Dutch and English message) with the path of the offending value.
import { type ArgumentChecks, argumentChecks, type IssuePath } from '@gebiedsgericht/core';
import { riskFail } from '../messages';

const checks: ArgumentChecks = argumentChecks(riskFail);
// without narrowing: the callers pass typed arguments, which an assertion would turn into records
export const requireRecord: (x: unknown, name: string, path: IssuePath) => void = checks.requireRecord;
export const validateOptions: ArgumentChecks['validateOptions'] = checks.validateOptions;
export const optionalOneOf: ArgumentChecks['optionalOneOf'] = checks.optionalOneOf;
export const optionalString: ArgumentChecks['optionalString'] = checks.optionalString;

/** Throws `not_a_finite_number` at `path` when `x` is a number that is not finite (NaN, ±Infinity). */
export function rejectNonFinite(x: unknown, name: string, path: IssuePath): void {
  if (typeof x === 'number' && !Number.isFinite(x)) throw riskFail('not_a_finite_number', { name }, path);
}

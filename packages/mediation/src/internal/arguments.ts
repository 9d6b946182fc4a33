// Internal: this package's argument checks: core's argumentChecks, throwing this package's own
// invalid_argument error (code, Dutch and English message) with the path of the offending value.
import { type ArgumentChecks, argumentChecks } from '@gebiedsgericht/core';
import { fail } from '../messages';

const checks: ArgumentChecks = argumentChecks(fail);
export const requireRecord: ArgumentChecks['requireRecord'] = checks.requireRecord;
export const validateOptions: ArgumentChecks['validateOptions'] = checks.validateOptions;

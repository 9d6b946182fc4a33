/**
 * Vitest setup shared by every package: in CI (CI=true) property tests run with one fixed seed, so
 * a CI run is reproducible and never fails by chance; locally every run explores new cases. Set
 * FC_SEED to replay a reported counterexample (fast-check prints the seed on failure).
 */
import fc from 'fast-check';

const fromEnv = process.env.FC_SEED;
const seed = fromEnv !== undefined && fromEnv !== '' ? Number(fromEnv) : process.env.CI ? 20261128 : undefined;
if (seed !== undefined && Number.isInteger(seed)) fc.configureGlobal({ seed });

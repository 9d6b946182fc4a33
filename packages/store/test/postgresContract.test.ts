import { describe } from 'vitest';
import { contractSuite } from './support/contract';
import { pgUrl, postgresHarness } from './support/engines';

// Skipped only without a server outside CI; in CI (CI=true) engines.ts fails instead.
describe.skipIf(!pgUrl)('PostgreSQL', () => contractSuite(postgresHarness));

import { contractSuite } from './support/contract';
import { sqliteHarness } from './support/engines';

contractSuite(sqliteHarness);

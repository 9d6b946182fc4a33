// The entry the build test bundles three times (ESM and CommonJS for Node with the package left
// external, so Node loads the built dist files; and everything for the browser platform). It leaves
// the answers for the fixed vectors on globalThis.
import * as build from '@gebiedsgericht/process';
import { answersOf } from './auditVectors';

(globalThis as { auditAnswers?: unknown }).auditAnswers = answersOf(build);

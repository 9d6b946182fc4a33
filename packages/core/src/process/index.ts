// Hand-written barrel of the process section of @gebiedsgericht/core: named exports only.
export { processDocuments } from './documents';

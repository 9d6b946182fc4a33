// Hand-written barrel of the records section of @gebiedsgericht/core: named exports only.
export { recordsDocuments } from './documents';

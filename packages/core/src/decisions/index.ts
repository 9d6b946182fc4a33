// Hand-written barrel of the decisions section of @gebiedsgericht/core: named exports only.
export { decisionsDocuments } from './documents';

// Hand-written barrel of the parties section of @gebiedsgericht/core: named exports only.
export { partiesDocuments } from './documents';

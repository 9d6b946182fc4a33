// Hand-written barrel of the mediation section of @gebiedsgericht/core: named exports only.
export { mediationDocuments } from './documents';

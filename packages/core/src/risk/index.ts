// Hand-written barrel of the risk section of @gebiedsgericht/core: named exports only.
export { riskDocuments } from './documents';

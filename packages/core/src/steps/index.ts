// Hand-written barrel of the steps section of @gebiedsgericht/core: named exports only.
export { stepsDocuments } from './documents';

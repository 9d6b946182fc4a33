// Hand-written barrel of the programme section of @gebiedsgericht/core: named exports only.
export { programmeDocuments } from './documents';

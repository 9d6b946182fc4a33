// Hand-written barrel of the assessment section of @gebiedsgericht/core: named exports only.
export { assessmentDocuments } from './documents';

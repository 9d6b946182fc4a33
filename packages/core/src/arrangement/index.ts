// Hand-written barrel of the arrangement section of @gebiedsgericht/core: named exports only.
export { arrangementDocuments } from './documents';

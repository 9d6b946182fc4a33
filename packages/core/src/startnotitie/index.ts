// Hand-written barrel of the startnotitie section of @gebiedsgericht/core: named exports only.
export { startnotitieDocuments } from './documents';

// Hand-written barrel of the area section of @gebiedsgericht/core: named exports only.
export { areaDocuments } from './documents';

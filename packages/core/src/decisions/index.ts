// Hand-written barrel of the decisions section of @gebiedsgericht/core: named exports only.

export { type DocumentRef, DocumentRefSchema } from './documentRef';
export { decisionsDocuments } from './documents';

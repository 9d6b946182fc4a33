import type { DocumentDefinition } from '../primitives/document';

/** Document types of the records section, published as JSON Schema. */
export const recordsDocuments: Readonly<Record<string, DocumentDefinition>> = {};

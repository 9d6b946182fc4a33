import type { DocumentDefinition } from '../primitives/document';

/** Document types of the decisions section, published as JSON Schema. */
export const decisionsDocuments: Readonly<Record<string, DocumentDefinition>> = {};

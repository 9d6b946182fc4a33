import type { DocumentDefinition } from '../primitives/document';

/** Document types of the process section, published as JSON Schema. */
export const processDocuments: Readonly<Record<string, DocumentDefinition>> = {};

import type { DocumentDefinition } from '../primitives/document';

/** Document types of the arrangement section, published as JSON Schema. */
export const arrangementDocuments: Readonly<Record<string, DocumentDefinition>> = {};

import type { DocumentDefinition } from '../primitives/document';

/** Document types of the parties section, published as JSON Schema. */
export const partiesDocuments: Readonly<Record<string, DocumentDefinition>> = {};

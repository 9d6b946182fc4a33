import type { DocumentDefinition } from '../primitives/document';

/** Document types of the startnotitie section, published as JSON Schema. */
export const startnotitieDocuments: Readonly<Record<string, DocumentDefinition>> = {};

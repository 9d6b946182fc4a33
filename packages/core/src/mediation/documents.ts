import type { DocumentDefinition } from '../primitives/document';

/** Document types of the mediation section, published as JSON Schema. */
export const mediationDocuments: Readonly<Record<string, DocumentDefinition>> = {};

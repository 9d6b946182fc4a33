import type { DocumentDefinition } from '../primitives/document';

/** Document types of the risk section, published as JSON Schema. */
export const riskDocuments: Readonly<Record<string, DocumentDefinition>> = {};

import type { DocumentDefinition } from '../primitives/document';

/** Document types of the programme section, published as JSON Schema. */
export const programmeDocuments: Readonly<Record<string, DocumentDefinition>> = {};

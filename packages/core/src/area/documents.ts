import type { DocumentDefinition } from '../primitives/document';

/** Document types of the area section, published as JSON Schema. */
export const areaDocuments: Readonly<Record<string, DocumentDefinition>> = {};

import type { DocumentDefinition } from '../primitives/document';

/** Document types of the steps section, published as JSON Schema. */
export const stepsDocuments: Readonly<Record<string, DocumentDefinition>> = {};

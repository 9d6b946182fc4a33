import type { DocumentDefinition } from '../primitives/document';

/** Document types of the assessment section, published as JSON Schema. */
export const assessmentDocuments: Readonly<Record<string, DocumentDefinition>> = {};

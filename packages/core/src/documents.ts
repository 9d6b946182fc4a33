import type * as z from 'zod';
import { areaDocuments } from './area/documents';
import { arrangementDocuments } from './arrangement/documents';
import { assessmentDocuments } from './assessment/documents';
import { decisionsDocuments } from './decisions/documents';
import { mediationDocuments } from './mediation/documents';
import { partiesDocuments } from './parties/documents';
import { type DocumentDefinition, defineDocument } from './primitives/document';
import { ErrorDataSchema } from './primitives/errors';
import { processDocuments } from './process/documents';
import { programmeDocuments } from './programme/documents';
import { recordsDocuments } from './records/documents';
import { riskDocuments } from './risk/documents';
import { startnotitieDocuments } from './startnotitie/documents';
import { stepsDocuments } from './steps/documents';

/** The name of a registered document type, for example `'startnotitie'`. */
export type DocumentKind = keyof typeof definitions;

/** The type of a document of the given kind, for example `DocumentOf<'startnotitie'>`. */
export type DocumentOf<K extends DocumentKind> = z.output<(typeof definitions)[K]['schema']>;

/** The registered document types with their exact schema types (see {@link documentSchemas}). */
const definitions = Object.freeze({
  error: defineDocument(
    ErrorDataSchema,
    { nl: 'Foutmelding van de SDK', en: 'SDK error' },
    {
      nl: 'De JSON-vorm van een GebiedsgerichtError: stabiele code, pad en melding in het Nederlands en Engels.',
      en: 'The JSON form of a GebiedsgerichtError: stable code, path and message in Dutch and English.',
    },
  ),
  ...partiesDocuments,
  ...areaDocuments,
  ...startnotitieDocuments,
  ...stepsDocuments,
  ...decisionsDocuments,
  ...programmeDocuments,
  ...arrangementDocuments,
  ...assessmentDocuments,
  ...riskDocuments,
  ...mediationDocuments,
  ...recordsDocuments,
  ...processDocuments,
} satisfies Readonly<Record<string, DocumentDefinition>>);

/**
 * Every document type of the SDK by name. The JSON Schema generator writes one file per entry to
 * `schemas/<name>.schema.json`; tools in other languages validate against those files.
 */
export const documentSchemas: Readonly<Record<string, DocumentDefinition>> = definitions;

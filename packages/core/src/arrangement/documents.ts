import { type DocumentDefinition, defineDocument } from '../primitives/document';
import { GebiedsprocesSchema } from './gebiedsproces';
import { RuimtelijkArrangementSchema } from './ruimtelijkArrangement';

/** Document types of the arrangement section, published as JSON Schema. */
export const arrangementDocuments = {
  gebiedsproces: defineDocument(
    GebiedsprocesSchema,
    { nl: 'Gebiedsproces', en: 'Area process (gebiedsproces)' },
    {
      nl: 'Alles van één gebiedsproces: partijen en structuren, gebied, opgaven, startnotitie, producten per stap, besluiten, instemming, afspraken, verslagen, programma en monitoring.',
      en: 'Everything of one area process: parties and structures, area, opgaven, startnotitie, deliverables per step, decisions, consents, agreements, records, programme and monitoring.',
    },
  ),
  ruimtelijkArrangement: defineDocument(
    RuimtelijkArrangementSchema,
    { nl: 'Ruimtelijk voorstel of arrangement', en: 'Spatial proposal or arrangement' },
    {
      nl: 'De gebiedsprocessen van een provincie samengebracht: per nationale opgave past, iets extra nodig (wat en van wie) of niet realistisch; wisselgeld; uitruil met andere provincies; versies en ondertekenaars.',
      en: "A province's area processes brought together: per national opgave fits, needs something extra (what and from whom) or not realistic; wisselgeld; exchanges with other provinces; versions and signatories.",
    },
  ),
} satisfies Readonly<Record<string, DocumentDefinition>>;

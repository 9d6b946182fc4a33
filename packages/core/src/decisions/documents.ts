import { type DocumentDefinition, defineDocument } from '../primitives/document';
import { BestuursovereenkomstSchema } from './bestuursovereenkomst';

/** Document types of the decisions section, published as JSON Schema. */
export const decisionsDocuments = {
  bestuursovereenkomst: defineDocument(
    BestuursovereenkomstSchema,
    { nl: 'Bestuursovereenkomst', en: 'Administrative agreement (bestuursovereenkomst)' },
    {
      nl: 'De overeenkomst waarin overheden hun samenwerking en afspraken vastleggen: partijen, artikelen, afspraken, geldigheid en ondertekenaars.',
      en: 'The agreement in which governments lay down their collaboration and agreements: parties, articles, agreements, validity and signatories.',
    },
  ),
} satisfies Readonly<Record<string, DocumentDefinition>>;

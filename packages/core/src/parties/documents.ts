import { type DocumentDefinition, defineDocument } from '../primitives/document';
import { ActorsSchema } from './actors';

/**
 * Document types of the parties section, published as JSON Schema.
 * @example
 * toJsonSchema('actors');
 * @see handreiking §2.1; §2.3
 */
export const partiesDocuments = {
  actors: defineDocument(
    ActorsSchema,
    { nl: 'Partijen en samenwerkingsstructuren', en: 'Parties and collaboration structures' },
    {
      nl: 'Partijenregister van een gebiedsproces: partijen met hun organen, personen, rollen, de integrale gebiedstafel en andere structuren, en hergebruikte samenwerkingsverbanden.',
      en: 'Party register of an area process: parties with their bodies, persons, roles, the integrated area table and other structures, and reused collaborations.',
    },
  ),
} satisfies Readonly<Record<string, DocumentDefinition>>;

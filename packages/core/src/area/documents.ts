import { type DocumentDefinition, defineDocument } from '../primitives/document';
import { AreaSchema } from './area';
import { OpgavenSchema } from './opgaven';

/**
 * Document types of the area section, published as JSON Schema.
 * @example
 * toJsonSchema('opgaven'); // generated from areaDocuments.opgaven
 * @see handreiking §2.1; §2.4; §2.5
 */
export const areaDocuments = {
  area: defineDocument(
    AreaSchema,
    { nl: 'Gebied', en: 'Area' },
    {
      nl: 'Het gebied van een gebiedsproces: soort, betrokken provincies, gemeenten en waterschappen, identiteit en kenmerken, deelgebieden en optioneel de geometrie (GeoJSON).',
      en: 'The area of an area process: kind, provinces, municipalities and water authorities involved, identity and characteristics, sub-areas and optionally its geometry (GeoJSON).',
    },
  ),
  opgaven: defineDocument(
    OpgavenSchema,
    { nl: 'Opgaven van een gebied', en: 'Opgaven of an area' },
    {
      nl: 'De opgaven van een gebied met doel, bijdrage, gat, prioriteit en plaatsingsstatus, hun synergieën en dilemma’s, afwenteling, gekoppelde programma’s en bestaande producten.',
      en: 'The opgaven (tasks) of an area with target, contribution, gap, priority and placement status, their synergies and dilemmas, burden shifting, linked programmes and existing products.',
    },
  ),
} satisfies Readonly<Record<string, DocumentDefinition>>;

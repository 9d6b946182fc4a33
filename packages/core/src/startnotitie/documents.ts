import { type DocumentDefinition, defineDocument } from '../primitives/document';
import { StartnotitieSchema } from './startnotitie';

/**
 * Document types of the startnotitie section, published as JSON Schema.
 * @example
 * toJsonSchema('startnotitie');
 * @see handreiking bijlage 1, onderdeel 2, stap 0
 */
export const startnotitieDocuments = {
  startnotitie: defineDocument(
    StartnotitieSchema,
    { nl: 'Startnotitie (plan van aanpak)', en: 'Start memo (plan of approach)' },
    {
      nl: 'De afspraken waarmee stap 0 sluit: scope, doel, procesontwerp, besluitvorming, rollen en inzet per partij, participatie, communicatie, data, wijzigingsregels, escalatiemodel, ijkmomenten, evaluatie, continuïteit en begrippen.',
      en: 'The agreements that close step 0: scope, goal, process design, decision making, roles and commitment per party, participation, communication, data, change rules, escalation model, calibration moments, evaluation, continuity and glossary.',
    },
  ),
} satisfies Readonly<Record<string, DocumentDefinition>>;

import { type DocumentDefinition, defineDocument } from '../primitives/document';
import { FeasibilityCheckSchema } from './feasibilityCheck';
import { MonitoringSchema } from './monitoring';
import { ProgrammeSchema } from './programme';

/** Document types of the programme section, published as JSON Schema. */
export const programmeDocuments = {
  programme: defineDocument(
    ProgrammeSchema,
    { nl: 'Programma en investeringsagenda', en: 'Programme and investment agenda' },
    {
      nl: 'Projecten met eigenaar, fase, financiering per bron per jaar en SMART-kwaliteitscriteria, de financieringsbronnen en de quick wins gekoppeld aan lange-termijndoelen.',
      en: 'Projects with owner, phase, funding per source per year and SMART quality criteria, the funding sources and the quick wins linked to long-term goals.',
    },
  ),
  monitoring: defineDocument(
    MonitoringSchema,
    { nl: 'Monitoring en lerende evaluatie', en: 'Monitoring and learning evaluation' },
    {
      nl: 'Indicatoren (ook brede welvaart) met metingen, evaluaties, en lessen die via acties tot wijzigingen leiden.',
      en: 'Indicators (including brede welvaart) with measurements, evaluations, and lessons that lead through actions to changes.',
    },
  ),
  feasibilityCheck: defineDocument(
    FeasibilityCheckSchema,
    { nl: 'Uitvoerbaarheidstoets decentrale overheden (UDO)', en: 'Feasibility check for decentral governments (UDO)' },
    {
      nl: 'Per betrokken overheid: taken, expertise, mensen, geld en uitvoeringskracht; los daarvan de effecten op mens en leefomgeving.',
      en: 'Per affected government: tasks, expertise, people, money and capacity to implement; apart from that, the effects on people and the living environment.',
    },
  ),
} satisfies Readonly<Record<string, DocumentDefinition>>;

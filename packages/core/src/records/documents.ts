import { type DocumentDefinition, defineDocument } from '../primitives/document';
import { IjkmomentRecordSchema } from './ijkmomentRecord';
import { KnelpuntRecordSchema } from './knelpuntRecord';

/** Document types of the records section, published as JSON Schema. */
export const recordsDocuments = {
  ijkmomentRecord: defineDocument(
    IjkmomentRecordSchema,
    { nl: 'Verslag van een ijkmoment', en: 'Ijkmoment record' },
    {
      nl: 'Eén ijkmoment (programmamoment van het rijk, regionaal moment of externe deadline): agenda, voortgang, GOKIT-R-status en uitkomsten.',
      en: 'One ijkmoment (programme moment set by the rijk, regional moment or external deadline): agenda, progress, GOKIT-R status and outcomes.',
    },
  ),
  knelpuntRecord: defineDocument(
    KnelpuntRecordSchema,
    { nl: 'Knelpunt met escalatiegeschiedenis', en: 'Knelpunt with escalation history' },
    {
      nl: 'Eén knelpunt in een gebiedsproces: wie het meldde, de partijen, de stap en elk escalatieniveau met wie in welke rol optrad en de uitkomst.',
      en: 'One knelpunt in an area process: who raised it, the parties, the step and each escalation level with who acted in which role and the outcome.',
    },
  ),
} satisfies Readonly<Record<string, DocumentDefinition>>;

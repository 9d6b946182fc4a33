import { type DocumentDefinition, defineDocument } from '../primitives/document';
import { AuditCheckpointSchema, SignedAuditCheckpointSchema } from './auditCheckpoint';
import { AuditEntrySchema } from './auditEntry';
import { ElectionCalendarSchema } from './electionCalendar';
import { GebiedsprocesSettingsSchema } from './gebiedsprocesSettings';
import { GebiedsprocesSnapshotSchema } from './gebiedsprocesSnapshot';
import { ProcessEventSchema } from './processEvent';
import { FindingSchema, ReflectionReportSchema } from './reflection';
import { StepTemplateSchema } from './stepTemplate';

/** Document types of the process section, published as JSON Schema. */
export const processDocuments = {
  stepTemplate: defineDocument(
    StepTemplateSchema,
    { nl: 'Stappensjabloon van een gebiedsproces', en: 'Step template of an area process' },
    {
      nl: 'De stappen van een gebiedsproces als gegevens: per stap het op te leveren documenttype en de poortregels.',
      en: 'The steps of an area process as data: per step the deliverable document type and the gate rules.',
    },
  ),
  gebiedsprocesSettings: defineDocument(
    GebiedsprocesSettingsSchema,
    { nl: 'Procesinstellingen uit de startnotitie', en: 'Process settings from the startnotitie' },
    {
      nl: 'Medeoverheden, stappen die instemming vragen en de wijzigingsregels van een gebiedsproces.',
      en: 'Co-governments, steps that need consent and the change rules of an area process.',
    },
  ),
  processEvent: defineDocument(
    ProcessEventSchema,
    { nl: 'Gebeurtenis in een gebiedsproces', en: 'Area process event' },
    {
      nl: 'Een gebeurtenis die de procesmachine verwerkt, met tijdstip, actor, rol en eventueel motivering.',
      en: 'An event the process machine handles, with timestamp, actor, role and optionally a motivation.',
    },
  ),
  auditEntry: defineDocument(
    AuditEntrySchema,
    { nl: 'Regel in het auditlogboek', en: 'Audit log entry' },
    {
      nl: 'Wie deed wat, in welke rol, wanneer en waarom, met de stap ervoor en erna.',
      en: 'Who did what, in which role, when and why, with the step before and after.',
    },
  ),
  auditCheckpoint: defineDocument(
    AuditCheckpointSchema,
    { nl: 'Checkpoint van het auditlogboek', en: 'Audit log checkpoint' },
    {
      nl: 'Positie en hash van de laatste regel van de auditketen van één gebiedsproces, om buiten de database te publiceren.',
      en: 'Position and hash of the last entry of the audit chain of one area process, to publish outside the database.',
    },
  ),
  signedAuditCheckpoint: defineDocument(
    SignedAuditCheckpointSchema,
    { nl: 'Ondertekend checkpoint van het auditlogboek', en: 'Signed audit log checkpoint' },
    {
      nl: 'Een checkpoint van de auditketen met een Ed25519-handtekening en de publieke sleutel.',
      en: 'A checkpoint of the audit chain with an Ed25519 signature and the public key.',
    },
  ),
  gebiedsprocesSnapshot: defineDocument(
    GebiedsprocesSnapshotSchema,
    { nl: 'Opgeslagen toestand van een gebiedsproces', en: 'Persisted area process state' },
    {
      nl: 'Sjabloon, instellingen, context (met auditlogboek) en revisie van één gebiedsproces, met schemaversie.',
      en: 'Template, settings, context (with audit log) and revision of one area process, with schema version.',
    },
  ),
  electionCalendar: defineDocument(
    ElectionCalendarSchema,
    { nl: 'Verkiezingskalender', en: 'Election calendar' },
    {
      nl: 'Verkiezingsdata per soort orgaan en de termijn waarin een besluit als dicht bij een verkiezing geldt.',
      en: 'Election dates per kind of body and the window in which a decision counts as close to an election.',
    },
  ),
  finding: defineDocument(
    FindingSchema,
    { nl: 'Bevinding van de reflectiecheck', en: 'Reflection finding' },
    {
      nl: 'Eén bevinding: de regel, de ernst, de boodschap in het Nederlands en Engels, het hoofdstuk van de handreiking en de plek in de invoer.',
      en: 'One finding: the rule, its severity, the message in Dutch and English, the handreiking section and the place in the input.',
    },
  ),
  reflectionReport: defineDocument(
    ReflectionReportSchema,
    { nl: 'Rapport van de reflectiecheck', en: 'Reflection report' },
    {
      nl: 'Het resultaat van een reflectiecheck: wanneer, welke invoer, welke regels, aantallen per ernst en de bevindingen in vaste volgorde.',
      en: 'The result of a reflection check: when, which input, which rules, counts per severity and the findings in a fixed order.',
    },
  ),
} satisfies Readonly<Record<string, DocumentDefinition>>;

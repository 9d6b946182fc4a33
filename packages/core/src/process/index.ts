// Hand-written barrel of the process section of @gebiedsgericht/core: named exports only.
export {
  type AreaProcessAuthority,
  AreaProcessAuthoritySchema,
  type AuthorityParty,
  AuthorityPartySchema,
} from './areaProcessAuthority';
export { type AreaProcessSettings, AreaProcessSettingsSchema } from './areaProcessSettings';
export {
  AREA_PROCESS_SNAPSHOT_VERSION,
  type AreaProcessSnapshot,
  AreaProcessSnapshotSchema,
} from './areaProcessSnapshot';
export {
  type AuditCheckpoint,
  AuditCheckpointSchema,
  type SignedAuditCheckpoint,
  SignedAuditCheckpointSchema,
} from './auditCheckpoint';
export { type AuditEntry, AuditEntrySchema } from './auditEntry';
export { AuditChainProblem, type AuditVerification, AuditVerificationSchema } from './auditVerification';
export { type ChangeRules, ChangeRulesSchema } from './changeRules';
export { processDocuments } from './documents';
export { type ElectionCalendar, ElectionCalendarSchema, ElectionKind } from './electionCalendar';
export {
  AgreementFulfilEventSchema,
  AgreementRecordEventSchema,
  AssessmentRecordEventSchema,
  ChangeMajorEventSchema,
  ChangeMinorEventSchema,
  ConsentRecordEventSchema,
  DecisionPlanEventSchema,
  DeliverableSubmitEventSchema,
  FrameworkAdditionKind,
  FrameworkExtendEventSchema,
  OpgaveAssessEventSchema,
  type OpgaveAssessment,
  OpgaveAssessmentSchema,
  type PlannedDecision,
  PlannedDecisionSchema,
  type ProcessAgreement,
  ProcessAgreementSchema,
  type ProcessChange,
  ProcessChangeSchema,
  type ProcessEvent,
  type ProcessEventMeta,
  ProcessEventMetaSchema,
  ProcessEventSchema,
  type ProcessEventType,
  ProcessResumeEventSchema,
  ProcessStopEventSchema,
  ProcessSuspendEventSchema,
  StepCloseEventSchema,
} from './processEvent';
export { ProcessRole } from './processRole';
export {
  type Finding,
  FindingSchema,
  FindingSeverity,
  type HandreikingSection,
  HandreikingSectionSchema,
  ReflectionDocumentKind,
  type ReflectionReport,
  ReflectionReportSchema,
} from './reflection';
export { type Sha256Hex, Sha256HexSchema } from './sha256Hex';
export { type StepDefinition, StepDefinitionSchema } from './stepDefinition';
export { ConsentRule, type StepGate, StepGateSchema } from './stepGate';
export { RESERVED_STEP_IDS, type StepTemplate, StepTemplateSchema } from './stepTemplate';

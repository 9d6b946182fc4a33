// Hand-written barrel of the process section of @gebiedsgericht/core: named exports only.

export {
  type AuditCheckpoint,
  AuditCheckpointSchema,
  type SignedAuditCheckpoint,
  SignedAuditCheckpointSchema,
} from './auditCheckpoint';
export {
  type AuditDerivedFrom,
  AuditDerivedFromSchema,
  type AuditEntry,
  AuditEntrySchema,
} from './auditEntry';
export { AuditChainProblem, type AuditVerification, AuditVerificationSchema } from './auditVerification';
export { type ChangeRules, ChangeRulesSchema } from './changeRules';
export {
  type DerivedConfiguration,
  DerivedConfigurationSchema,
  type DerivedOverrides,
  DerivedOverridesSchema,
  type SettingOverride,
  SettingOverrideSchema,
} from './derivedEntries';
export { processDocuments } from './documents';
export { type ElectionCalendar, ElectionCalendarSchema, ElectionKind } from './electionCalendar';
export {
  type AuthorityParty,
  AuthorityPartySchema,
  type GebiedsprocesAuthority,
  GebiedsprocesAuthoritySchema,
} from './gebiedsprocesAuthority';
export {
  type AgreementEntry,
  AgreementEntrySchema,
  type ChangeEntry,
  ChangeEntrySchema,
  type DecisionEntry,
  DecisionEntrySchema,
  type FrameworkAdditionEntry,
  FrameworkAdditionEntrySchema,
  type GebiedsprocesContext,
  GebiedsprocesContextSchema,
  type IjkmomentenSlice,
  IjkmomentenSliceSchema,
  type KnelpuntenSlice,
  KnelpuntenSliceSchema,
  type OpgaveAssessmentEntry,
  OpgaveAssessmentEntrySchema,
  type ProcessStatus,
  ProcessStatusSchema,
  type StepRecord,
  StepRecordSchema,
  type StepRound,
  StepRoundSchema,
  type StepStatus,
  StepStatusSchema,
  type SubmittedDocument,
  SubmittedDocumentSchema,
} from './gebiedsprocesContextSchema';
export { type GebiedsprocesSettings, GebiedsprocesSettingsSchema } from './gebiedsprocesSettings';
export {
  GEBIEDSPROCES_SNAPSHOT_VERSION,
  type GebiedsprocesSnapshot,
  GebiedsprocesSnapshotSchema,
} from './gebiedsprocesSnapshot';
export {
  type IjkmomentEvent,
  IjkmomentEventSchema,
  type IjkmomentHoldEvent,
  IjkmomentHoldEventSchema,
  type IjkmomentScheduleEvent,
  IjkmomentScheduleEventSchema,
} from './ijkmomenten/IjkmomentEvent';
export { type IjkmomentOccurrence, IjkmomentOccurrenceSchema } from './ijkmomenten/IjkmomentOccurrence';
export { type Knelpunt, KnelpuntSchema } from './knelpunten/Knelpunt';
export {
  type KnelpuntEscalationModel,
  KnelpuntEscalationModelSchema,
  type KnelpuntIntervention,
  KnelpuntInterventionSchema,
} from './knelpunten/KnelpuntEscalationModel';
export {
  type KnelpuntEscalateEvent,
  KnelpuntEscalateEventSchema,
  type KnelpuntEvent,
  KnelpuntEventSchema,
  type KnelpuntEventType,
  type KnelpuntPutOnAgendaEvent,
  KnelpuntPutOnAgendaEventSchema,
  type KnelpuntRecordOutcomeEvent,
  KnelpuntRecordOutcomeEventSchema,
  type KnelpuntStartMediationEvent,
  KnelpuntStartMediationEventSchema,
  type KnelpuntWithdrawEvent,
  KnelpuntWithdrawEventSchema,
} from './knelpunten/KnelpuntEvent';
export {
  INTERVENTION_LEVELS,
  type InterventionLevel,
  KnelpuntLevel,
  OPEN_KNELPUNT_LEVELS,
} from './knelpunten/KnelpuntLevel';
export { KnelpuntOutcomeResult } from './knelpunten/KnelpuntOutcomeResult';
export {
  type EscalationConfigureEvent,
  EscalationConfigureEventSchema,
  type ForKnelpunt,
  type KnelpuntProcessEvent,
  KnelpuntProcessEventSchema,
  type KnelpuntRaiseEvent,
  KnelpuntRaiseEventSchema,
} from './knelpunten/KnelpuntProcessEvent';
export {
  type KnelpuntInput,
  KnelpuntInputSchema,
  type KnelpuntLevelStay,
  KnelpuntLevelStaySchema,
  type KnelpuntOutcome,
  KnelpuntOutcomeSchema,
  type KnelpuntState,
  KnelpuntStateSchema,
} from './knelpunten/KnelpuntState';
export { type OverdueKnelpunt, OverdueKnelpuntSchema } from './knelpunten/OverdueKnelpunt';
export {
  type PackageDealQuality,
  PackageDealQualitySchema,
  type PackageDealRescoreInput,
  PackageDealRescoreInputSchema,
} from './knelpunten/PackageDealQuality';
export { type TimeLimit, TimeLimitSchema } from './knelpunten/TimeLimit';
export { type EvaluationDue, EvaluationDueSchema } from './monitoring/EvaluationDue';
export {
  type GoalTargetAdjustment,
  GoalTargetAdjustmentSchema,
  type GoalTargetHistory,
  GoalTargetHistorySchema,
} from './monitoring/GoalTargetHistory';
export { type HerijkingAdjustedTarget, HerijkingAdjustedTargetSchema } from './monitoring/HerijkingAdjustedTarget';
export { type HerijkingPart, HerijkingPartSchema } from './monitoring/HerijkingPart';
export {
  type EvaluationRecordEvent,
  EvaluationRecordEventSchema,
  type HerijkingCompleteEvent,
  HerijkingCompleteEventSchema,
  type HerijkingScheduleEvent,
  HerijkingScheduleEventSchema,
  type HerijkingStartEvent,
  HerijkingStartEventSchema,
  type IndicatorAgreeEvent,
  IndicatorAgreeEventSchema,
  type IndicatorMeasureEvent,
  IndicatorMeasureEventSchema,
  type LessonActionCompleteEvent,
  LessonActionCompleteEventSchema,
  type LessonActionRecordEvent,
  LessonActionRecordEventSchema,
  type LessonRecordEvent,
  LessonRecordEventSchema,
  MONITORING_EVENT_TYPES,
  type MonitoringConfigureEvent,
  MonitoringConfigureEventSchema,
  type MonitoringEvent,
  MonitoringEventSchema,
  type PblPublishEvent,
  PblPublishEventSchema,
} from './monitoring/MonitoringEvent';
export {
  type EvaluationRecord,
  EvaluationRecordSchema,
  type Herijking,
  type HerijkingOrigin,
  HerijkingOriginSchema,
  HerijkingSchema,
  type IndicatorAgreement,
  IndicatorAgreementSchema,
  type IndicatorReading,
  IndicatorReadingSchema,
  initialMonitoringState,
  type LessonSource,
  LessonSourceSchema,
  type MonitoringState,
  MonitoringStateSchema,
  type PblPublication,
  PblPublicationSchema,
  type ProcessLesson,
  type ProcessLessonAction,
  ProcessLessonActionSchema,
  ProcessLessonSchema,
} from './monitoring/MonitoringState';
export { PBL_CADENCE_MONTHS, PblSeries } from './monitoring/PblSeries';
export {
  type AgreementFulfilEvent,
  AgreementFulfilEventSchema,
  type AgreementRecordEvent,
  AgreementRecordEventSchema,
  type AssessmentRecordEvent,
  AssessmentRecordEventSchema,
  type ChangeMajorEvent,
  ChangeMajorEventSchema,
  type ChangeMinorEvent,
  ChangeMinorEventSchema,
  type ConsentRecordEvent,
  ConsentRecordEventSchema,
  type DecisionPlanEvent,
  DecisionPlanEventSchema,
  type DeliverableSubmitEvent,
  DeliverableSubmitEventSchema,
  FrameworkAdditionKind,
  type FrameworkExtendEvent,
  FrameworkExtendEventSchema,
  type OpgaveAssessEvent,
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
  type ProcessResumeEvent,
  ProcessResumeEventSchema,
  type ProcessStopEvent,
  ProcessStopEventSchema,
  type ProcessSuspendEvent,
  ProcessSuspendEventSchema,
  type StepCloseEvent,
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
export { type ReflectionContext, ReflectionContextSchema } from './reflectionContext';
export {
  type GebiedsprocesDesign,
  type ReflectionInput,
  ReflectionInputSchema,
  type StartnotitieDesign,
} from './reflectionInput';
export {
  type DelegationRegimeEvent,
  DelegationRegimeEventSchema,
  type RegimeApproveEvent,
  RegimeApproveEventSchema,
  type RegimeDeclareNoAgreementEvent,
  RegimeDeclareNoAgreementEventSchema,
  type RegimeInterveneEvent,
  RegimeInterveneEventSchema,
  type RegimeMunicipalPlanEvent,
  RegimeMunicipalPlanEventSchema,
  type RegimeRedraftEvent,
  RegimeRedraftEventSchema,
  type RegimeRejectEvent,
  RegimeRejectEventSchema,
  type RegimeSubmitVisionEvent,
  RegimeSubmitVisionEventSchema,
  type RegimeSubstituteEvent,
  RegimeSubstituteEventSchema,
} from './regimes/DelegationRegimeEvent';
export {
  type DelegationRegimeInput,
  DelegationRegimeInputSchema,
  type DelegationRegimeState,
  DelegationRegimeStateSchema,
  type RegimePlan,
  RegimePlanSchema,
  type RegimeVision,
  RegimeVisionSchema,
} from './regimes/DelegationRegimeState';
export { DelegationRegimeStatus } from './regimes/DelegationRegimeStatus';
export {
  type ForRegime,
  type RegimeProcessEvent,
  RegimeProcessEventSchema,
  type RegimeStartEvent,
  RegimeStartEventSchema,
} from './regimes/RegimeProcessEvent';
export { type Sha256Hex, Sha256HexSchema } from './sha256Hex';
export { type StepDefinition, StepDefinitionSchema } from './stepDefinition';
export { ConsentRule, type StepGate, StepGateSchema } from './stepGate';
export { RESERVED_STEP_IDS, type StepTemplate, StepTemplateSchema } from './stepTemplate';
export {
  TRACK_EVENT_TYPES,
  type TrackCompleteEvent,
  TrackCompleteEventSchema,
  type TrackDefineGoalEvent,
  TrackDefineGoalEventSchema,
  type TrackEvent,
  TrackEventSchema,
  type TrackRecordLessonEvent,
  TrackRecordLessonEventSchema,
  type TrackStartEvent,
  TrackStartEventSchema,
  type TrackStopEvent,
  TrackStopEventSchema,
} from './tracks/TrackEvent';
export {
  type LongTermGoal,
  LongTermGoalSchema,
  type ShortTermItem,
  ShortTermItemSchema,
  ShortTermKind,
  type TracksState,
  TracksStateSchema,
} from './tracks/TracksState';

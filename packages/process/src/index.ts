/**
 * `@gebiedsgericht/process`. See docs/process.md.
 *
 * @packageDocumentation
 */
export {
  type AreaProcess,
  type CreateAreaProcessInput,
  createAreaProcess,
  replayAreaProcess,
  replaySnapshot,
  restoreAreaProcess,
  type SendResult,
  type UntypedInput,
} from './api/createAreaProcess';
export {
  areaProcessMigrations,
  migrateAreaProcessSnapshot,
  type SnapshotMigration,
} from './api/migrateAreaProcessSnapshot';
// ── audit chain: hashes, verification, link check for stores, signed checkpoints ─────────────
export {
  AUDIT_CHECKPOINT_DOMAIN,
  auditPublicKey,
  checkpoint,
  signAuditCheckpoint,
  verifyAuditCheckpoint,
} from './audit/auditCheckpoint';
export { AUDIT_ENTRY_DOMAIN, AUDIT_GENESIS_HASH, auditEntryHash } from './audit/auditEntryHash';
export {
  AUDIT_CHAIN_START_TYPE,
  AUDIT_MIGRATION_ACTOR,
  chainAuditLogAtMigration,
} from './audit/chainAuditLogAtMigration';
export { type AuditHead, checkAuditLink } from './audit/checkAuditLink';
export { type VerifyAuditLogOptions, verifyAuditLog } from './audit/verifyAuditLog';
// ── boundary: validating wrappers of the building blocks (see docs/architecture.md) ───────────
// The machine, `reflect` and `dueItems` call the unvalidated originals; callers get these, which
// answer bad input with a GebiedsgerichtError before anything runs.
export {
  appendAudit,
  checkAreaProcessEvent,
  checkEvent,
  checkExtensionEvent,
  consentRequired,
  defaultReadBestRankedVariant,
  defaultReadChosenVariant,
  herijkingUnderway,
  initialAreaProcessContext,
  isExtensionEvent,
  machineOf,
  missingConsents,
  positionLabel,
  reduceAreaProcessEvent,
  reduceEvent,
  reduceExtensionEvent,
  stepOf,
} from './boundary/areaProcess';
export {
  checkIjkmomentProcessEvent,
  checkIjkmomentRecord,
  reduceIjkmomentProcessEvent,
} from './boundary/ijkmomenten';
export {
  applyKnelpuntEvent,
  checkKnelpuntProcessEvent,
  knelpuntActorId,
  knelpuntChildEvent,
  knelpuntInputOf,
  knelpuntTimeLimit,
  nextIntervention,
  planKnelpuntEvent,
  reduceKnelpuntProcessEvent,
} from './boundary/knelpunten';
export {
  checkMonitoringEvent,
  describeHerijkingPart,
  escalationOverdueChecker,
  evaluationDueChecker,
  herijkingTriggeredChecker,
  nextIjkmomentChecker,
  pblPublicationChecker,
  reduceMonitoringEvent,
  triggeredHerijkingId,
} from './boundary/monitoring';
export {
  compareFindings,
  comparePaths,
  defineReflectionRule,
  resolveFindingPath,
  severityRank,
  sortFindings,
} from './boundary/reflection';
export {
  applyRegimeEvent,
  checkRegimeProcessEvent,
  planRegimeEvent,
  reduceRegimeProcessEvent,
  regimeActorId,
  regimeChildEvent,
  regimeInputOf,
} from './boundary/regimes';
export { checkTrackEvent, reduceTrackEvent } from './boundary/tracks';
// ── end boundary ───────────────────────────────────────────────────────────────────────────────
export { areaProcessDiagram } from './diagram/areaProcessDiagram';
// ── ijkmomenten, knelpunten, regimes, monitoring and tracks ────────────────────────────────────
export {
  calendarDateOf,
  firstOccurrenceFrom,
  IJKMOMENT_EVENT_TYPES,
  type IjkmomentContext,
  type IjkmomentEvent,
  IjkmomentEventSchema,
  type IjkmomentenSlice,
  IjkmomentHoldEventSchema,
  type IjkmomentOccurrence,
  IjkmomentOccurrenceSchema,
  IjkmomentScheduleEventSchema,
  listIjkmomenten,
  type NextIjkmomenten,
  nextIjkmomenten,
  occurrenceOf,
  type PrepareIjkmomentInput,
  prepareIjkmoment,
} from './ijkmomenten';
export {
  EscalationConfigureEventSchema,
  INTERVENTION_LEVELS,
  type InterventionLevel,
  type InterventionTarget,
  initialKnelpuntState,
  KNELPUNT_PROCESS_EVENT_TYPES,
  type Knelpunt,
  KnelpuntEscalateEventSchema,
  type KnelpuntEscalationModel,
  KnelpuntEscalationModelSchema,
  type KnelpuntEvent,
  KnelpuntEventSchema,
  type KnelpuntEventType,
  type KnelpuntenSlice,
  type KnelpuntInput,
  KnelpuntInputSchema,
  type KnelpuntIntervention,
  KnelpuntInterventionSchema,
  KnelpuntLevel,
  type KnelpuntLevelStay,
  KnelpuntLevelStaySchema,
  type KnelpuntOutcome,
  KnelpuntOutcomeResult,
  KnelpuntOutcomeSchema,
  type KnelpuntPlan,
  type KnelpuntProcessEvent,
  KnelpuntProcessEventSchema,
  KnelpuntPutOnAgendaEventSchema,
  KnelpuntRaiseEventSchema,
  KnelpuntRecordOutcomeEventSchema,
  KnelpuntSchema,
  KnelpuntStartMediationEventSchema,
  type KnelpuntState,
  KnelpuntStateSchema,
  KnelpuntWithdrawEventSchema,
  knelpuntMachine,
  knelpuntModelFromStartnotitie,
  OPEN_KNELPUNT_LEVELS,
  type OverdueKnelpunt,
  OverdueKnelpuntSchema,
  overdueKnelpunten,
  type PackageDealQuality,
  PackageDealQualitySchema,
  type PackageDealRescoreInput,
  PackageDealRescoreInputSchema,
  rescorePackageDeal,
  type TimeLimit,
  TimeLimitSchema,
  toKnelpuntRecord,
} from './knelpunten';
export type {
  AreaProcessContext,
  ChangeEntry,
  Consent,
  Decision,
  DecisionEntry,
  ProcessStatus,
  StepRecord,
  StepRound,
  StepStatus,
  SubmittedDocument,
} from './machine/areaProcessContext';
export { AreaProcessContextSchema } from './machine/areaProcessContextSchema';
export type { AreaProcessDefinition } from './machine/checkEvent';
export {
  type AreaProcessInput,
  type AreaProcessMachine,
  createAreaProcessMachine,
  validateDefinition,
} from './machine/createAreaProcessMachine';
export {
  AREA_PROCESS_EVENT_TYPES,
  type AreaProcessEvent,
  EXTENSION_ACCEPTED_WHILE_SUSPENDED,
  EXTENSION_EVENT_TYPES,
  type ExtensionContext,
  type ExtensionEvent,
  type ExtensionHost,
  initialExtensionContext,
  parseAreaProcessEvent,
} from './machine/extensions';
export {
  type AreaProcessOptions,
  type DocumentRegistry,
  type ResolvedAreaProcessOptions,
  resolveOptions,
} from './machine/processOptions';
export { processMessages } from './messages';
export {
  applyMonitoringEvent,
  type EvaluationDue,
  EvaluationDueSchema,
  type EvaluationRecord,
  EvaluationRecordEventSchema,
  EvaluationRecordSchema,
  ExtensionDueKind,
  evaluationDue,
  expectedPblEditions,
  extensionDueCheckers,
  type Herijking,
  HerijkingCompleteEventSchema,
  type HerijkingOrigin,
  HerijkingOriginSchema,
  type HerijkingPart,
  HerijkingPartSchema,
  HerijkingScheduleEventSchema,
  HerijkingSchema,
  HerijkingStartEventSchema,
  IndicatorAgreeEventSchema,
  type IndicatorAgreement,
  IndicatorAgreementSchema,
  IndicatorMeasureEventSchema,
  type IndicatorReading,
  IndicatorReadingSchema,
  initialMonitoringState,
  type Lesson,
  type LessonAction,
  LessonActionCompleteEventSchema,
  LessonActionRecordEventSchema,
  LessonActionSchema,
  LessonRecordEventSchema,
  LessonSchema,
  type LessonSource,
  LessonSourceSchema,
  lessonsWithoutAction,
  MONITORING_EVENT_TYPES,
  MonitoringConfigureEventSchema,
  type MonitoringEvent,
  MonitoringEventSchema,
  type MonitoringPosition,
  type MonitoringState,
  MonitoringStateSchema,
  PBL_CADENCE_MONTHS,
  type PblPublication,
  PblPublicationSchema,
  PblPublishEventSchema,
  PblSeries,
  pblPublicationsCallingForEvaluation,
  triggeredHerijkingen,
} from './monitoring';
export { type CurrentPosition, currentPosition } from './queries/currentPosition';
export { type DecisionsAndConsents, decisionsAndConsents, type StepConsents } from './queries/decisionsAndConsents';
export { defaultElectionCalendar } from './queries/defaultElectionCalendar';
export { type DeliverableLine, type DeliverableStatus, deliverableStatus } from './queries/deliverableStatus';
export {
  type DueChecker,
  type DueItem,
  type DueItemsOptions,
  DueKind,
  dueCheckers,
  dueItems,
} from './queries/dueItems';
export {
  type ConsentSource,
  type EffectiveStepSettings,
  effectiveSettings,
  type TimeboxSource,
} from './queries/effectiveSettings';
export { type ProgressSummary, progressSummary } from './queries/progressSummary';
export {
  type ProvincialRollup,
  provincialRollup,
  type RollupAreaLine,
  type RollupOpgave,
} from './queries/provincialRollup';
// ── reflection: the reflection check against the handreiking (see docs/reflection.md) ─────────
export {
  type Finding,
  FindingSchema,
  FindingSeverity,
  type HandreikingSection,
  HandreikingSectionSchema,
  type ReflectionContext,
  ReflectionContextSchema,
  ReflectionDocumentKind,
  type ReflectionInput,
  ReflectionInputSchema,
  type ReflectionReport,
  ReflectionReportSchema,
  type ReflectionRule,
  type ReflectionRuleDefinition,
  type ReflectOptions,
  type RuleHit,
  reflect,
  reflectionRules,
} from './reflection/index';
export {
  type DelegationRegimeEvent,
  DelegationRegimeEventSchema,
  type DelegationRegimeInput,
  DelegationRegimeInputSchema,
  type DelegationRegimeState,
  DelegationRegimeStateSchema,
  DelegationRegimeStatus,
  delegationRegimeMachine,
  initialRegimeState,
  REGIME_PROCESS_EVENT_TYPES,
  RegimeApproveEventSchema,
  RegimeDeclareNoAgreementEventSchema,
  RegimeInterveneEventSchema,
  RegimeMunicipalPlanEventSchema,
  type RegimePlan,
  type RegimePlanResult,
  RegimePlanSchema,
  type RegimeProcessEvent,
  RegimeProcessEventSchema,
  RegimeRedraftEventSchema,
  RegimeRejectEventSchema,
  RegimeStartEventSchema,
  RegimeSubmitVisionEventSchema,
  RegimeSubstituteEventSchema,
  type RegimesSlice,
  type RegimeVision,
  RegimeVisionSchema,
} from './regimes';
export { settingsFromStartnotitie } from './settings/settingsFromStartnotitie';
export { defaultStepTemplate } from './templates/defaultStepTemplate';
export { rivierenlandStepTemplate } from './templates/rivierenlandStepTemplate';
export {
  applyTrackEvent,
  type LongTermGoal,
  LongTermGoalSchema,
  type ShortTermItem,
  ShortTermItemSchema,
  ShortTermKind,
  shortTermByGoal,
  TRACK_EVENT_TYPES,
  TrackCompleteEventSchema,
  TrackDefineGoalEventSchema,
  type TrackEvent,
  TrackEventSchema,
  TrackRecordLessonEventSchema,
  TrackStartEventSchema,
  TrackStopEventSchema,
  type TracksAndLessons,
  type TracksState,
  TracksStateSchema,
} from './tracks';
// ── end reflection ─────────────────────────────────────────────────────────────────────────────

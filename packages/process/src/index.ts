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
} from './api/createAreaProcess';
export {
  areaProcessMigrations,
  migrateAreaProcessSnapshot,
  type SnapshotMigration,
} from './api/migrateAreaProcessSnapshot';
export { areaProcessDiagram } from './diagram/areaProcessDiagram';
export {
  type AreaProcessContext,
  type ChangeEntry,
  type Consent,
  type Decision,
  type DecisionEntry,
  initialAreaProcessContext,
  type ProcessStatus,
  positionLabel,
  type StepRecord,
  type StepRound,
  type StepStatus,
  type SubmittedDocument,
} from './machine/areaProcessContext';
export { type AreaProcessDefinition, checkEvent, consentRequired, missingConsents, stepOf } from './machine/checkEvent';
export {
  type AreaProcessInput,
  type AreaProcessMachine,
  createAreaProcessMachine,
  machineOf,
  validateDefinition,
} from './machine/createAreaProcessMachine';
export {
  type AreaProcessOptions,
  type DocumentRegistry,
  defaultReadBestRankedVariant,
  defaultReadChosenVariant,
  type ResolvedAreaProcessOptions,
  resolveOptions,
} from './machine/processOptions';
export { appendAudit, reduceEvent } from './machine/reduceEvent';
export { processMessages } from './messages';
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
export { type ProgressSummary, progressSummary } from './queries/progressSummary';
export {
  type ProvincialRollup,
  provincialRollup,
  type RollupAreaLine,
  type RollupOpgave,
} from './queries/provincialRollup';
// ── process-6: exports of ijkmomenten, knelpunten, regimes, monitoring and tracks ──────────────
// ── end process-6 ──────────────────────────────────────────────────────────────────────────────
// ── reflection: the reflection check against the handreiking (see docs/reflection.md) ─────────
export {
  compareFindings,
  comparePaths,
  defineReflectionRule,
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
  resolveFindingPath,
  severityRank,
  sortFindings,
} from './reflection/index';
export { settingsFromStartnotitie } from './settings/settingsFromStartnotitie';
export { defaultStepTemplate } from './templates/defaultStepTemplate';
export { rivierenlandStepTemplate } from './templates/rivierenlandStepTemplate';
// ── end reflection ─────────────────────────────────────────────────────────────────────────────

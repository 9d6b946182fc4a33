/**
 * `@gebiedsgericht/process`: the area process (gebiedsproces) as a machine you create, restore and
 * replay, with its queries, the reflection check, templates, settings and the diagram. The shapes
 * (context, snapshot, events of the steps) are `@gebiedsgericht/core`'s. Every function here
 * validates its own input and answers bad input with a `GebiedsgerichtError`. The XState machine
 * and actor are in `@gebiedsgericht/process/xstate`. See docs/process.md; docs/architecture.md lists
 * this public API.
 *
 * @packageDocumentation
 */
// ── create, restore, replay; send and check ──────────────────────────────────────────────────
export {
  type CreateGebiedsprocesInput,
  createGebiedsproces,
  type RunningGebiedsproces,
  replayGebiedsproces,
  replaySnapshot,
  restoreGebiedsproces,
  restoreTrustedGebiedsproces,
  type SendOptions,
  type SendResult,
  type UntypedInput,
} from './api/createGebiedsproces';
export { migrateGebiedsprocesSnapshot, type SnapshotMigration } from './api/migrateGebiedsprocesSnapshot';
// ── the audit chain: hashes, verification, link check for stores, signed checkpoints ──────────
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
export { type AuditHead, rejectionOfAuditLink } from './audit/rejectionOfAuditLink';
export { type VerifyAuditLogOptions, verifyAuditLog } from './audit/verifyAuditLog';
// ── the diagram ──────────────────────────────────────────────────────────────────────────────
export { gebiedsprocesDiagram } from './diagram/gebiedsprocesDiagram';
// ── ijkmomenten, knelpunten, monitoring and tracks: queries and helpers over their state ──────
export { listIjkmomenten } from './ijkmomenten/listIjkmomenten';
export { type NextIjkmomenten, nextIjkmomenten } from './ijkmomenten/nextIjkmomenten';
export { type PrepareIjkmomentInput, prepareIjkmoment } from './ijkmomenten/prepareIjkmoment';
export type { InterventionTarget } from './knelpunten/applyKnelpuntEvent';
export { knelpuntModelFromStartnotitie } from './knelpunten/knelpuntModelFromStartnotitie';
export { overdueKnelpunten } from './knelpunten/overdueKnelpunten';
export { rescorePackageDeal } from './knelpunten/rescorePackageDeal';
export { toKnelpuntRecord } from './knelpunten/toKnelpuntRecord';
export {
  type ExtensionEvent,
  GEBIEDSPROCES_EVENT_TYPES,
  type GebiedsprocesEvent,
  parseGebiedsprocesEvent,
} from './machine/extensions';
export type { DocumentRegistry, GebiedsprocesOptions, ResolvedGebiedsprocesOptions } from './machine/processOptions';
// ── the machine, its events and options ──────────────────────────────────────────────────────
export type { GebiedsprocesDefinition } from './machine/rejectionOfEvent';
export { type RejectedEvent, type TransitionResult, transition } from './machine/transition';
export { processMessages } from './messages';
export {
  evaluationDue,
  lessonsWithoutAction,
  triggeredHerijkingen,
} from './monitoring/monitoringDue';
// ── queries over a snapshot ──────────────────────────────────────────────────────────────────
export { type CurrentPosition, currentPosition } from './queries/currentPosition';
export { type DecisionsAndConsents, decisionsAndConsents, type StepConsents } from './queries/decisionsAndConsents';
export { defaultElectionCalendar } from './queries/defaultElectionCalendar';
export { type DeliverableLine, type DeliverableStatus, deliverableStatus } from './queries/deliverableStatus';
export { type DueItem, type DueItemsOptions, DueKind, dueItems } from './queries/dueItems';
export {
  type ConsentSource,
  type EffectiveStepSettings,
  effectiveSettings,
  type TimeboxSource,
} from './queries/effectiveSettings';
export { goalTargets } from './queries/goalTargets';
export { nextIntervention } from './queries/nextIntervention';
export { type ProgressSummary, progressSummary } from './queries/progressSummary';
export {
  type ProvincialRollup,
  provincialRollup,
  type RollupAreaLine,
  type RollupOpgave,
} from './queries/provincialRollup';
// ── the reflection check and rule authoring (see docs/reflection.md) ───────────────────────────
export { type ReflectOptions, reflect } from './reflection/reflect';
export {
  defineReflectionRule,
  type ReflectionRule,
  type ReflectionRuleDefinition,
  type RuleHit,
} from './reflection/reflectionRule';
export { reflectionRules } from './reflection/rules/index';
// ── settings and templates ───────────────────────────────────────────────────────────────────
export { settingsFromStartnotitie } from './settings/settingsFromStartnotitie';
export { defaultStepTemplate } from './templates/defaultStepTemplate';
export { rivierenlandStepTemplate } from './templates/rivierenlandStepTemplate';
export { shortTermByGoal } from './tracks/applyTrackEvent';

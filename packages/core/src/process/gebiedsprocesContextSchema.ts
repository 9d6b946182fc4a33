import * as z from 'zod';
import { ConsentSchema } from '../decisions/consent';
import { DecisionSchema } from '../decisions/decision';
import {
  NonEmptyStringSchema,
  NonNegativeIntSchema,
  OptionalIdSchema,
  OptionalIsoDateSchema,
  OptionalIsoDateTimeSchema,
  OptionalNonEmptyStringSchema,
  PositiveIntSchema,
} from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema, safeRecord } from '../primitives/id';
import { IsoDateTimeSchema } from '../primitives/isoDate';
import { LabelSchema } from '../primitives/labels';
import { IjkmomentRecordSchema } from '../records/ijkmomentRecord';
import { IjkmomentScheduleSchema } from '../startnotitie/ijkmomentSchedule';
import { AuditEntrySchema } from './auditEntry';
import { KnelpuntEscalationModelSchema } from './knelpunten/KnelpuntEscalationModel';
import { KnelpuntStateSchema } from './knelpunten/KnelpuntState';
import { MonitoringStateSchema } from './monitoring/MonitoringState';
import {
  FrameworkAdditionKind,
  OpgaveAssessmentSchema,
  PlannedDecisionSchema,
  ProcessAgreementSchema,
  ProcessChangeSchema,
} from './processEvent';
import { DelegationRegimeStateSchema } from './regimes/DelegationRegimeState';
import { TracksStateSchema } from './tracks/TracksState';

/**
 * Where a step stands: not yet started; open (the current step, first round); closed (its latest
 * round closed by decision); reopened (the current step again, after a major change reopened it
 * or an earlier step); interrupted (it was open when a major change took the process back to an
 * earlier step; its work is kept and must be reviewed).
 */
export const StepStatusSchema = z.enum(['not_started', 'open', 'closed', 'reopened', 'interrupted']);
/** Where a step stands (see {@link StepStatusSchema}). */
export type StepStatus = z.infer<typeof StepStatusSchema>;

/** A document handed in for a step, with who handed it in and when. */
export const SubmittedDocumentSchema = strictObject({
  document: z.record(z.string(), z.unknown()),
  submittedAt: IsoDateTimeSchema,
  submittedBy: IdSchema,
});
/** A document handed in for a step, with who handed it in and when. */
export interface SubmittedDocument extends z.output<typeof SubmittedDocumentSchema> {}

/** One earlier round of a step that was closed and later reopened: kept, never thrown away. */
export const StepRoundSchema = strictObject({
  round: PositiveIntSchema,
  openedAt: IsoDateTimeSchema,
  closedAt: IsoDateTimeSchema,
  decision: DecisionSchema,
  consents: z.array(ConsentSchema),
  deliverable: SubmittedDocumentSchema.optional(),
});
/** One earlier round of a step that was closed and later reopened. */
export interface StepRound extends z.output<typeof StepRoundSchema> {}

/** Everything the process knows about one step of the template. */
export const StepRecordSchema = strictObject({
  stepId: IdSchema,
  status: StepStatusSchema,
  /** How often the step has been opened (0 before it starts). */
  round: NonNegativeIntSchema,
  openedAt: OptionalIsoDateTimeSchema,
  closedAt: OptionalIsoDateTimeSchema,
  deliverable: SubmittedDocumentSchema.optional(),
  assessment: SubmittedDocumentSchema.optional(),
  decision: DecisionSchema.optional(),
  /** The consents of the current round, one per medeoverheid (the latest counts). */
  consents: z.array(ConsentSchema),
  /** Set when an earlier step was reopened: the deliverable is kept but must be reviewed. */
  needsReview: strictObject({ since: IsoDateTimeSchema, changeId: IdSchema }).optional(),
  history: z.array(StepRoundSchema),
});
/** Everything the process knows about one step of the template. */
export interface StepRecord extends z.output<typeof StepRecordSchema> {}

/** A decision with the event that carried it. */
export const DecisionEntrySchema = strictObject({
  eventType: NonEmptyStringSchema,
  stepId: OptionalIdSchema,
  decision: DecisionSchema,
});
/** A decision with the event that carried it. */
export interface DecisionEntry extends z.output<typeof DecisionEntrySchema> {}

/** A recorded change: minor, major (with the step it reopened) or an addition to the afwegingskader. */
export const ChangeEntrySchema = strictObject({
  kind: z.enum(['minor', 'major', 'framework']),
  timestamp: IsoDateTimeSchema,
  actor: IdSchema,
  change: ProcessChangeSchema,
  reopenedStepId: OptionalIdSchema,
  decisionId: OptionalIdSchema,
  motivation: OptionalNonEmptyStringSchema,
});
/** A recorded change: minor, major or an addition to the afwegingskader. */
export interface ChangeEntry extends z.output<typeof ChangeEntrySchema> {}

/** A criterion or norm added to the afwegingskader after step 2, with the decision that added it. */
export const FrameworkAdditionEntrySchema = strictObject({
  kind: FrameworkAdditionKind.schema,
  id: IdSchema,
  label: LabelSchema,
  addedAt: IsoDateTimeSchema,
  decisionId: IdSchema,
  description: OptionalNonEmptyStringSchema,
});
/** A criterion or norm added to the afwegingskader after step 2. */
export interface FrameworkAdditionEntry extends z.output<typeof FrameworkAdditionEntrySchema> {}

/** An agreement being followed up, with the date it was fulfilled once it is. */
export const AgreementEntrySchema = ProcessAgreementSchema.extend({
  recordedAt: IsoDateTimeSchema,
  fulfilledOn: OptionalIsoDateSchema,
});
/** An agreement being followed up, with the date it was fulfilled once it is. */
export interface AgreementEntry extends z.output<typeof AgreementEntrySchema> {}

/** An opgave verdict with when it was recorded. */
export const OpgaveAssessmentEntrySchema = OpgaveAssessmentSchema.extend({ recordedAt: IsoDateTimeSchema });
/** An opgave verdict with when it was recorded. */
export interface OpgaveAssessmentEntry extends z.output<typeof OpgaveAssessmentEntrySchema> {}

/** Where the steps region stands: running in a step or in monitoring, suspended, or stopped. */
export const ProcessStatusSchema = z.enum(['running', 'suspended', 'stopped']);
/** Where the steps region stands: running, suspended or stopped. */
export type ProcessStatus = z.infer<typeof ProcessStatusSchema>;

/** The knelpunten slice: the escalation model agreed in the startnotitie and every knelpunt by id. */
export const KnelpuntenSliceSchema = strictObject({
  model: KnelpuntEscalationModelSchema.optional(),
  items: safeRecord(KnelpuntStateSchema),
});
/** The knelpunten slice of the context. */
export interface KnelpuntenSlice extends z.output<typeof KnelpuntenSliceSchema> {}

/** The ijkmomenten slice: the schedule agreed in the startnotitie and every ijkmoment held. */
export const IjkmomentenSliceSchema = strictObject({
  schedule: IjkmomentScheduleSchema.optional(),
  held: z.array(IjkmomentRecordSchema),
});
/** The ijkmomenten slice of the context. */
export interface IjkmomentenSlice extends z.output<typeof IjkmomentenSliceSchema> {}

/**
 * The context of an area process as plain JSON: where it stands, every step record, the
 * decisions, changes, agreements and verdicts, the audit log, and the slices of knelpunten,
 * regimes, ijkmomenten, monitoring and tracks. A persisted snapshot holds exactly this; restoring
 * validates it with this schema, and the state of the machine is derived from it.
 *
 * @example
 * GebiedsprocesContextSchema.parse(process.context());
 * @see handreiking §2.3 (knelpunten); bijlage 1, onderdeel 2 (stappen)
 */
export const GebiedsprocesContextSchema = strictObject({
  status: ProcessStatusSchema,
  /** The current step id, or `monitoring` after the last step closed. */
  position: NonEmptyStringSchema,
  steps: safeRecord(StepRecordSchema),
  decisions: z.array(DecisionEntrySchema),
  changes: z.array(ChangeEntrySchema),
  frameworkAdditions: z.array(FrameworkAdditionEntrySchema),
  plannedDecisions: z.array(PlannedDecisionSchema),
  agreements: z.array(AgreementEntrySchema),
  opgaveAssessments: z.array(OpgaveAssessmentEntrySchema),
  auditLog: z.array(AuditEntrySchema),
  /** When the process started (the first step opened). */
  startedAt: IsoDateTimeSchema,
  /** The timestamp of the last accepted event (events may not go back in time). */
  lastEventAt: OptionalIsoDateTimeSchema,
  knelpunten: KnelpuntenSliceSchema,
  regimes: safeRecord(DelegationRegimeStateSchema),
  ijkmomenten: IjkmomentenSliceSchema,
  monitoring: MonitoringStateSchema,
  tracks: TracksStateSchema,
});
/** The context of an area process: plain JSON, validated by {@link GebiedsprocesContextSchema} on restore. */
export interface GebiedsprocesContext extends z.output<typeof GebiedsprocesContextSchema> {}

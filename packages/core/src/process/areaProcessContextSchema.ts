import {
  AuditEntrySchema,
  ConsentSchema,
  DecisionSchema,
  FrameworkAdditionKind,
  IdSchema,
  IjkmomentRecordSchema,
  IjkmomentScheduleSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  LabelSchema,
  OpgaveAssessmentSchema,
  PlannedDecisionSchema,
  ProcessAgreementSchema,
  ProcessChangeSchema,
  safeRecord,
} from '@gebiedsgericht/core';
import * as z from 'zod';
import { KnelpuntEscalationModelSchema } from '../knelpunten/KnelpuntEscalationModel';
import { KnelpuntStateSchema } from '../knelpunten/KnelpuntState';
import { MonitoringStateSchema } from '../monitoring/MonitoringState';
import { DelegationRegimeStateSchema } from '../regimes/DelegationRegimeState';
import { TracksStateSchema } from '../tracks/TracksState';

/**
 * Where a step stands: not yet started; open (the current step, first round); closed (its latest
 * round closed by decision); reopened (the current step again, after a major change reopened it
 * or an earlier step); interrupted (it was open when a major change took the process back to an
 * earlier step; its work is kept and must be reviewed).
 */
export const StepStatusSchema = z.enum(['not_started', 'open', 'closed', 'reopened', 'interrupted']);

/** A document handed in for a step, with who handed it in and when. */
export const SubmittedDocumentSchema = z.strictObject({
  document: z.record(z.string(), z.unknown()),
  submittedAt: IsoDateTimeSchema,
  submittedBy: IdSchema,
});

/** One earlier round of a step that was closed and later reopened: kept, never thrown away. */
export const StepRoundSchema = z.strictObject({
  round: z.number().int().positive(),
  openedAt: IsoDateTimeSchema,
  closedAt: IsoDateTimeSchema,
  decision: DecisionSchema,
  consents: z.array(ConsentSchema),
  deliverable: SubmittedDocumentSchema.optional(),
});

/** Everything the process knows about one step of the template. */
export const StepRecordSchema = z.strictObject({
  stepId: IdSchema,
  status: StepStatusSchema,
  /** How often the step has been opened (0 before it starts). */
  round: z.number().int().nonnegative(),
  openedAt: IsoDateTimeSchema.optional(),
  closedAt: IsoDateTimeSchema.optional(),
  deliverable: SubmittedDocumentSchema.optional(),
  assessment: SubmittedDocumentSchema.optional(),
  decision: DecisionSchema.optional(),
  /** The consents of the current round, one per medeoverheid (the latest counts). */
  consents: z.array(ConsentSchema),
  /** Set when an earlier step was reopened: the deliverable is kept but must be reviewed. */
  needsReview: z.strictObject({ since: IsoDateTimeSchema, changeId: IdSchema }).optional(),
  history: z.array(StepRoundSchema),
});

/** A decision with the event that carried it. */
export const DecisionEntrySchema = z.strictObject({
  eventType: z.string().min(1),
  stepId: IdSchema.optional(),
  decision: DecisionSchema,
});

/** A recorded change: minor, major (with the step it reopened) or an addition to the afwegingskader. */
export const ChangeEntrySchema = z.strictObject({
  kind: z.enum(['minor', 'major', 'framework']),
  timestamp: IsoDateTimeSchema,
  actor: IdSchema,
  change: ProcessChangeSchema,
  reopenedStepId: IdSchema.optional(),
  decisionId: IdSchema.optional(),
  motivation: z.string().min(1).optional(),
});

/** A criterion or norm added to the afwegingskader after step 2, with the decision that added it. */
export const FrameworkAdditionEntrySchema = z.strictObject({
  kind: FrameworkAdditionKind.schema,
  id: IdSchema,
  label: LabelSchema,
  addedAt: IsoDateTimeSchema,
  decisionId: IdSchema,
  description: z.string().min(1).optional(),
});

/** An agreement being followed up, with the date it was fulfilled once it is. */
export const AgreementEntrySchema = ProcessAgreementSchema.extend({
  recordedAt: IsoDateTimeSchema,
  fulfilledOn: IsoDateSchema.optional(),
});

/** An opgave verdict with when it was recorded. */
export const OpgaveAssessmentEntrySchema = OpgaveAssessmentSchema.extend({ recordedAt: IsoDateTimeSchema });

/** Where the steps region stands: running in a step or in monitoring, suspended, or stopped. */
export const ProcessStatusSchema = z.enum(['running', 'suspended', 'stopped']);

/** The knelpunten slice: the escalation model agreed in the startnotitie and every knelpunt by id. */
export const KnelpuntenSliceSchema = z.strictObject({
  model: KnelpuntEscalationModelSchema.optional(),
  items: safeRecord(KnelpuntStateSchema),
});

/** The ijkmomenten slice: the schedule agreed in the startnotitie and every ijkmoment held. */
export const IjkmomentenSliceSchema = z.strictObject({
  schedule: IjkmomentScheduleSchema.optional(),
  held: z.array(IjkmomentRecordSchema),
});

/**
 * The context of an area process as plain JSON: where it stands, every step record, the
 * decisions, changes, agreements and verdicts, the audit log, and the slices of knelpunten,
 * regimes, ijkmomenten, monitoring and tracks. A persisted snapshot holds exactly this; restoring
 * validates it with this schema, and the state of the machine is derived from it.
 *
 * @example
 * AreaProcessContextSchema.parse(process.context());
 * @see handreiking §2.3 (knelpunten); bijlage 1, onderdeel 2 (stappen)
 */
export const AreaProcessContextSchema = z.strictObject({
  status: ProcessStatusSchema,
  /** The current step id, or `monitoring` after the last step closed. */
  position: z.string().min(1),
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
  lastEventAt: IsoDateTimeSchema.optional(),
  knelpunten: KnelpuntenSliceSchema,
  regimes: safeRecord(DelegationRegimeStateSchema),
  ijkmomenten: IjkmomentenSliceSchema,
  monitoring: MonitoringStateSchema,
  tracks: TracksStateSchema,
});

import * as z from 'zod';
import { PlacementSchema } from '../area/placement';
import { ConsentSchema } from '../decisions/consent';
import { DecisionSchema } from '../decisions/decision';
import {
  IdListSchema,
  NonEmptyIdListSchema,
  NonEmptyStringSchema,
  OptionalIdSchema,
  OptionalNonEmptyStringSchema,
  OptionalTextSchema,
} from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema, IsoDateTimeSchema } from '../primitives/isoDate';
import { LabelSchema, labelledEnum } from '../primitives/labels';
import { TextSchema } from '../primitives/text';
import { ProcessRole } from './processRole';

/**
 * The fields every process event carries: when it happened (the machine never reads the clock),
 * who did it, from which role, and optionally why.
 *
 * @example
 * ProcessEventMetaSchema.parse({ timestamp: '2026-03-02T10:00:00+01:00', actor: 'regisseur-zuidmark', role: 'regisseur' });
 * @see handreiking §2.3 ("wees altijd helder over wanneer u vanuit welke rol acteert")
 */
export const ProcessEventMetaSchema = strictObject({
  timestamp: IsoDateTimeSchema,
  actor: IdSchema,
  role: ProcessRole.schema,
  motivation: OptionalTextSchema,
});
/** The fields every process event carries. */
export interface ProcessEventMeta extends z.output<typeof ProcessEventMetaSchema> {}

const meta = ProcessEventMetaSchema.shape;
/** A document as plain JSON; the machine validates it with the registered schema the template names. */
const DocumentPayloadSchema = z.record(z.string(), z.unknown());

/** Submits the deliverable of a step (validated against the step's registered document type). */
export const DeliverableSubmitEventSchema = strictObject({
  type: z.literal('deliverable.submit'),
  ...meta,
  stepId: IdSchema,
  document: DocumentPayloadSchema,
});
/** A `deliverable.submit` event (see {@link DeliverableSubmitEventSchema}). */
export interface DeliverableSubmitEvent extends z.output<typeof DeliverableSubmitEventSchema> {}
/** Records the assessment of the variants for a step that chooses (step 4 by default). */
export const AssessmentRecordEventSchema = strictObject({
  type: z.literal('assessment.record'),
  ...meta,
  stepId: IdSchema,
  document: DocumentPayloadSchema,
});
/** A `assessment.record` event (see {@link AssessmentRecordEventSchema}). */
export interface AssessmentRecordEvent extends z.output<typeof AssessmentRecordEventSchema> {}
/** Records the consent (or rejection) of one medeoverheid for a step. */
export const ConsentRecordEventSchema = strictObject({
  type: z.literal('consent.record'),
  ...meta,
  stepId: IdSchema,
  consent: ConsentSchema,
});
/** A `consent.record` event (see {@link ConsentRecordEventSchema}). */
export interface ConsentRecordEvent extends z.output<typeof ConsentRecordEventSchema> {}
/**
 * Closes the current step by decision; the gate rules of the step must be met. In a step that
 * chooses a variant, `deviationMotivation` explains a choice that departs from the best-ranked
 * variant of the assessment.
 */
export const StepCloseEventSchema = strictObject({
  type: z.literal('step.close'),
  ...meta,
  stepId: IdSchema,
  decision: DecisionSchema,
  deviationMotivation: OptionalNonEmptyStringSchema,
});
/** A `step.close` event (see {@link StepCloseEventSchema}). */
export interface StepCloseEvent extends z.output<typeof StepCloseEventSchema> {}
/** Suspends the process by decision; it resumes where it was. */
export const ProcessSuspendEventSchema = strictObject({
  type: z.literal('process.suspend'),
  ...meta,
  decision: DecisionSchema,
});
/** A `process.suspend` event (see {@link ProcessSuspendEventSchema}). */
export interface ProcessSuspendEvent extends z.output<typeof ProcessSuspendEventSchema> {}
/** Resumes a suspended process by decision. */
export const ProcessResumeEventSchema = strictObject({
  type: z.literal('process.resume'),
  ...meta,
  decision: DecisionSchema,
});
/** A `process.resume` event (see {@link ProcessResumeEventSchema}). */
export interface ProcessResumeEvent extends z.output<typeof ProcessResumeEventSchema> {}
/** Stops the process by decision. A stopped process accepts no further events. */
export const ProcessStopEventSchema = strictObject({
  type: z.literal('process.stop'),
  ...meta,
  decision: DecisionSchema,
});
/** A `process.stop` event (see {@link ProcessStopEventSchema}). */
export interface ProcessStopEvent extends z.output<typeof ProcessStopEventSchema> {}

/** A change to the process or its products, as the change rules of the startnotitie describe it. */
export const ProcessChangeSchema = strictObject({
  id: IdSchema,
  description: TextSchema,
  stepIds: IdListSchema.optional(),
});
/** A change to the process or its products. */
export interface ProcessChange extends z.output<typeof ProcessChangeSchema> {}

/** Records a minor change; nothing is reopened. */
export const ChangeMinorEventSchema = strictObject({
  type: z.literal('change.minor'),
  ...meta,
  change: ProcessChangeSchema,
});
/** A `change.minor` event (see {@link ChangeMinorEventSchema}). */
export interface ChangeMinorEvent extends z.output<typeof ChangeMinorEventSchema> {}
/**
 * Records a major change that reopens an earlier, closed step, approved by the parties the change
 * rules name and motivated by a decision. Later deliverables are marked for review, not discarded.
 */
export const ChangeMajorEventSchema = strictObject({
  type: z.literal('change.major'),
  ...meta,
  change: ProcessChangeSchema,
  reopenStepId: IdSchema,
  approvedBy: NonEmptyIdListSchema,
  decision: DecisionSchema,
});
/** A `change.major` event (see {@link ChangeMajorEventSchema}). */
export interface ChangeMajorEvent extends z.output<typeof ChangeMajorEventSchema> {}

/**
 * What is added to the afwegingskader later: a criterion or a norm.
 *
 * @example
 * FrameworkAdditionKind.label('norm', 'en'); // 'Norm'
 * @see handreiking bijlage 1, onderdeel 2 (stap 2)
 */
export const FrameworkAdditionKind = labelledEnum({
  criterion: { nl: 'Criterium', en: 'Criterion' },
  norm: { nl: 'Norm', en: 'Norm' },
});
/** One of the {@link FrameworkAdditionKind} values. */
export type FrameworkAdditionKind = (typeof FrameworkAdditionKind)['values'][number];

/**
 * Adds a criterion or norm to the afwegingskader after step 2 closed: an approved change that is
 * scored on its own and never reopens a closed step.
 */
export const FrameworkExtendEventSchema = strictObject({
  type: z.literal('framework.extend'),
  ...meta,
  addition: strictObject({
    kind: FrameworkAdditionKind.schema,
    id: IdSchema,
    label: LabelSchema,
    description: OptionalTextSchema,
  }),
  approvedBy: IdListSchema.optional(),
  decision: DecisionSchema,
});
/** A `framework.extend` event (see {@link FrameworkExtendEventSchema}). */
export interface FrameworkExtendEvent extends z.output<typeof FrameworkExtendEventSchema> {}

/** A decision that a body plans to take (used to warn when it falls close to an election). */
export const PlannedDecisionSchema = strictObject({
  id: IdSchema,
  partyId: IdSchema,
  body: NonEmptyStringSchema,
  subject: NonEmptyStringSchema,
  plannedDate: IsoDateSchema,
  stepId: OptionalIdSchema,
});
/** A decision that a body plans to take. */
export interface PlannedDecision extends z.output<typeof PlannedDecisionSchema> {}

/** Puts a planned decision on the process calendar. */
export const DecisionPlanEventSchema = strictObject({
  type: z.literal('decision.plan'),
  ...meta,
  plannedDecision: PlannedDecisionSchema,
});
/** A `decision.plan` event (see {@link DecisionPlanEventSchema}). */
export interface DecisionPlanEvent extends z.output<typeof DecisionPlanEventSchema> {}

/** An agreement (afspraak) with a party and a due date, followed up by the process. */
export const ProcessAgreementSchema = strictObject({
  id: IdSchema,
  partyId: IdSchema,
  description: TextSchema,
  dueDate: IsoDateSchema,
  stepId: OptionalIdSchema,
});
/** An agreement with a party and a due date. */
export interface ProcessAgreement extends z.output<typeof ProcessAgreementSchema> {}

/** Records an agreement to follow up. */
export const AgreementRecordEventSchema = strictObject({
  type: z.literal('agreement.record'),
  ...meta,
  agreement: ProcessAgreementSchema,
});
/** A `agreement.record` event (see {@link AgreementRecordEventSchema}). */
export interface AgreementRecordEvent extends z.output<typeof AgreementRecordEventSchema> {}
/** Marks an agreement as fulfilled. */
export const AgreementFulfilEventSchema = strictObject({
  type: z.literal('agreement.fulfil'),
  ...meta,
  agreementId: IdSchema,
  date: IsoDateSchema,
});
/** A `agreement.fulfil` event (see {@link AgreementFulfilEventSchema}). */
export interface AgreementFulfilEvent extends z.output<typeof AgreementFulfilEventSchema> {}

/**
 * What the area process concludes for one national opgave: its placement (fits, needs something
 * extra and from whom, not realistic), as core's `PlacementSchema` describes it.
 */
export const OpgaveAssessmentSchema = strictObject({
  opgaveId: IdSchema,
  nationalOpgaveId: OptionalIdSchema,
  placement: PlacementSchema,
});
/** What the area process concludes for one national opgave. */
export interface OpgaveAssessment extends z.output<typeof OpgaveAssessmentSchema> {}

/** Records (or updates) the verdict on one national opgave for the provincial roll-up. */
export const OpgaveAssessEventSchema = strictObject({
  type: z.literal('opgave.assess'),
  ...meta,
  assessment: OpgaveAssessmentSchema,
});
/** A `opgave.assess` event (see {@link OpgaveAssessEventSchema}). */
export interface OpgaveAssessEvent extends z.output<typeof OpgaveAssessEventSchema> {}

/**
 * Every event the area process accepts, discriminated by `type` (`<noun>.<verb>`). Each carries
 * timestamp, actor, role and optionally a motivation.
 *
 * @example
 * ProcessEventSchema.parse({ type: 'process.suspend', timestamp: '2026-05-01T09:00:00+02:00',
 *   actor: 'regisseur-zuidmark', role: 'regisseur', decision: {...} });
 * @see handreiking bijlage 1, onderdeel 2
 */
export const ProcessEventSchema = z.discriminatedUnion('type', [
  DeliverableSubmitEventSchema,
  AssessmentRecordEventSchema,
  ConsentRecordEventSchema,
  StepCloseEventSchema,
  ProcessSuspendEventSchema,
  ProcessResumeEventSchema,
  ProcessStopEventSchema,
  ChangeMinorEventSchema,
  ChangeMajorEventSchema,
  FrameworkExtendEventSchema,
  DecisionPlanEventSchema,
  AgreementRecordEventSchema,
  AgreementFulfilEventSchema,
  OpgaveAssessEventSchema,
]);
/** Every event the area process accepts. */
export type ProcessEvent =
  | DeliverableSubmitEvent
  | AssessmentRecordEvent
  | ConsentRecordEvent
  | StepCloseEvent
  | ProcessSuspendEvent
  | ProcessResumeEvent
  | ProcessStopEvent
  | ChangeMinorEvent
  | ChangeMajorEvent
  | FrameworkExtendEvent
  | DecisionPlanEvent
  | AgreementRecordEvent
  | AgreementFulfilEvent
  | OpgaveAssessEvent;
/** The `type` of a {@link ProcessEvent}. */
export type ProcessEventType = ProcessEvent['type'];

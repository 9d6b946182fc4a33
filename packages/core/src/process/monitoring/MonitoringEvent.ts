import * as z from 'zod';
import { IdListSchema, OptionalIdSchema, OptionalIsoDateSchema } from '../../internal/leafSchemas';
import { strictObject } from '../../internal/strictObject';
import { IdSchema } from '../../primitives/id';
import { IsoDateSchema } from '../../primitives/isoDate';
import { LabelSchema } from '../../primitives/labels';
import { EvaluationCadenceSchema } from '../../startnotitie/evaluationAndContinuity';
import { ProcessEventMetaSchema } from '../processEvent';
import { HerijkingAdjustedTargetSchema } from './HerijkingAdjustedTarget';
import { HerijkingPartSchema } from './HerijkingPart';
import { IndicatorAgreementSchema, PblPublicationSchema } from './MonitoringState';

const meta = ProcessEventMetaSchema.shape;

/**
 * Sets the evaluation cadence agreed in the startnotitie (a recurrence, for example yearly).
 *
 * @example
 * { type: 'monitoring.configure', cadence: startnotitie.evaluation, timestamp: '…', actor: 'provincie-zuidmark', role: 'regisseur' }
 * @see handreiking §2.2 (periodieke evaluatie)
 */
export const MonitoringConfigureEventSchema = strictObject({
  type: z.literal('monitoring.configure'),
  cadence: EvaluationCadenceSchema,
  ...meta,
});
/** A `monitoring.configure` event (see {@link MonitoringConfigureEventSchema}). */
export interface MonitoringConfigureEvent extends z.output<typeof MonitoringConfigureEventSchema> {}
/**
 * Agrees an indicator in advance, with its trigger value and the limited part a herijking would address.
 *
 * @example
 * { type: 'indicator.agree', indicator: { id: 'ind-waterberging', label, unit: 'ha', trigger: { when: 'below', value: 100 }, herijkingScope: { kind: 'opgave', opgaveId: 'opgave-water' } }, … }
 * @see handreiking §2.2
 */
export const IndicatorAgreeEventSchema = strictObject({
  type: z.literal('indicator.agree'),
  indicator: IndicatorAgreementSchema,
  ...meta,
});
/** A `indicator.agree` event (see {@link IndicatorAgreeEventSchema}). */
export interface IndicatorAgreeEvent extends z.output<typeof IndicatorAgreeEventSchema> {}
/**
 * Records a measurement; past the trigger value it puts a scoped herijking on the next agenda.
 *
 * @example
 * { type: 'indicator.measure', indicatorId: 'ind-waterberging', value: 80, measuredOn: '2028-12-31', … }
 * @see handreiking §2.2
 */
export const IndicatorMeasureEventSchema = strictObject({
  type: z.literal('indicator.measure'),
  indicatorId: IdSchema,
  value: z.number().finite(),
  measuredOn: IsoDateSchema,
  ...meta,
});
/** A `indicator.measure` event (see {@link IndicatorMeasureEventSchema}). */
export interface IndicatorMeasureEvent extends z.output<typeof IndicatorMeasureEventSchema> {}
/**
 * Records a periodic evaluation (after the last step); it takes in every lesson not yet taken in, pilots included.
 *
 * @example
 * { type: 'evaluation.record', evaluation: { id: 'evaluatie-2028', heldOn: '2028-01-20', findings: { nl: '…', en: '…' } }, … }
 * @see handreiking §2.2 ("minimaal een periodieke evaluatie en herijking")
 */
export const EvaluationRecordEventSchema = strictObject({
  type: z.literal('evaluation.record'),
  evaluation: strictObject({
    id: IdSchema,
    heldOn: IsoDateSchema,
    findings: LabelSchema,
    pblPublicationIds: IdListSchema.optional(),
  }),
  ...meta,
});
/** A `evaluation.record` event (see {@link EvaluationRecordEventSchema}). */
export interface EvaluationRecordEvent extends z.output<typeof EvaluationRecordEventSchema> {}
/**
 * Records a lesson learned from an evaluation, an ijkmoment or a knelpunt (pilots use `track.recordLesson`).
 *
 * @example
 * { type: 'lesson.record', lesson: { id: 'les-dorpsraden', text: { nl: '…', en: '…' }, source: { kind: 'knelpunt', id: 'knelpunt-wind-hoeverveen' } }, … }
 * @see handreiking §2.2 ("leren door te doen")
 */
export const LessonRecordEventSchema = strictObject({
  type: z.literal('lesson.record'),
  lesson: strictObject({
    id: IdSchema,
    text: LabelSchema,
    source: strictObject({ kind: z.enum(['evaluation', 'ijkmoment', 'knelpunt']), id: IdSchema }),
  }),
  ...meta,
});
/** A `lesson.record` event (see {@link LessonRecordEventSchema}). */
export interface LessonRecordEvent extends z.output<typeof LessonRecordEventSchema> {}
/**
 * Records an action that follows from a lesson (traced to it by `lessonId`).
 *
 * @example
 * { type: 'action.record', action: { id: 'actie-1', lessonId: 'les-dorpsraden', description: { nl: '…', en: '…' }, owner: 'provincie-zuidmark' }, … }
 * @see handreiking §2.2; §2.7 (permanent lerende evaluatie)
 */
export const LessonActionRecordEventSchema = strictObject({
  type: z.literal('action.record'),
  action: strictObject({
    id: IdSchema,
    lessonId: IdSchema,
    description: LabelSchema,
    owner: IdSchema,
    dueOn: OptionalIsoDateSchema,
  }),
  ...meta,
});
/** A `action.record` event (see {@link LessonActionRecordEventSchema}). */
export interface LessonActionRecordEvent extends z.output<typeof LessonActionRecordEventSchema> {}
/**
 * Marks an action that follows from a lesson as done.
 *
 * @example
 * { type: 'action.complete', actionId: 'actie-1', doneOn: '2028-06-30', … }
 * @see handreiking §2.2
 */
export const LessonActionCompleteEventSchema = strictObject({
  type: z.literal('action.complete'),
  actionId: IdSchema,
  doneOn: IsoDateSchema,
  ...meta,
});
/** A `action.complete` event (see {@link LessonActionCompleteEventSchema}). */
export interface LessonActionCompleteEvent extends z.output<typeof LessonActionCompleteEventSchema> {}
/**
 * Puts a herijking of a limited part on the agenda (from an evaluation, an ijkmoment or a request).
 *
 * @example
 * { type: 'herijking.schedule', herijking: { id: 'h-1', scope: { kind: 'deelgebied', deelgebiedId: 'lindtdal' }, reason: { nl: '…', en: '…' }, origin: 'evaluation' }, … }
 * @see handreiking §2.2
 */
export const HerijkingScheduleEventSchema = strictObject({
  type: z.literal('herijking.schedule'),
  herijking: strictObject({
    id: IdSchema,
    scope: HerijkingPartSchema,
    reason: LabelSchema,
    origin: z.enum(['evaluation', 'ijkmoment', 'request']),
  }),
  ...meta,
});
/** A `herijking.schedule` event (see {@link HerijkingScheduleEventSchema}). */
export interface HerijkingScheduleEvent extends z.output<typeof HerijkingScheduleEventSchema> {}
/**
 * Starts a herijking that is on the agenda (after the last step; closed steps stay closed).
 *
 * @example
 * { type: 'herijking.start', herijkingId: 'h-1', … }
 * @see handreiking §2.2 ("niet een herhaling van alle processtappen")
 */
export const HerijkingStartEventSchema = strictObject({
  type: z.literal('herijking.start'),
  herijkingId: IdSchema,
  ...meta,
});
/** A `herijking.start` event (see {@link HerijkingStartEventSchema}). */
export interface HerijkingStartEvent extends z.output<typeof HerijkingStartEventSchema> {}
/**
 * Completes a herijking with its result (and the decision that adopted it, if any). A herijking of
 * an opgave can set a new target for a goal of the vision that covers that opgave
 * (`adjustedTarget`): same unit as the target it replaces, never negative, and adopted by a
 * decision (`decisionId`). The vision's original target stays beside it.
 *
 * @example
 * { type: 'herijking.complete', herijkingId: 'h-1', result: { nl: '…', en: '…' }, decisionId: 'besluit-gs-1',
 *   adjustedTarget: { goalId: 'doel-water-2032', target: { value: 120, unit: 'ha', year: 2034 } }, … }
 * @see handreiking §2.2; §2.5
 */
export const HerijkingCompleteEventSchema = strictObject({
  type: z.literal('herijking.complete'),
  herijkingId: IdSchema,
  result: LabelSchema,
  decisionId: OptionalIdSchema,
  adjustedTarget: HerijkingAdjustedTargetSchema.optional(),
  ...meta,
});
/** A `herijking.complete` event (see {@link HerijkingCompleteEventSchema}). */
export interface HerijkingCompleteEvent extends z.output<typeof HerijkingCompleteEventSchema> {}
/**
 * Registers a PBL publication that appeared; until an evaluation takes it in, it calls for one.
 *
 * @example
 * { type: 'pbl.publish', publication: { id: 'planmonitor-2028', series: 'planmonitor', publishedOn: '2028-06-20' }, … }
 * @see handreiking bijlage 1, onderdeel 2 (stap 1)
 */
export const PblPublishEventSchema = strictObject({
  type: z.literal('pbl.publish'),
  publication: PblPublicationSchema,
  ...meta,
});
/** A `pbl.publish` event (see {@link PblPublishEventSchema}). */
export interface PblPublishEvent extends z.output<typeof PblPublishEventSchema> {}

/**
 * Every event of the monitoring and evaluation loop.
 *
 * @example
 * validate(MonitoringEventSchema, { type: 'monitoring.configure', cadence: startnotitie.evaluatie, timestamp: '…', actor: 'provincie-zuidmark', role: 'regisseur' });
 * @see handreiking §2.2
 */
export const MonitoringEventSchema = z.discriminatedUnion('type', [
  MonitoringConfigureEventSchema,
  IndicatorAgreeEventSchema,
  IndicatorMeasureEventSchema,
  EvaluationRecordEventSchema,
  LessonRecordEventSchema,
  LessonActionRecordEventSchema,
  LessonActionCompleteEventSchema,
  HerijkingScheduleEventSchema,
  HerijkingStartEventSchema,
  HerijkingCompleteEventSchema,
  PblPublishEventSchema,
]);
/** An event of the monitoring and evaluation loop. */
export type MonitoringEvent =
  | MonitoringConfigureEvent
  | IndicatorAgreeEvent
  | IndicatorMeasureEvent
  | EvaluationRecordEvent
  | LessonRecordEvent
  | LessonActionRecordEvent
  | LessonActionCompleteEvent
  | HerijkingScheduleEvent
  | HerijkingStartEvent
  | HerijkingCompleteEvent
  | PblPublishEvent;
/**
 * The `type` values of {@link MonitoringEvent}.
 *
 * @example
 * MONITORING_EVENT_TYPES.includes('herijking.start'); // true
 * @see handreiking §2.2
 */
export const MONITORING_EVENT_TYPES: readonly MonitoringEvent['type'][] = Object.freeze(
  MonitoringEventSchema.options.map((o) => o.shape.type.value),
);

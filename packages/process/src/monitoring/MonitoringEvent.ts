import {
  EvaluationCadenceSchema,
  IdSchema,
  IsoDateSchema,
  LabelSchema,
  ProcessEventMetaSchema,
} from '@gebiedsgericht/core';
import { z } from 'zod';
import { HerijkingPartSchema } from './HerijkingPart';
import { IndicatorAgreementSchema, PblPublicationSchema } from './MonitoringState';

const meta = ProcessEventMetaSchema.shape;

/** Sets the evaluation cadence agreed in the startnotitie (a recurrence, for example every two years). */
export const MonitoringConfigureEventSchema = z.strictObject({
  type: z.literal('monitoring.configure'),
  cadence: EvaluationCadenceSchema,
  ...meta,
});
/** Agrees an indicator, with its trigger value and the scope of the herijking it would call for. */
export const IndicatorAgreeEventSchema = z.strictObject({
  type: z.literal('indicator.agree'),
  indicator: IndicatorAgreementSchema,
  ...meta,
});
/** Records a measurement; past the trigger value it puts a scoped herijking on the next agenda. */
export const IndicatorMeasureEventSchema = z.strictObject({
  type: z.literal('indicator.measure'),
  indicatorId: IdSchema,
  value: z.number().finite(),
  measuredOn: IsoDateSchema,
  ...meta,
});
/** Records a periodic evaluation (after the last step); it takes in the lessons recorded since the previous one. */
export const EvaluationRecordEventSchema = z.strictObject({
  type: z.literal('evaluation.record'),
  evaluation: z.strictObject({
    id: IdSchema,
    heldOn: IsoDateSchema,
    findings: LabelSchema,
    pblPublicationIds: z.array(IdSchema).optional(),
  }),
  ...meta,
});
/** Records a lesson learned from an evaluation, an ijkmoment or a knelpunt (pilots use `track.recordLesson`). */
export const LessonRecordEventSchema = z.strictObject({
  type: z.literal('lesson.record'),
  lesson: z.strictObject({
    id: IdSchema,
    text: LabelSchema,
    source: z.strictObject({ kind: z.enum(['evaluation', 'ijkmoment', 'knelpunt']), id: IdSchema }),
  }),
  ...meta,
});
/** Records an action that follows from a lesson (traced to it). */
export const LessonActionRecordEventSchema = z.strictObject({
  type: z.literal('action.record'),
  action: z.strictObject({
    id: IdSchema,
    lessonId: IdSchema,
    description: LabelSchema,
    owner: IdSchema,
    dueOn: IsoDateSchema.optional(),
  }),
  ...meta,
});
/** Marks an action as done. */
export const LessonActionCompleteEventSchema = z.strictObject({
  type: z.literal('action.complete'),
  actionId: IdSchema,
  doneOn: IsoDateSchema,
  ...meta,
});
/** Puts a scoped herijking on the agenda (from an evaluation, an ijkmoment or a request). */
export const HerijkingScheduleEventSchema = z.strictObject({
  type: z.literal('herijking.schedule'),
  herijking: z.strictObject({
    id: IdSchema,
    scope: HerijkingPartSchema,
    reason: LabelSchema,
    origin: z.enum(['evaluation', 'ijkmoment', 'request']),
  }),
  ...meta,
});
/** Starts a herijking that is on the agenda (after the last step; closed steps stay closed). */
export const HerijkingStartEventSchema = z.strictObject({
  type: z.literal('herijking.start'),
  herijkingId: IdSchema,
  ...meta,
});
/** Completes a herijking with its result (and the decision that adopted it, if any). */
export const HerijkingCompleteEventSchema = z.strictObject({
  type: z.literal('herijking.complete'),
  herijkingId: IdSchema,
  result: LabelSchema,
  decisionId: IdSchema.optional(),
  ...meta,
});
/** Registers a PBL publication that appeared; a new edition calls for an evaluation. */
export const PblPublishEventSchema = z.strictObject({
  type: z.literal('pbl.publish'),
  publication: PblPublicationSchema,
  ...meta,
});

/**
 * Every event of the monitoring and evaluation loop.
 *
 * @example
 * validate(MonitoringEventSchema, { type: 'monitoring.configure', cadence: startnotitie.evaluatie, timestamp: '…', actor: 'provincie-zuidmark', role: 'regisseur' });
 * @see Handreiking §2.2
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
export type MonitoringEvent = z.infer<typeof MonitoringEventSchema>;
/** The `type` values of {@link MonitoringEvent}. */
export const MONITORING_EVENT_TYPES: readonly MonitoringEvent['type'][] = Object.freeze(
  MonitoringEventSchema.options.map((o) => o.shape.type.value),
);

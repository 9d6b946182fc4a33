import * as z from 'zod';
import {
  IdListSchema,
  NonEmptyStringSchema,
  OptionalIdSchema,
  OptionalIsoDateSchema,
  OptionalIsoDateTimeSchema,
  OptionalNonEmptyStringSchema,
} from '../../internal/leafSchemas';
import { strictObject } from '../../internal/strictObject';
import { IdSchema } from '../../primitives/id';
import { IsoDateSchema, IsoDateTimeSchema } from '../../primitives/isoDate';
import { LabelSchema } from '../../primitives/labels';
import { EvaluationCadenceSchema } from '../../startnotitie/evaluationAndContinuity';
import { HerijkingAdjustedTargetSchema } from './HerijkingAdjustedTarget';
import { HerijkingPartSchema } from './HerijkingPart';
import { PblSeries } from './PblSeries';

/**
 * An indicator agreed in advance, with an optional trigger value: a measurement above (or below)
 * it puts a herijking with the given scope on the next agenda.
 *
 * @example
 * const i: IndicatorAgreement = { id: 'ind-waterberging', label: { nl: 'Gerealiseerde waterberging', en: 'Water storage realised' }, unit: 'ha',
 *   trigger: { when: 'below', value: 100 }, herijkingScope: { kind: 'opgave', opgaveId: 'opgave-waterberging' } };
 * @see handreiking §2.2 (periodieke evaluatie en herijking); §2.6 (brede welvaart monitor)
 */
export const IndicatorAgreementSchema = strictObject({
  id: IdSchema,
  label: LabelSchema,
  unit: NonEmptyStringSchema,
  trigger: strictObject({ when: z.enum(['above', 'below']), value: z.number().finite() }).optional(),
  herijkingScope: HerijkingPartSchema,
});
/** An indicator agreed in advance, with an optional trigger value. */
export interface IndicatorAgreement extends z.output<typeof IndicatorAgreementSchema> {}

/**
 * One measurement of an indicator.
 *
 * @example
 * const r: IndicatorReading = { indicatorId: 'ind-waterberging', value: 80, measuredOn: '2029-12-31', recordedAt: '…' };
 * @see handreiking §2.2
 */
export const IndicatorReadingSchema = strictObject({
  indicatorId: IdSchema,
  value: z.number().finite(),
  measuredOn: IsoDateSchema,
  recordedAt: IsoDateTimeSchema,
  triggered: z.boolean(),
});
/** One measurement of an indicator. */
export interface IndicatorReading extends z.output<typeof IndicatorReadingSchema> {}

/**
 * Why a herijking is on the agenda: an indicator passed its trigger value, an evaluation or an
 * ijkmoment asked for it, or a party requested it.
 *
 * @example
 * const origin: HerijkingOrigin = 'indicator';
 * @see handreiking §2.2
 */
export const HerijkingOriginSchema = z.enum(['indicator', 'evaluation', 'ijkmoment', 'request']);
/** Why a herijking is on the agenda. */
export type HerijkingOrigin = z.infer<typeof HerijkingOriginSchema>;

/**
 * A herijking: scoped to a limited part, on the agenda, underway or completed, with its reason,
 * origin and result, and — for an opgave — the adjusted target of a goal that covers it.
 *
 * @example
 * const h: Herijking = { id: 'herijking-waterberging-2030', scope: { kind: 'opgave', opgaveId: 'opgave-waterberging' }, origin: 'indicator',
 *   reason: { nl: 'Waterberging blijft achter', en: 'Water storage lags behind' }, placedAt: '…', status: 'on_agenda' };
 * @see handreiking §2.2
 */
export const HerijkingSchema = strictObject({
  id: IdSchema,
  scope: HerijkingPartSchema,
  origin: HerijkingOriginSchema,
  reason: LabelSchema,
  indicatorId: OptionalIdSchema,
  placedAt: IsoDateTimeSchema,
  status: z.enum(['on_agenda', 'underway', 'completed']),
  startedAt: OptionalIsoDateTimeSchema,
  completedAt: OptionalIsoDateTimeSchema,
  result: LabelSchema.optional(),
  decisionId: OptionalIdSchema,
  /** The target the herijking set for a goal covering its opgave (with `decisionId`); absent in 0.1.0 data. */
  adjustedTarget: HerijkingAdjustedTargetSchema.optional(),
});
/** A scoped herijking. */
export interface Herijking extends z.output<typeof HerijkingSchema> {}

/**
 * Where a lesson learned comes from: an evaluation, a pilot or quick win of the short-term track,
 * an ijkmoment or a knelpunt.
 *
 * @example
 * const s: LessonSource = { kind: 'pilot', id: 'pilot-zon-op-berging' };
 * @see handreiking §2.2 ("leren door te doen"); bijlage 2, voorbeeld 2
 */
export const LessonSourceSchema = strictObject({
  kind: z.enum(['evaluation', 'pilot', 'quick_win', 'ijkmoment', 'knelpunt']),
  id: IdSchema,
});
/** Where a lesson learned comes from. */
export type LessonSource = z.infer<typeof LessonSourceSchema>;

/**
 * A lesson learned as the area process records it (`lesson.record`), with where it came from and
 * the actions it led to (traced by id). The programme monitoring document keeps its own lessons
 * as {@link LessonSchema}.
 *
 * @example
 * const l: ProcessLesson = { id: 'les-netcongestie', text: { nl: 'Netcapaciteit vroeg vastleggen', en: 'Secure grid capacity early' }, source: { kind: 'pilot', id: 'pilot-zon' }, recordedAt: '…', actionIds: [] };
 * @see handreiking §2.2; §2.7 (permanent lerende evaluatie)
 */
export const ProcessLessonSchema = strictObject({
  id: IdSchema,
  text: LabelSchema,
  source: LessonSourceSchema,
  recordedAt: IsoDateTimeSchema,
  actionIds: IdListSchema,
});
/** A lesson learned, as the area process records it. */
export interface ProcessLesson extends z.output<typeof ProcessLessonSchema> {}

/**
 * An action that follows from a lesson the area process recorded (`action.record`): who does what,
 * by when, and when it was done. The programme monitoring document keeps its own actions as
 * {@link LessonActionSchema}.
 *
 * @example
 * const a: ProcessLessonAction = { id: 'actie-netbeheerder', lessonId: 'les-netcongestie', description: { nl: 'Netbeheerder aan tafel', en: 'Grid operator at the table' }, owner: 'provincie-zuidmark', recordedAt: '…' };
 * @see handreiking §2.2
 */
export const ProcessLessonActionSchema = strictObject({
  id: IdSchema,
  lessonId: IdSchema,
  description: LabelSchema,
  owner: IdSchema,
  dueOn: OptionalIsoDateSchema,
  recordedAt: IsoDateTimeSchema,
  doneOn: OptionalIsoDateSchema,
});
/** An action that follows from a lesson, as the area process records it. */
export interface ProcessLessonAction extends z.output<typeof ProcessLessonActionSchema> {}

/**
 * A periodic evaluation: when it was held, what it found, the lessons it took in (every lesson
 * recorded since the previous evaluation, pilots and quick wins included) and the PBL
 * publications it considered.
 *
 * @example
 * const e: EvaluationRecord = { id: 'evaluatie-2029', heldOn: '2029-11-15', recordedAt: '…', findings: { nl: '…', en: '…' }, lessonIds: [], pblPublicationIds: [] };
 * @see handreiking §2.2 ("minimaal een periodieke evaluatie en herijking")
 */
export const EvaluationRecordSchema = strictObject({
  id: IdSchema,
  heldOn: IsoDateSchema,
  recordedAt: IsoDateTimeSchema,
  findings: LabelSchema,
  lessonIds: IdListSchema,
  pblPublicationIds: IdListSchema,
});
/** A periodic evaluation. */
export interface EvaluationRecord extends z.output<typeof EvaluationRecordSchema> {}

/**
 * A PBL publication that appeared (registered when it does).
 *
 * @example
 * const p: PblPublication = { id: 'planmonitor-2029', series: 'planmonitor', publishedOn: '2029-06-20' };
 * @see handreiking bijlage 1, onderdeel 2 (stap 1)
 */
export const PblPublicationSchema = strictObject({
  id: IdSchema,
  series: PblSeries.schema,
  publishedOn: IsoDateSchema,
  title: OptionalNonEmptyStringSchema,
});
/** A PBL publication that appeared. */
export interface PblPublication extends z.output<typeof PblPublicationSchema> {}

/**
 * The monitoring and evaluation loop of an area process, plain JSON: the evaluation cadence agreed in
 * the startnotitie,
 * indicators with trigger values agreed in advance, measurements, evaluations, herijkingen, lessons
 * and their actions, PBL publications. "Een proces is een product zonder einddatum".
 *
 * @example
 * const empty: MonitoringState = initialMonitoringState();
 * @see handreiking §2.2; §2.5
 */
export const MonitoringStateSchema = strictObject({
  evaluationCadence: EvaluationCadenceSchema.optional(),
  indicators: z.array(IndicatorAgreementSchema),
  readings: z.array(IndicatorReadingSchema),
  evaluations: z.array(EvaluationRecordSchema),
  herijkingen: z.array(HerijkingSchema),
  lessons: z.array(ProcessLessonSchema),
  actions: z.array(ProcessLessonActionSchema),
  pblPublications: z.array(PblPublicationSchema),
});
/** The monitoring and evaluation loop of an area process. */
export interface MonitoringState extends z.output<typeof MonitoringStateSchema> {}

/**
 * An empty monitoring state.
 *
 * @example
 * initialMonitoringState().evaluations; // []
 * @see handreiking §2.2
 */
export function initialMonitoringState(): MonitoringState {
  return {
    indicators: [],
    readings: [],
    evaluations: [],
    herijkingen: [],
    lessons: [],
    actions: [],
    pblPublications: [],
  };
}

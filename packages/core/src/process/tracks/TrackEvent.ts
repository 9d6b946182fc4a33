import * as z from 'zod';
import { IdListSchema, NonEmptyStringSchema } from '../../internal/leafSchemas';
import { strictObject } from '../../internal/strictObject';
import { IdSchema } from '../../primitives/id';
import { LabelSchema } from '../../primitives/labels';
import { ProcessEventMetaSchema } from '../processEvent';
import { LongTermGoalSchema, ShortTermKind } from './TracksState';

const meta = ProcessEventMetaSchema.shape;

/**
 * Defines a long-term goal (the second track) that pilots and quick wins link to.
 *
 * @example
 * { type: 'track.defineGoal', goal: { id: 'doel-waterrobuust', label: { nl: '…', en: '…' }, horizonYear: 2040 }, … }
 * @see handreiking §2.2; bijlage 2, voorbeeld 2
 */
export const TrackDefineGoalEventSchema = strictObject({
  type: z.literal('track.defineGoal'),
  goal: LongTermGoalSchema,
  ...meta,
});
/** A `track.defineGoal` event (see {@link TrackDefineGoalEventSchema}). */
export interface TrackDefineGoalEvent extends z.output<typeof TrackDefineGoalEventSchema> {}
/**
 * Starts a pilot or quick win, linked to a long-term goal; runs beside the steps from step 0 on.
 *
 * @example
 * { type: 'track.start', item: { id: 'pilot-zon', kind: 'pilot', title: { nl: '…', en: '…' }, longTermGoalId: 'doel-waterrobuust' }, … }
 * @see handreiking bijlage 2, voorbeeld 2 (twee sporen)
 */
export const TrackStartEventSchema = strictObject({
  type: z.literal('track.start'),
  item: strictObject({
    id: IdSchema,
    kind: ShortTermKind.schema,
    title: LabelSchema,
    longTermGoalId: IdSchema,
    opgaveIds: IdListSchema.optional(),
    partners: IdListSchema.optional(),
  }),
  ...meta,
});
/** A `track.start` event (see {@link TrackStartEventSchema}). */
export interface TrackStartEvent extends z.output<typeof TrackStartEventSchema> {}
/**
 * Records a lesson of a pilot or quick win; it feeds the next evaluation.
 *
 * @example
 * { type: 'track.recordLesson', itemId: 'pilot-zon', lesson: { id: 'les-net', text: { nl: '…', en: '…' } }, … }
 * @see handreiking bijlage 2, voorbeeld 2 ("Dit levert lessen op voor het tweede spoor")
 */
export const TrackRecordLessonEventSchema = strictObject({
  type: z.literal('track.recordLesson'),
  itemId: IdSchema,
  lesson: strictObject({ id: IdSchema, text: LabelSchema }),
  ...meta,
});
/** A `track.recordLesson` event (see {@link TrackRecordLessonEventSchema}). */
export interface TrackRecordLessonEvent extends z.output<typeof TrackRecordLessonEventSchema> {}
/**
 * Completes a pilot or quick win with its result.
 *
 * @example
 * { type: 'track.complete', itemId: 'pilot-zon', result: { nl: '…', en: '…' }, … }
 * @see handreiking bijlage 2, voorbeeld 2
 */
export const TrackCompleteEventSchema = strictObject({
  type: z.literal('track.complete'),
  itemId: IdSchema,
  result: LabelSchema,
  ...meta,
});
/** A `track.complete` event (see {@link TrackCompleteEventSchema}). */
export interface TrackCompleteEvent extends z.output<typeof TrackCompleteEventSchema> {}
/**
 * Stops a pilot or quick win early (motivation required).
 *
 * @example
 * { type: 'track.stop', itemId: 'pilot-zon', motivation: 'Geen netcapaciteit', … }
 * @see handreiking bijlage 2, voorbeeld 2
 */
export const TrackStopEventSchema = strictObject({
  type: z.literal('track.stop'),
  itemId: IdSchema,
  ...meta,
  motivation: NonEmptyStringSchema,
});
/** A `track.stop` event (see {@link TrackStopEventSchema}). */
export interface TrackStopEvent extends z.output<typeof TrackStopEventSchema> {}

/**
 * Every event of the two tracks.
 *
 * @example
 * validate(TrackEventSchema, { type: 'track.start', item: { … }, timestamp: '…', actor: 'provincie-zuidmark', role: 'regisseur' });
 * @see handreiking bijlage 2, voorbeeld 2
 */
export const TrackEventSchema = z.discriminatedUnion('type', [
  TrackDefineGoalEventSchema,
  TrackStartEventSchema,
  TrackRecordLessonEventSchema,
  TrackCompleteEventSchema,
  TrackStopEventSchema,
]);
/** An event of the two tracks. */
export type TrackEvent =
  | TrackDefineGoalEvent
  | TrackStartEvent
  | TrackRecordLessonEvent
  | TrackCompleteEvent
  | TrackStopEvent;
/**
 * The `type` values of {@link TrackEvent}.
 *
 * @example
 * TRACK_EVENT_TYPES.includes('track.start'); // true
 * @see handreiking bijlage 2, voorbeeld 2
 */
export const TRACK_EVENT_TYPES: readonly TrackEvent['type'][] = Object.freeze(
  TrackEventSchema.options.map((o) => o.shape.type.value),
);

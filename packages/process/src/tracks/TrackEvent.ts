import { IdSchema, LabelSchema, ProcessEventMetaSchema } from '@gebiedsgericht/core';
import { z } from 'zod';
import { LongTermGoalSchema, ShortTermKind } from './TracksState';

const meta = ProcessEventMetaSchema.shape;

/** Defines a long-term goal that pilots and quick wins link to. */
export const TrackDefineGoalEventSchema = z.strictObject({
  type: z.literal('track.defineGoal'),
  goal: LongTermGoalSchema,
  ...meta,
});
/** Starts a pilot or quick win, linked to a long-term goal; runs beside the steps from step 0 on. */
export const TrackStartEventSchema = z.strictObject({
  type: z.literal('track.start'),
  item: z.strictObject({
    id: IdSchema,
    kind: ShortTermKind.schema,
    title: LabelSchema,
    longTermGoalId: IdSchema,
    opgaveIds: z.array(IdSchema).optional(),
    partners: z.array(IdSchema).optional(),
  }),
  ...meta,
});
/** Records a lesson of a pilot or quick win; it feeds the next evaluation. */
export const TrackRecordLessonEventSchema = z.strictObject({
  type: z.literal('track.recordLesson'),
  itemId: IdSchema,
  lesson: z.strictObject({ id: IdSchema, text: LabelSchema }),
  ...meta,
});
/** Completes a pilot or quick win with its result. */
export const TrackCompleteEventSchema = z.strictObject({
  type: z.literal('track.complete'),
  itemId: IdSchema,
  result: LabelSchema,
  ...meta,
});
/** Stops a pilot or quick win early (motivation required). */
export const TrackStopEventSchema = z.strictObject({
  type: z.literal('track.stop'),
  itemId: IdSchema,
  ...meta,
  motivation: z.string().min(1),
});

/**
 * Every event of the two tracks.
 *
 * @example
 * validate(TrackEventSchema, { type: 'track.start', item: { … }, timestamp: '…', actor: 'provincie-zuidmark', role: 'regisseur' });
 * @see Handreiking bijlage 2 voorbeeld 2
 */
export const TrackEventSchema = z.discriminatedUnion('type', [
  TrackDefineGoalEventSchema,
  TrackStartEventSchema,
  TrackRecordLessonEventSchema,
  TrackCompleteEventSchema,
  TrackStopEventSchema,
]);
/** An event of the two tracks. */
export type TrackEvent = z.infer<typeof TrackEventSchema>;
/** The `type` values of {@link TrackEvent}. */
export const TRACK_EVENT_TYPES: readonly TrackEvent['type'][] = Object.freeze(
  TrackEventSchema.options.map((o) => o.shape.type.value),
);

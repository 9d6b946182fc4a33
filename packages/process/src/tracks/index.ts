// Hand-written barrel of the tracks part of @gebiedsgericht/process: named exports only.

export {
  TRACK_EVENT_TYPES,
  TrackCompleteEventSchema,
  TrackDefineGoalEventSchema,
  type TrackEvent,
  TrackEventSchema,
  TrackRecordLessonEventSchema,
  TrackStartEventSchema,
  TrackStopEventSchema,
} from '@gebiedsgericht/core';
export {
  applyTrackEvent,
  reduceTrackEvent,
  rejectionOfTrackEvent,
  shortTermByGoal,
  type TracksAndLessons,
} from './applyTrackEvent';

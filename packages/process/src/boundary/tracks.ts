// The public, validating face of the track building blocks. The machine and the rest of the
// package call the unvalidated originals in ../tracks; only the package's index exports these.
import {
  type ErrorIssue,
  type IssuePath,
  MonitoringStateSchema,
  TracksStateSchema,
  validate,
} from '@gebiedsgericht/core';
import * as z from 'zod';
import {
  checkTrackEvent as checkTrackEventUnchecked,
  reduceTrackEvent as reduceTrackEventUnchecked,
  type TracksAndLessons,
} from '../tracks/applyTrackEvent';
import { type TrackEvent, TrackEventSchema } from '../tracks/TrackEvent';

const TracksAndLessonsShape = z.looseObject({ tracks: TracksStateSchema, monitoring: MonitoringStateSchema });

/** Validates `{ tracks, monitoring }` (both in full) under `path`. */
export function checkTracksAndLessons(state: unknown, path: IssuePath): void {
  validate(TracksAndLessonsShape, state, { path });
}

/**
 * Checks one event of the two tracks: `null` when accepted, otherwise why (a pilot or quick win
 * must link to a known long-term goal; ids are unique; only a running item records lessons and
 * completes or stops). Throws `invalid_input` for a `state` that is not `{ tracks, monitoring }`
 * with a valid tracks and monitoring state (path `state`) and an event that is not a valid track
 * event (path `event`).
 *
 * @example
 * checkTrackEvent(state, event); // null or { code: 'track_goal_unknown', … }
 * @see Handreiking bijlage 2 voorbeeld 2
 */
export function checkTrackEvent(state: TracksAndLessons, event: TrackEvent): ErrorIssue | null {
  checkTracksAndLessons(state, ['state']);
  validate(TrackEventSchema, event, { path: ['event'] });
  return checkTrackEventUnchecked(state, event);
}

/**
 * Applies an accepted event of the two tracks. A lesson of a pilot or quick win is recorded both on
 * the item and in the monitoring loop's lessons (source: the pilot or quick win), so it feeds the
 * next evaluation. The state passed in is not changed. Throws what {@link checkTrackEvent} throws
 * for a malformed state or event.
 *
 * @example
 * const next = reduceTrackEvent(state, { type: 'track.recordLesson', itemId: 'pilot-zon-op-berging', lesson: { id: 'les-net', text: { nl: '…', en: '…' } }, timestamp: '…', actor: 'provincie-zuidmark', role: 'regisseur' });
 * @see Handreiking bijlage 2 voorbeeld 2 ("Dit levert lessen op voor het tweede spoor")
 */
export function reduceTrackEvent(state: TracksAndLessons, event: TrackEvent): TracksAndLessons {
  checkTracksAndLessons(state, ['state']);
  validate(TrackEventSchema, event, { path: ['event'] });
  return reduceTrackEventUnchecked(state, event);
}

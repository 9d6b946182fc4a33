import {
  type ErrorIssue,
  GebiedsgerichtError,
  type MonitoringState,
  MonitoringStateSchema,
  type ShortTermItem,
  type TrackEvent,
  TrackEventSchema,
  type TracksState,
  TracksStateSchema,
  validate,
} from '@gebiedsgericht/core';
import * as z from 'zod';
import { appended } from '../internal/appended';
import { processMessages } from '../messages';

/** What the tracks change: the tracks themselves and, for lessons, the monitoring loop's lessons. */
export interface TracksAndLessons {
  readonly tracks: TracksState;
  readonly monitoring: MonitoringState;
}

const issue = processMessages.issue;
const TracksAndLessonsShape = z.looseObject({ tracks: TracksStateSchema, monitoring: MonitoringStateSchema });

/**
 * Checks one event of the two tracks: `null` when accepted, otherwise why (a pilot or quick win
 * must link to a known long-term goal; ids are unique; only a running item records lessons and
 * completes or stops).
 *
 * @example
 * rejectionOfTrackEvent(state, event); // null or { code: 'track_goal_unknown', … }
 * @see handreiking bijlage 2, voorbeeld 2
 */
export function rejectionOfTrackEvent(state: TracksAndLessons, event: TrackEvent): ErrorIssue | null {
  const { tracks, monitoring } = state;
  const item = (id: string) => tracks.items.find((i) => i.id === id);
  const notRunning = (found: ShortTermItem) =>
    issue('track_event_not_allowed', { event: event.type, status: found.status }, ['itemId']);
  switch (event.type) {
    case 'track.defineGoal':
      return tracks.goals.some((g) => g.id === event.goal.id)
        ? issue('duplicate_id', { kind: 'goal', id: event.goal.id }, ['goal', 'id'])
        : null;
    case 'track.start':
      if (tracks.items.some((i) => i.id === event.item.id)) {
        return issue('duplicate_id', { kind: event.item.kind, id: event.item.id }, ['item', 'id']);
      }
      return tracks.goals.some((g) => g.id === event.item.longTermGoalId)
        ? null
        : issue('track_goal_unknown', { goalId: event.item.longTermGoalId }, ['item', 'longTermGoalId']);
    case 'track.recordLesson': {
      const found = item(event.itemId);
      if (found === undefined) return issue('unknown_reference', { kind: 'track', id: event.itemId }, ['itemId']);
      if (monitoring.lessons.some((l) => l.id === event.lesson.id)) {
        return issue('duplicate_id', { kind: 'lesson', id: event.lesson.id }, ['lesson', 'id']);
      }
      return found.status === 'running' ? null : notRunning(found);
    }
    case 'track.complete':
    case 'track.stop': {
      const found = item(event.itemId);
      if (found === undefined) return issue('unknown_reference', { kind: 'track', id: event.itemId }, ['itemId']);
      return found.status === 'running' ? null : notRunning(found);
    }
  }
}

/**
 * Applies an accepted event of the two tracks. A lesson of a pilot or quick win is recorded both on
 * the item and in the monitoring loop's lessons (source: the pilot or quick win), so it feeds the
 * next evaluation.
 *
 * @example
 * const next = reduceTrackEvent(state, { type: 'track.recordLesson', itemId: 'pilot-zon-op-berging', lesson: { id: 'les-net', text: { nl: '…', en: '…' } }, timestamp: '…', actor: 'provincie-zuidmark', role: 'regisseur' });
 * @see handreiking bijlage 2, voorbeeld 2 ("Dit levert lessen op voor het tweede spoor")
 */
export function reduceTrackEvent(state: TracksAndLessons, event: TrackEvent): TracksAndLessons {
  const { tracks, monitoring } = state;
  const at = event.timestamp;
  const update = (id: string, patch: Partial<ShortTermItem>) =>
    tracks.items.map((i) => (i.id === id ? { ...i, ...patch } : i));
  switch (event.type) {
    case 'track.defineGoal':
      return { tracks: { ...tracks, goals: appended(tracks.goals, event.goal) }, monitoring };
    case 'track.start': {
      const item: ShortTermItem = { ...event.item, status: 'running', startedAt: at, lessonIds: [] };
      return { tracks: { ...tracks, items: appended(tracks.items, item) }, monitoring };
    }
    case 'track.recordLesson': {
      const found = tracks.items.find((i) => i.id === event.itemId);
      if (found === undefined) return state;
      return {
        tracks: { ...tracks, items: update(found.id, { lessonIds: appended(found.lessonIds, event.lesson.id) }) },
        monitoring: {
          ...monitoring,
          lessons: [
            ...monitoring.lessons,
            { ...event.lesson, source: { kind: found.kind, id: found.id }, recordedAt: at, actionIds: [] },
          ],
        },
      };
    }
    case 'track.complete':
      return {
        tracks: { ...tracks, items: update(event.itemId, { status: 'completed', endedAt: at, result: event.result }) },
        monitoring,
      };
    case 'track.stop':
      return {
        tracks: {
          ...tracks,
          items: update(event.itemId, {
            status: 'stopped',
            endedAt: at,
            result: { nl: `Gestopt: ${event.motivation}`, en: `Stopped: ${event.motivation}` },
          }),
        },
        monitoring,
      };
  }
}

/**
 * Validates, checks and applies one event of the two tracks; throws the `GebiedsgerichtError` that
 * says why when it is rejected (nothing changes), and `invalid_input` for a `state` that is not
 * `{ tracks, monitoring }` with a valid tracks and monitoring state (path `state`) and an invalid
 * event (path `event`).
 *
 * @example
 * const next = applyTrackEvent({ tracks, monitoring }, event);
 * @see handreiking bijlage 2, voorbeeld 2
 */
export function applyTrackEvent(state: TracksAndLessons, event: unknown): TracksAndLessons {
  validate(TracksAndLessonsShape, state, { path: ['state'] });
  const e = validate(TrackEventSchema, event, { path: ['event'] });
  const problem = rejectionOfTrackEvent(state, e);
  if (problem !== null)
    throw new GebiedsgerichtError({ code: problem.code, message: problem.message, path: problem.path });
  return reduceTrackEvent(state, e);
}

/**
 * The pilots and quick wins per long-term goal, so a dashboard shows which short-term successes
 * serve which goal ("Koppel lange termijn doelen aan korte termijn successen").
 *
 * @example
 * shortTermByGoal(tracks)['doel-waterrobuust']?.map((i) => i.id);
 * @see handreiking §2.2
 */
export function shortTermByGoal(tracks: TracksState): Record<string, ShortTermItem[]> {
  const t = validate(TracksStateSchema, tracks, { path: ['tracks'] });
  const out: Record<string, ShortTermItem[]> = {};
  for (const goal of t.goals) out[goal.id] = t.items.filter((i) => i.longTermGoalId === goal.id);
  return out;
}

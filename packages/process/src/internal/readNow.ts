import type { GebiedsprocesContext, IssuePath } from '@gebiedsgericht/core';
import { IsoDateTimeSchema, instantOf, LIMITS, validate } from '@gebiedsgericht/core';
import { processMessages } from '../messages';

/**
 * Validates `now` (an ISO date-time with offset) and, when `last` is given (the moment of the last
 * event the queried state holds), refuses a `now` before it with `now_before_last_event`: the state
 * already holds what happened after that `now`, so day counts would come out negative and due
 * items wrong. The same tolerance as for events dated after the caller's clock
 * ({@link LIMITS}.eventClockTolerance) allows for clocks that differ a little. Error path `path`.
 */
export function readNow(now: unknown, last?: string, path: IssuePath = ['now']): string {
  const at = validate(IsoDateTimeSchema, now, { path: [...path] });
  if (last === undefined) return at;
  const tolerance = LIMITS.eventClockTolerance.max;
  if (instantOf(at) < instantOf(last) - tolerance) {
    throw processMessages.fail('now_before_last_event', { now: at, last, toleranceMs: tolerance }, [...path]);
  }
  return at;
}

/** The moment of the last event in a process context: its last accepted event, else its start. */
export function lastEventOf(context: GebiedsprocesContext): string {
  return context.lastEventAt ?? context.startedAt;
}

// Checks on an event that do not depend on who sends it: its time against the process's start
// (and against the caller's clock, when given), and ids that must be unique within the process.
import { type AuditEntry, type ErrorIssue, instantOf, LIMITS } from '@gebiedsgericht/core';
import { canonicalHashedTextOf } from '../audit/auditHash';
import { processMessages } from '../messages';
import type { GebiedsprocesContext } from './gebiedsprocesContext';
import { idOf, isUsedId } from './usedIds';

type AnyEvent = { readonly type: string; readonly timestamp: string };

/** `event_before_start` when the event is dated before the process started. */
export function rejectionOfEventTime(context: GebiedsprocesContext, event: AnyEvent): ErrorIssue | null {
  if (instantOf(event.timestamp) < instantOf(context.startedAt)) {
    return processMessages.issue('event_before_start', { at: event.timestamp, startedAt: context.startedAt }, [
      'timestamp',
    ]);
  }
  return null;
}

/**
 * `event_in_future` when the event is dated later than `now` plus the tolerance
 * ({@link LIMITS}.eventClockTolerance, for clocks that differ a little).
 */
export function rejectionOfEventNotInFuture(event: AnyEvent, now: string): ErrorIssue | null {
  const tolerance = LIMITS.eventClockTolerance.max;
  if (instantOf(event.timestamp) > instantOf(now) + tolerance) {
    return processMessages.issue('event_in_future', { at: event.timestamp, now, toleranceMs: tolerance }, [
      'timestamp',
    ]);
  }
  return null;
}

/** The ids a consent, change or decision event introduces, with their path in the event. */
function introducedIds(event: AnyEvent): { kind: 'consent' | 'change' | 'decision'; id: string; path: string[] }[] {
  const out: { kind: 'consent' | 'change' | 'decision'; id: string; path: string[] }[] = [];
  for (const kind of ['consent', 'change', 'decision'] as const) {
    const id = idOf((event as Readonly<Record<string, unknown>>)[kind]);
    if (id !== undefined) out.push({ kind, id, path: [kind, 'id'] });
  }
  return out;
}

/**
 * `duplicate_id` when the event introduces a consent, change or decision under an id that an
 * earlier accepted event of this process already used: ids are unique within a process.
 */
export function rejectionOfUniqueIds(context: GebiedsprocesContext, event: AnyEvent): ErrorIssue | null {
  for (const { kind, id, path } of introducedIds(event)) {
    if (isUsedId(context, kind, id)) return processMessages.issue('duplicate_id', { kind, id }, path);
  }
  return null;
}

/**
 * The accepted audit entry of an event identical to `event` (same fields and values), if any.
 * Events are in time order, so only the entries at the same moment or later are compared.
 */
export function identicalAccepted(context: GebiedsprocesContext, event: AnyEvent): AuditEntry | undefined {
  const at = instantOf(event.timestamp);
  let text: string | undefined;
  for (let i = context.auditLog.length - 1; i >= 0; i--) {
    const entry = context.auditLog[i] as AuditEntry;
    if (instantOf(entry.timestamp) < at) return undefined;
    if (!entry.accepted || entry.type !== event.type || entry.timestamp !== event.timestamp || !entry.event) continue;
    text ??= canonicalHashedTextOf(event);
    if (canonicalHashedTextOf(entry.event) === text) return entry;
  }
  return undefined;
}

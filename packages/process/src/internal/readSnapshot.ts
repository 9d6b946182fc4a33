import { type AreaProcessSnapshot, AreaProcessSnapshotSchema, IsoDateTimeSchema, validate } from '@gebiedsgericht/core';
import type { AreaProcessContext } from '../machine/areaProcessContext';
import { processMessages } from '../messages';

/** A validated snapshot with its context typed. */
export interface ReadSnapshot {
  readonly snapshot: AreaProcessSnapshot;
  readonly context: AreaProcessContext;
}

/** Validates a persisted snapshot for a query and types its context. */
export function readSnapshot(input: unknown, path: (string | number)[] = ['snapshot']): ReadSnapshot {
  const snapshot = validate(AreaProcessSnapshotSchema, input, { path });
  const context = snapshot.machine.context;
  if (
    typeof context !== 'object' ||
    context === null ||
    !Array.isArray((context as { auditLog?: unknown }).auditLog) ||
    typeof (context as { position?: unknown }).position !== 'string'
  ) {
    throw processMessages.fail('invalid_argument', { name: 'snapshot.machine.context' }, [
      ...path,
      'machine',
      'context',
    ]);
  }
  return { snapshot, context: context as AreaProcessContext };
}

/** Validates `now` (an ISO date-time with offset). */
export function readNow(now: unknown): string {
  return validate(IsoDateTimeSchema, now, { path: ['now'] });
}

const DAY = 86_400_000;

/** Whole days from `from` to `to` (ISO date or date-time), rounded down; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.floor((Date.parse(to) - Date.parse(from)) / DAY);
}

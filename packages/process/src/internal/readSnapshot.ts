import {
  type AreaProcessSnapshot,
  AreaProcessSnapshotSchema,
  GebiedsgerichtError,
  IsoDateTimeSchema,
  issuesFromZod,
  validate,
} from '@gebiedsgericht/core';
import { SnapshotContextShape } from '../boundary/shapes';
import type { AreaProcessContext } from '../machine/areaProcessContext';
import { processMessages } from '../messages';

/** A validated snapshot with its context typed. */
export interface ReadSnapshot {
  readonly snapshot: AreaProcessSnapshot;
  readonly context: AreaProcessContext;
}

/**
 * Validates a persisted snapshot for a query and types its context. A context without the
 * top-level shape of an area process context (status, position, step records, the collections as
 * arrays of objects, and the second half's slices when present) gives `invalid_argument` at
 * `<path>.machine.context`, with every problem in `issues`.
 */
export function readSnapshot(input: unknown, path: (string | number)[] = ['snapshot']): ReadSnapshot {
  const snapshot = validate(AreaProcessSnapshotSchema, input, { path });
  const context = snapshot.machine.context;
  const contextPath = [...path, 'machine', 'context'];
  const shape = SnapshotContextShape.safeParse(context);
  if (!shape.success) {
    throw new GebiedsgerichtError({
      code: 'invalid_argument',
      message: processMessages.messages.invalid_argument({ name: 'snapshot.machine.context' }),
      path: contextPath,
      issues: issuesFromZod(shape.error, contextPath),
    });
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

import { type AreaProcessSnapshot, IsoDateTimeSchema, instantOf, validate } from '@gebiedsgericht/core';
import { areaProcessMigrations, migrateSnapshotAt } from '../api/migrateAreaProcessSnapshot';
import type { AreaProcessContext } from '../machine/areaProcessContext';
import { processMessages } from '../messages';
import { readContext } from './readContext';

/** A validated snapshot with its context typed. */
export interface ReadSnapshot {
  readonly snapshot: AreaProcessSnapshot;
  readonly context: AreaProcessContext;
}

/**
 * Validates a persisted snapshot for a query (migrating an older format forward) and types its
 * context: the same checks as restore, so a query never reads what restore would refuse. Error
 * paths start with `path`.
 */
export function readSnapshot(input: unknown, path: (string | number)[] = ['snapshot']): ReadSnapshot {
  const snapshot = migrateSnapshotAt(input, areaProcessMigrations, path);
  return { snapshot, context: readContext(snapshot, path) };
}

/** Validates `now` (an ISO date-time with offset). */
export function readNow(now: unknown): string {
  return validate(IsoDateTimeSchema, now, { path: ['now'] });
}

/**
 * Validates `now` for a query over this context: a `now` before the last accepted event would give
 * negative day counts, so it is refused (`now_before_last_event`, path `now`).
 */
export function readNowAfter(context: { readonly lastEventAt?: string | undefined }, now: unknown): string {
  const at = readNow(now);
  if (context.lastEventAt !== undefined && instantOf(at) < instantOf(context.lastEventAt)) {
    throw processMessages.fail('now_before_last_event', { now: at, last: context.lastEventAt }, ['now']);
  }
  return at;
}

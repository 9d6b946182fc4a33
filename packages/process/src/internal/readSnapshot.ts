import type { AreaProcessContext, AreaProcessSnapshot } from '@gebiedsgericht/core';
import { areaProcessMigrations, migrateSnapshotAt } from '../api/migrateAreaProcessSnapshot';
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

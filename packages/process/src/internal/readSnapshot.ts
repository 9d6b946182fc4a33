import type { GebiedsprocesContext, GebiedsprocesSnapshot } from '@gebiedsgericht/core';
import { gebiedsprocesMigrations, migrateSnapshotAt } from '../api/migrateGebiedsprocesSnapshot';
import { readContext } from './readContext';

/** A validated snapshot with its context typed. */
export interface ReadSnapshot {
  readonly snapshot: GebiedsprocesSnapshot;
  readonly context: GebiedsprocesContext;
}

/**
 * Validates a persisted snapshot for a query (migrating an older format forward) and types its
 * context: the same checks as restore, so a query never reads what restore would refuse. Error
 * paths start with `path`.
 */
export function readSnapshot(input: unknown, path: (string | number)[] = ['snapshot']): ReadSnapshot {
  const snapshot = migrateSnapshotAt(input, gebiedsprocesMigrations, path);
  return { snapshot, context: readContext(snapshot, path) };
}

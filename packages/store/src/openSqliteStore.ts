import { validate } from '@gebiedsgericht/core';
import { z } from 'zod';
import { createStore, type StoreOptions, StoreOptionsShape } from './internal/createStore';
import { type SqliteLibrary, sqliteDriver } from './internal/sqliteDriver';
import type { AreaProcessStore } from './types';

/**
 * Options of {@link openSqliteStore}.
 *
 * @example
 * const options: SqliteStoreOptions = { path: 'gebiedsprocessen.db', snapshotEvery: 50 };
 */
export interface SqliteStoreOptions extends StoreOptions {
  /** The database file (created when absent). */
  readonly path: string;
  /** `auto` (default) uses `node:sqlite` on Node 22.13 and later, else `better-sqlite3`. */
  readonly library?: SqliteLibrary;
  /** How long a writer waits for another writer's lock, in milliseconds (default 10,000). */
  readonly busyTimeoutMs?: number;
  /**
   * `full` (default): every commit is flushed to disk (fsync) before `append` answers, so an
   * accepted event survives a power cut. `normal`: WAL commits survive a crash of the application
   * but the last ones may be lost on a power cut; many times faster on slow disks.
   */
  readonly durability?: 'full' | 'normal';
  /** Open for reading only (dashboards): every write answers `store_read_only`. */
  readonly readOnly?: boolean;
  /** A cap on the database size; a write beyond it answers `store_full` and writes nothing. */
  readonly maxSizeBytes?: number;
}

const SqliteOptionsSchema = z.strictObject({
  path: z.string().min(1),
  library: z.enum(['auto', 'better-sqlite3', 'node:sqlite']).optional(),
  busyTimeoutMs: z.number().int().min(0).optional(),
  readOnly: z.boolean().optional(),
  durability: z.enum(['full', 'normal']).optional(),
  maxSizeBytes: z.number().int().min(4096).optional(),
  ...StoreOptionsShape,
});

/**
 * Opens (and creates or migrates) an area-process store in a SQLite file: the embedded default
 * for one application server. WAL mode, durable commits, `BEGIN IMMEDIATE` for every append;
 * several OS processes may share the file. Needs `better-sqlite3` installed on Node 20 and 22.12
 * or older; uses the built-in `node:sqlite` from Node 22.13 on.
 *
 * @example
 * const store = await openSqliteStore({ path: 'gebiedsprocessen.db' });
 * await store.create({ template: defaultStepTemplate, settings, startedAt: '2026-01-12T09:00:00+01:00' });
 * @see docs/store.md
 */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<AreaProcessStore> {
  const o = validate(SqliteOptionsSchema, options, { path: ['options'] });
  const driver = sqliteDriver(o.path, o.library ?? 'auto', o.busyTimeoutMs ?? 10_000, {
    ...(o.readOnly !== undefined ? { readOnly: o.readOnly } : {}),
    ...(o.durability !== undefined ? { durability: o.durability } : {}),
    ...(o.maxSizeBytes !== undefined ? { maxSizeBytes: o.maxSizeBytes } : {}),
  });
  try {
    return await createStore(driver, options);
  } catch (error) {
    await driver.close();
    throw error;
  }
}

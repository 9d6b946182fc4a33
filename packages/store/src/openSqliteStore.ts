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
}

const SqliteOptionsSchema = z.strictObject({
  path: z.string().min(1),
  library: z.enum(['auto', 'better-sqlite3', 'node:sqlite']).optional(),
  busyTimeoutMs: z.number().int().min(0).optional(),
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
  const driver = sqliteDriver(o.path, o.library ?? 'auto', o.busyTimeoutMs ?? 10_000);
  try {
    return await createStore(driver, options);
  } catch (error) {
    await driver.close();
    throw error;
  }
}

import { validate } from '@gebiedsgericht/core';
import * as z from 'zod';
import { createStore, type StoreOptions, StoreOptionsShape } from './internal/createStore';
import { type SqliteLibrary, sqliteDriver } from './internal/sqliteDriver';
import type { GebiedsprocesStore } from './types';

/**
 * Options of {@link openSqliteStore}.
 *
 * @example
 * const options: SqliteStoreOptions = { path: 'gebiedsprocessen.db', snapshotEvery: 50 };
 */
export interface SqliteStoreOptions extends StoreOptions {
  /** The database file (created when absent). */
  readonly path: string;
  /** `auto` (default) uses `node:sqlite` where Node has it unflagged (22.13+, 23.4+), else `better-sqlite3`. */
  readonly library?: SqliteLibrary;
  /** How long a writer waits for another writer's lock, in milliseconds (default 10,000). */
  readonly busyTimeoutMs?: number;
  /**
   * `full` (default): an append is answered only after its commit is flushed to disk, so an
   * accepted event survives a power cut; appends in flight at the same time share one commit and
   * one flush (group commit). `normal`: WAL commits survive a crash of the application but the
   * last ones may be lost on a power cut; no flush is waited for.
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
 * for one application server. WAL mode, durable group commits, `BEGIN IMMEDIATE` for every
 * write; several OS processes may share the file. Needs `better-sqlite3` installed on Node 20 and
 * 22.12 or older (and 23.0–23.3); uses the built-in `node:sqlite` from Node 22.13 and 23.4 on.
 *
 * @example
 * const store = await openSqliteStore({ path: 'gebiedsprocessen.db' });
 * await store.create({ template: defaultStepTemplate, settings, startedAt: '2026-01-12T09:00:00+01:00' });
 * @see docs/store.md
 */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<GebiedsprocesStore> {
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

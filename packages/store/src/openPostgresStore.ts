import { validate } from '@gebiedsgericht/core';
import * as z from 'zod';
import { createStore, type StoreOptions, StoreOptionsShape } from './internal/createStore';
import { postgresDriver } from './internal/postgresDriver';
import type { GebiedsprocesStore } from './types';

/**
 * Options of {@link openPostgresStore}.
 *
 * @example
 * const options: PostgresStoreOptions = { connectionString: 'postgresql://app@db/gebiedsgericht' };
 */
export interface PostgresStoreOptions extends StoreOptions {
  /** A libpq connection string (`postgresql://user@host:5432/db`, or `?host=/socket/dir`). */
  readonly connectionString: string;
  /** Connections in the pool (default 4). */
  readonly maxConnections?: number;
}

const PostgresOptionsSchema = z.strictObject({
  connectionString: z.string().min(1),
  maxConnections: z.number().int().min(1).optional(),
  ...StoreOptionsShape,
});

/**
 * Opens (and creates or migrates) an area-process store in a PostgreSQL database, for several
 * application servers that share one database. Appends lock the stream row (`SELECT … FOR
 * UPDATE`); migrations run under an advisory lock. Needs the `pg` package installed.
 *
 * @example
 * const store = await openPostgresStore({ connectionString: process.env.DATABASE_URL ?? '' });
 * const overview = await store.provinceOverview('provincie-zuidmark', '2027-06-01T09:00:00+02:00');
 * @see docs/store.md
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<GebiedsprocesStore> {
  const o = validate(PostgresOptionsSchema, options, { path: ['options'] });
  const driver = postgresDriver({
    connectionString: o.connectionString,
    ...(o.maxConnections !== undefined ? { max: o.maxConnections } : {}),
  });
  try {
    return await createStore(driver, options);
  } catch (error) {
    await driver.close();
    throw error;
  }
}

/**
 * The two engines the contract suite runs on, each opened the way users open it: a SQLite file
 * in a temp dir, and a fresh database on the PostgreSQL server that `scripts/postgres.sh` starts
 * (its URL in GEBIEDSGERICHT_PG_URL).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type GebiedsprocesStore, openPostgresStore, openSqliteStore } from '../../src/index';

const require = createRequire(import.meta.url);

/** Raw SQL against the same database, to play an operator or an attacker. */
export type RawSql = (
  sql: string,
  params?: readonly (string | number | Uint8Array | null)[],
) => Promise<Record<string, unknown>[]>;

export interface EngineHarness {
  readonly name: 'sqlite' | 'postgres';
  /** A fresh, empty database; `open` may be called again for a second connection to it. */
  fresh(): Promise<Database>;
}

export interface Database {
  /** Where the database is: a file path or a connection string. */
  readonly location: string;
  open(options?: { snapshotEvery?: number; cacheProcesses?: boolean }): Promise<GebiedsprocesStore>;
  raw: RawSql;
  /** Runs several statements without parameters (a migration file), as an operator would. */
  script(sql: string): Promise<void>;
  dispose(): Promise<void>;
}

export const pgUrl = process.env.GEBIEDSGERICHT_PG_URL ?? '';
if (!pgUrl && process.env.CI === 'true') {
  throw new Error('CI=true but GEBIEDSGERICHT_PG_URL is not set: run the tests through scripts/postgres.sh');
}

export const sqliteHarness: EngineHarness = {
  name: 'sqlite',
  async fresh() {
    const dir = mkdtempSync(join(tmpdir(), 'gebiedsgericht-store-'));
    const path = join(dir, 'store.db');
    const stores: GebiedsprocesStore[] = [];
    const Database = require('better-sqlite3') as typeof import('better-sqlite3');
    return {
      location: path,
      async open(options = {}) {
        const store = await openSqliteStore({ path, ...options });
        stores.push(store);
        return store;
      },
      async raw(sql, params = []) {
        const db = new Database(path);
        try {
          const statement = db.prepare(sql);
          if (statement.reader) return statement.all(...params) as Record<string, unknown>[];
          statement.run(...params);
          return [];
        } finally {
          db.close();
        }
      },
      async script(sql) {
        const db = new Database(path);
        try {
          db.exec(sql);
        } finally {
          db.close();
        }
      },
      async dispose() {
        for (const store of stores) await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

let databases = 0;

/** The connection string of another database on the same server. */
export function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

export const postgresHarness: EngineHarness = {
  name: 'postgres',
  async fresh() {
    const pg = require('pg') as typeof import('pg');
    const name = `store_test_${process.pid}_${++databases}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const location = databaseUrl(pgUrl, name);
    const stores: GebiedsprocesStore[] = [];
    return {
      location,
      async open(options = {}) {
        const store = await openPostgresStore({ connectionString: location, ...options });
        stores.push(store);
        return store;
      },
      async raw(sql, params = []) {
        const client = new pg.Client({ connectionString: location });
        await client.connect();
        try {
          let n = 0;
          return (
            await client.query(
              sql.replace(/\?/g, () => `$${++n}`),
              [...params],
            )
          ).rows;
        } finally {
          await client.end();
        }
      },
      async script(sql) {
        const client = new pg.Client({ connectionString: location });
        await client.connect();
        try {
          await client.query(sql);
        } finally {
          await client.end();
        }
      },
      async dispose() {
        for (const store of stores) await store.close();
        const cleanup = new pg.Client({ connectionString: pgUrl });
        await cleanup.connect();
        await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await cleanup.end();
      },
    };
  },
};

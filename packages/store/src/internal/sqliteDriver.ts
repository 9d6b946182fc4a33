import { createRequire } from 'node:module';
import type { GebiedsgerichtError } from '@gebiedsgericht/core';
import { storeFail } from '../messages';
import type { Driver, Params, Row, Tx } from './driver';

/** The part of `better-sqlite3` and `node:sqlite` the store uses; both have this shape. */
interface SyncStatement {
  all(...params: unknown[]): unknown[];
  run(...params: unknown[]): { changes: number | bigint };
}
interface SyncDatabase {
  exec(sql: string): unknown;
  prepare(sql: string): SyncStatement;
  close(): unknown;
}

/** Which SQLite library to use; `auto` picks `node:sqlite` where Node has it without a flag. */
export type SqliteLibrary = 'auto' | 'better-sqlite3' | 'node:sqlite';

/** Whether this Node version has `node:sqlite` without a flag (22.13 and later). */
export function nodeHasSqlite(version: string = process.versions.node): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major > 22 || (major === 22 && minor >= 13);
}

const requireHere = createRequire(typeof __filename === 'string' ? __filename : import.meta.url);

function openDatabase(path: string, library: SqliteLibrary, readOnly: boolean): { db: SyncDatabase; library: string } {
  const chosen = library === 'auto' ? (nodeHasSqlite() ? 'node:sqlite' : 'better-sqlite3') : library;
  try {
    if (chosen === 'node:sqlite') {
      const { DatabaseSync } = requireHere('node:sqlite') as {
        DatabaseSync: new (path: string, options: { readOnly: boolean }) => SyncDatabase;
      };
      return { db: new DatabaseSync(path, { readOnly }), library: chosen };
    }
    const Database = requireHere('better-sqlite3') as new (
      path: string,
      options: { readonly: boolean; fileMustExist: boolean },
    ) => SyncDatabase;
    return { db: new Database(path, { readonly: readOnly, fileMustExist: readOnly }), library: chosen };
  } catch (error) {
    const translated = translateSqlite(error);
    if (translated) throw translated;
    throw storeFail('engine_unavailable', { engine: chosen, detail: (error as Error).message ?? String(error) }, [
      'library',
    ]);
  }
}

/** SQLite primary result codes the store answers with a typed error. */
const SQLITE_BUSY = 5;
const SQLITE_READONLY = 8;
const SQLITE_IOERR = 10;
const SQLITE_CORRUPT = 11;
const SQLITE_FULL = 13;
const SQLITE_CANTOPEN = 14;

function sqliteCode(error: unknown): number | null {
  if (typeof error !== 'object' || error === null) return null;
  const e = error as { code?: unknown; errcode?: unknown };
  if (typeof e.errcode === 'number') return e.errcode & 0xff;
  if (typeof e.code !== 'string' || !e.code.startsWith('SQLITE_')) return null;
  const name = e.code.slice('SQLITE_'.length).split('_')[0];
  const table: Record<string, number> = {
    BUSY: SQLITE_BUSY,
    LOCKED: SQLITE_BUSY,
    READONLY: SQLITE_READONLY,
    IOERR: SQLITE_IOERR,
    CORRUPT: SQLITE_CORRUPT,
    FULL: SQLITE_FULL,
    CANTOPEN: SQLITE_CANTOPEN,
    CONSTRAINT: 19,
  };
  return name ? (table[name] ?? -1) : -1;
}

function translateSqlite(error: unknown): GebiedsgerichtError | null {
  switch (sqliteCode(error)) {
    case SQLITE_READONLY:
      return storeFail('store_read_only', undefined);
    case SQLITE_FULL:
      return storeFail('store_full', undefined);
    case SQLITE_BUSY:
      return storeFail('store_busy', undefined);
    case SQLITE_IOERR:
    case SQLITE_CORRUPT:
    case SQLITE_CANTOPEN:
      return storeFail('store_unavailable', { detail: (error as Error).message });
    default:
      return null;
  }
}

/**
 * Opens a SQLite database file in WAL mode with durable commits (`synchronous = FULL`), foreign
 * keys on and a busy timeout, so several OS processes can share one file.
 */
export function sqliteDriver(
  path: string,
  library: SqliteLibrary,
  busyTimeoutMs: number,
  limits: { readonly readOnly?: boolean; readonly maxSizeBytes?: number; readonly durability?: 'full' | 'normal' } = {},
): Driver {
  const opened = openDatabase(path, library, limits.readOnly ?? false);
  const db = opened.db;
  const statements = new Map<string, SyncStatement>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  try {
    db.exec(`PRAGMA busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
    if (!limits.readOnly) db.exec('PRAGMA journal_mode = WAL');
    db.exec(`PRAGMA synchronous = ${limits.durability === 'normal' ? 'NORMAL' : 'FULL'}`);
    db.exec('PRAGMA foreign_keys = ON');
    if (limits.maxSizeBytes !== undefined) {
      const pageSize = Number((db.prepare('PRAGMA page_size').all()[0] as { page_size: number }).page_size);
      db.exec(`PRAGMA max_page_count = ${Math.max(1, Math.floor(limits.maxSizeBytes / pageSize))}`);
    }
  } catch (error) {
    db.close();
    throw translateSqlite(error) ?? error;
  }
  const tx: Tx = {
    async all(sql: string, params: Params = []) {
      return prepare(sql).all(...params) as Row[];
    },
    async run(sql: string, params: Params = []) {
      return Number(prepare(sql).run(...params).changes);
    },
    async exec(sql: string) {
      db.exec(sql);
    },
  };
  // One connection: transactions of this store object run one after the other.
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;
  const serial = <T>(begin: string, fn: (tx: Tx) => Promise<T>): Promise<T> => {
    const run = async () => {
      if (closed) throw storeFail('store_closed', undefined);
      db.exec(begin);
      try {
        const result = await fn(tx);
        db.exec('COMMIT');
        return result;
      } catch (error) {
        try {
          db.exec('ROLLBACK');
        } catch {
          // The transaction may already be rolled back by SQLite (for example after SQLITE_FULL).
        }
        throw error;
      }
    };
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    engine: 'sqlite',
    library: opened.library,
    forUpdate: '',
    write: (fn) => serial('BEGIN IMMEDIATE', fn),
    read: (fn) => serial('BEGIN DEFERRED', fn),
    async lockMigrations() {},
    translate: translateSqlite,
    isUniqueViolation: (error) => sqliteCode(error) === 19,
    async close() {
      if (closed) return;
      await queue;
      closed = true;
      statements.clear();
      db.close();
    },
  };
}

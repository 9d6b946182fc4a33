import { type FileHandle, open as openFile } from 'node:fs/promises';
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

/**
 * Whether this Node version has `node:sqlite` without a flag: from 22.13 on the 22 line and from
 * 23.4 on (Node 22.5–22.12 and 23.0–23.3 need `--experimental-sqlite`).
 */
export function nodeHasSqlite(version: string = process.versions.node): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  if (major === 22) return minor >= 13;
  if (major === 23) return minor >= 4;
  return major > 23;
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

/** At most this many appends share one commit, so one batch never holds the lock for long. */
const MAX_BATCH = 256;

interface WriteJob {
  readonly fn: (tx: Tx) => Promise<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
  /** Called when the job's writes are rolled back after it ran. */
  readonly rollbacks: (() => void)[];
}

/**
 * Opens a SQLite database file in WAL mode with foreign keys on and a busy timeout, so several OS
 * processes can share one file.
 *
 * Writes are group-committed: every write that is waiting when the connection becomes free runs
 * in one `BEGIN IMMEDIATE` transaction, each inside its own savepoint (a failing write is rolled
 * back alone), and the transaction commits once. With `durability: 'full'` in WAL mode the
 * commit itself does not wait for the disk; the driver then flushes the WAL file with
 * `fdatasync` on libuv's thread pool and answers the writes of the batch only when that flush is
 * done, which is what `synchronous = FULL` does on each commit. Meanwhile the next batch is
 * prepared and committed, and flushed after the previous flush, so the disk's flush time is
 * shared by every write that arrived while it ran.
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
  let walPath: string | null = null;
  try {
    db.exec(`PRAGMA busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
    if (!limits.readOnly) {
      const mode = db.prepare('PRAGMA journal_mode = WAL').all()[0] as { journal_mode?: string } | undefined;
      if (mode?.journal_mode === 'wal') walPath = `${path}-wal`;
    }
    // In WAL mode the driver flushes the WAL itself after each group commit (see above); without
    // WAL (an in-memory database) SQLite flushes on every commit.
    const flushesItself = walPath !== null && limits.durability !== 'normal';
    db.exec(`PRAGMA synchronous = ${limits.durability === 'normal' || flushesItself ? 'NORMAL' : 'FULL'}`);
    db.exec('PRAGMA foreign_keys = ON');
    if (limits.maxSizeBytes !== undefined) {
      const pageSize = Number((db.prepare('PRAGMA page_size').all()[0] as { page_size: number }).page_size);
      db.exec(`PRAGMA max_page_count = ${Math.max(1, Math.floor(limits.maxSizeBytes / pageSize))}`);
    }
    if (!flushesItself) walPath = null;
  } catch (error) {
    db.close();
    throw translateSqlite(error) ?? error;
  }
  const control = (sql: string) => prepare(sql).run();
  let rollbacks: (() => void)[] = [];
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
    onRollback(callback: () => void) {
      rollbacks.push(callback);
    },
  };

  /** The WAL flush: one at a time, each after the previous one (fsync order is commit order). */
  let walFile: FileHandle | null = null;
  let flushed: Promise<void> = Promise.resolve();
  /** Set when a flush failed: what was committed may not be on disk, so nothing is answered any more. */
  let broken: GebiedsgerichtError | null = null;
  const flushWal = (): Promise<void> => {
    const wal = walPath;
    if (wal === null) return Promise.resolve();
    flushed = flushed.then(async () => {
      if (broken) throw broken;
      try {
        walFile ??= await openFile(wal, 'r+');
        await walFile.datasync();
      } catch (error) {
        broken = storeFail('store_unavailable', { detail: (error as Error).message ?? String(error) });
        throw broken;
      }
    });
    return flushed;
  };

  // One connection: transactions of this store object run one after the other.
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };

  const pending: WriteJob[] = [];
  let batchQueued = false;

  const rollbackAll = () => {
    try {
      control('ROLLBACK');
    } catch {
      // The transaction may already be rolled back by SQLite (for example after SQLITE_FULL).
    }
  };

  /** Runs every waiting write in one transaction; answers them after the commit is durable. */
  const runBatch = async () => {
    batchQueued = false;
    const jobs = pending.splice(0, MAX_BATCH);
    if (pending.length > 0) queueBatch();
    if (closed || broken) {
      for (const job of jobs) job.reject(broken ?? storeFail('store_closed', undefined));
      return;
    }
    try {
      control('BEGIN IMMEDIATE');
    } catch (error) {
      for (const job of jobs) job.reject(error);
      return;
    }
    const done: { job: WriteJob; result: unknown }[] = [];
    const retry: WriteJob[] = [];
    let aborted: unknown = null;
    for (const [index, job] of jobs.entries()) {
      rollbacks = job.rollbacks;
      try {
        control('SAVEPOINT write_job');
        const result = await job.fn(tx);
        control('RELEASE write_job');
        done.push({ job, result });
      } catch (error) {
        for (const callback of job.rollbacks.splice(0)) callback();
        try {
          control('ROLLBACK TO write_job');
          control('RELEASE write_job');
          job.reject(error);
        } catch {
          // SQLite ended the whole transaction (a full disk, an I/O error): the writes before
          // this one are gone too and run again in the next batch; this one fails.
          aborted = error;
          job.reject(error);
          retry.push(...done.map((d) => d.job), ...jobs.slice(index + 1));
          break;
        }
      } finally {
        rollbacks = [];
      }
    }
    if (aborted !== null) {
      rollbackAll();
      for (const { job } of done) for (const callback of job.rollbacks.splice(0)) callback();
      if (retry.length > 0) {
        pending.unshift(...retry);
        queueBatch();
      }
      return;
    }
    try {
      control('COMMIT');
    } catch (error) {
      rollbackAll();
      for (const { job } of done) {
        for (const callback of job.rollbacks.splice(0)) callback();
        job.reject(error);
      }
      return;
    }
    if (done.length === 0) return;
    flushWal().then(
      () => {
        for (const { job, result } of done) job.resolve(result);
      },
      (error: unknown) => {
        for (const { job } of done) job.reject(error);
      },
    );
  };
  const queueBatch = () => {
    if (batchQueued) return;
    batchQueued = true;
    void serial(runBatch);
  };

  const read = <T>(fn: (tx: Tx) => Promise<T>): Promise<T> =>
    serial(async () => {
      if (closed) throw storeFail('store_closed', undefined);
      control('BEGIN DEFERRED');
      try {
        const result = await fn(tx);
        control('COMMIT');
        return result;
      } catch (error) {
        rollbackAll();
        throw error;
      }
    });

  const query = (sql: string, params: Params = []): Promise<Row[]> =>
    serial(async () => {
      if (closed) throw storeFail('store_closed', undefined);
      return prepare(sql).all(...params) as Row[];
    });

  return {
    engine: 'sqlite',
    library: opened.library,
    forUpdate: '',
    query,
    write: <T>(fn: (tx: Tx) => Promise<T>) =>
      new Promise<T>((resolve, reject) => {
        if (closed) {
          reject(storeFail('store_closed', undefined));
          return;
        }
        pending.push({ fn, resolve: resolve as (value: unknown) => void, reject, rollbacks: [] });
        queueBatch();
      }),
    read,
    async lockMigrations() {},
    translate: translateSqlite,
    isUniqueViolation: (error) => sqliteCode(error) === 19,
    async close() {
      if (closed) return;
      while (pending.length > 0 || batchQueued) await queue;
      await queue;
      await flushed.catch(() => undefined);
      closed = true;
      await walFile?.close().catch(() => undefined);
      statements.clear();
      db.close();
    },
  };
}

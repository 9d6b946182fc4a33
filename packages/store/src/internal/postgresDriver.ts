import { createRequire } from 'node:module';
import type { GebiedsgerichtError } from '@gebiedsgericht/core';
import { storeFail } from '../messages';
import type { Driver, Params, Row, Tx } from './driver';

/** A statement with parameters, prepared once per connection under its name. */
interface PgStatement {
  readonly name: string;
  readonly text: string;
  readonly values: readonly unknown[];
}

/** The part of `pg` the store uses. */
interface PgClient {
  query(
    statement: string | PgStatement,
    params?: readonly unknown[],
  ): Promise<{ rows: Row[]; rowCount: number | null }>;
  release(destroy?: boolean | Error): void;
  on(event: 'error', listener: (error: Error) => void): unknown;
  off(event: 'error', listener: (error: Error) => void): unknown;
}
interface PgPool {
  connect(): Promise<PgClient>;
  end(): Promise<void>;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

const requireHere = createRequire(typeof __filename === 'string' ? __filename : import.meta.url);

/** `?` placeholders to PostgreSQL's `$1, $2, ...` (the store's SQL has no `?` inside literals). */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** The name of each statement's prepared form, by its SQL (`?` placeholders). */
const statementNames = new Map<string, { name: string; text: string }>();

/**
 * A named statement: `pg` prepares it on a connection the first time it runs there and then only
 * binds and executes it, so the server parses and plans it once per connection instead of on
 * every call. The store's statements are a fixed set (list filters give a few dozen variants).
 */
export function preparedStatement(sql: string, params: Params): PgStatement {
  let known = statementNames.get(sql);
  if (!known) {
    known = { name: `gebiedsgericht_store_${statementNames.size + 1}`, text: numberPlaceholders(sql) };
    statementNames.set(sql, known);
  }
  return { name: known.name, text: known.text, values: params };
}

/**
 * Whether the server refused a prepared statement whose result columns changed type since it was
 * prepared on this connection (a migration run meanwhile, perhaps by another server): the
 * statement failed before it changed anything, and works again on a fresh connection.
 */
function isStaleStatement(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { code?: unknown }).code === '0A000' &&
    /cached plan/i.test(String((error as { message?: unknown }).message))
  );
}

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EPIPE', 'ETIMEDOUT', 'ENOENT']);

function translatePostgres(error: unknown): GebiedsgerichtError | null {
  if (typeof error !== 'object' || error === null) return null;
  const e = error as { code?: unknown; message?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : String(error);
  if (code === '25006') return storeFail('store_read_only', undefined);
  if (code === '53100') return storeFail('store_full', undefined);
  if (code === '40001' || code === '40P01' || code === '55P03') return storeFail('store_busy', undefined);
  if (
    CONNECTION_CODES.has(code) ||
    code.startsWith('08') ||
    code === '57P01' ||
    code === '57P02' ||
    code === '57P03' ||
    /Connection terminated|connection timeout|Client has encountered a connection error/i.test(message)
  ) {
    return storeFail('store_unavailable', { detail: message });
  }
  return null;
}

/** A failure before anything could be written: safe to try once more on a fresh connection. */
class NotStarted extends Error {
  constructor(readonly original: unknown) {
    super('transaction not started');
  }
}

/** A PostgreSQL connection pool; one transaction per checked-out client. */
export function postgresDriver(config: { connectionString: string; max?: number }): Driver {
  let Pool: new (config: Record<string, unknown>) => PgPool;
  try {
    Pool = (requireHere('pg') as { Pool: typeof Pool }).Pool;
  } catch (error) {
    throw storeFail('engine_unavailable', { engine: 'pg', detail: (error as Error).message ?? String(error) }, [
      'connectionString',
    ]);
  }
  const newPool = () => {
    const created = new Pool({ connectionString: config.connectionString, max: config.max ?? 4 });
    // An idle client that loses its connection must not crash the application; the next query
    // gets a fresh connection and a failure there is answered with a typed error.
    created.on('error', () => undefined);
    return created;
  };
  let pool = newPool();
  /**
   * After a connection failure or a change of the server's state (read-only), the idle
   * connections of the pool may carry the old state: the pool is replaced by a fresh one.
   */
  const renewPool = () => {
    const old = pool;
    pool = newPool();
    old.end().catch(() => undefined);
  };
  let closed = false;
  const attempt = async <T>(begin: string, fn: (tx: Tx) => Promise<T>): Promise<T> => {
    if (closed) throw storeFail('store_closed', undefined);
    let client: PgClient;
    try {
      client = await pool.connect();
    } catch (error) {
      const translated = translatePostgres(error);
      if (translated) renewPool();
      throw new NotStarted(translated ?? error);
    }
    const rollbacks: (() => void)[] = [];
    const tx: Tx = {
      async all(sql: string, params: Params = []) {
        return (await client.query(preparedStatement(sql, params))).rows;
      },
      async run(sql: string, params: Params = []) {
        return (await client.query(preparedStatement(sql, params))).rowCount ?? 0;
      },
      async exec(sql: string) {
        await client.query(sql);
      },
      onRollback(callback: () => void) {
        rollbacks.push(callback);
      },
    };
    let broken: Error | undefined;
    // The pool listens for errors of idle clients only: a connection that ends while this client
    // is checked out would otherwise crash the host. The failing query answers for it.
    const lost = (error: Error) => {
      broken = error;
    };
    client.on('error', lost);
    let started = false;
    try {
      await client.query(begin);
      started = true;
      const result = await fn(tx);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      for (const callback of rollbacks.splice(0)) callback();
      // After a connection or server-state failure, or a prepared statement that no longer fits
      // the tables, no connection of the pool is reused.
      const stale = isStaleStatement(error);
      if (translatePostgres(error) || stale) {
        broken = error as Error;
        renewPool();
      }
      try {
        await client.query('ROLLBACK');
      } catch (rollbackError) {
        broken = rollbackError as Error;
      }
      // A transaction that never began, that the server refused as read-only, or whose statement
      // was refused as stale before the rollback, wrote nothing.
      if (!started || stale || (error as { code?: unknown }).code === '25006') throw new NotStarted(error);
      throw error;
    } finally {
      client.off('error', lost);
      client.release(broken);
    }
  };
  /** One retry on a fresh connection when the first attempt certainly wrote nothing. */
  const transaction = async <T>(begin: string, fn: (tx: Tx) => Promise<T>): Promise<T> => {
    try {
      return await attempt(begin, fn);
    } catch (first) {
      if (!(first instanceof NotStarted)) throw first;
      try {
        return await attempt(begin, fn);
      } catch (second) {
        throw second instanceof NotStarted ? second.original : second;
      }
    }
  };
  /** One statement on a pooled connection; after a lost connection it runs once more on a fresh one. */
  const queryOnce = async (sql: string, params: Params): Promise<Row[]> => {
    if (closed) throw storeFail('store_closed', undefined);
    let client: PgClient;
    try {
      client = await pool.connect();
    } catch (error) {
      if (translatePostgres(error)) renewPool();
      throw error;
    }
    let broken: Error | undefined;
    const lost = (error: Error) => {
      broken = error;
    };
    client.on('error', lost);
    try {
      return (await client.query(preparedStatement(sql, params))).rows;
    } catch (error) {
      if (translatePostgres(error) || isStaleStatement(error)) {
        broken = error as Error;
        renewPool();
      }
      throw error;
    } finally {
      client.off('error', lost);
      client.release(broken);
    }
  };
  const query = async (sql: string, params: Params = []): Promise<Row[]> => {
    try {
      return await queryOnce(sql, params);
    } catch (first) {
      // A read changes nothing, so after a connection failure or a stale prepared statement it is
      // safe to ask once more, on a fresh connection.
      if ((translatePostgres(first)?.code !== 'store_unavailable' && !isStaleStatement(first)) || closed) throw first;
      return queryOnce(sql, params);
    }
  };
  return {
    engine: 'postgres',
    library: 'pg',
    forUpdate: ' FOR UPDATE',
    query,
    write: (fn) => transaction('BEGIN', fn),
    read: (fn) => transaction('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', fn),
    async lockMigrations(tx) {
      // One number for the store's migrations: the first server migrates, the others wait.
      await tx.all('SELECT pg_advisory_xact_lock(?)', [7_418_201]);
    },
    translate: translatePostgres,
    isUniqueViolation: (error) =>
      typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505',
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

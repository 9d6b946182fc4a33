import type { GebiedsgerichtError } from '@gebiedsgericht/core';

/** A result row: column name to value. */
export type Row = Record<string, unknown>;
/** Parameter values: `?` placeholders in order; bytes go to a BLOB (SQLite) or `bytea` (PostgreSQL) column. */
export type Params = readonly (string | number | Uint8Array | null)[];

/** Statements inside one transaction. SQL uses `?` placeholders for both engines. */
export interface Tx {
  all(sql: string, params?: Params): Promise<Row[]>;
  run(sql: string, params?: Params): Promise<number>;
  /** Runs several statements without parameters (a migration). */
  exec(sql: string): Promise<void>;
  /**
   * Registers a callback for when the writes of this transaction (or of this write within a
   * group commit) are rolled back after they ran, so in-memory state derived from them is dropped.
   */
  onRollback(callback: () => void): void;
}

/** What the store needs from a database engine. */
export interface Driver {
  readonly engine: 'sqlite' | 'postgres';
  /** The library in use: `better-sqlite3`, `node:sqlite` or `pg`. */
  readonly library: string;
  /** Runs `fn` in a write transaction that holds the write lock (SQLite `BEGIN IMMEDIATE`). */
  write<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Runs `fn` in a read transaction that sees one consistent state. */
  read<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * Runs one read-only statement on its own, without `BEGIN` and `COMMIT`: a single statement
   * sees one consistent state by itself, and on a server it costs one round trip instead of three.
   */
  query(sql: string, params?: Params): Promise<Row[]>;
  /** Serialises concurrent migrations (PostgreSQL advisory lock); inside a write transaction. */
  lockMigrations(tx: Tx): Promise<void>;
  /** `FOR UPDATE` where the engine needs it to lock a row in a transaction. */
  readonly forUpdate: string;
  /** A typed error for a database failure, or `null` if it is not one. */
  translate(error: unknown): GebiedsgerichtError | null;
  /** Whether the error is a unique-key violation (a concurrent append won the race). */
  isUniqueViolation(error: unknown): boolean;
  close(): Promise<void>;
}

import { migrations } from './internal/migrations';

/**
 * One versioned migration of the store's tables, as SQL text per engine.
 *
 * @example
 * storeSchema[0]?.version; // 1
 */
export interface StoreSchemaMigration {
  readonly version: number;
  readonly name: string;
  /** The file name under `sql/sqlite/` and `sql/postgres/` in the package. */
  readonly fileName: string;
  readonly sqlite: string;
  readonly postgres: string;
}

/**
 * The SQL of every migration, in order: what the store runs at open (recorded in
 * `store_migrations`), and what tools in other languages can run or read. The same text is
 * published as `sql/<engine>/<file>` in the package.
 *
 * @example
 * for (const m of storeSchema) console.log(m.fileName, m.postgres.length);
 * @see docs/store.md (the schema)
 */
export const storeSchema: readonly StoreSchemaMigration[] = Object.freeze(
  migrations.map((m) =>
    Object.freeze({
      version: m.version,
      name: m.name,
      fileName: `${String(m.version).padStart(4, '0')}_${m.name}.sql`,
      sqlite: m.sqlite,
      postgres: m.postgres,
    }),
  ),
);

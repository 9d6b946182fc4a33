/**
 * `@gebiedsgericht/store`: area processes kept in SQLite or PostgreSQL. See docs/store.md.
 *
 * @packageDocumentation
 */
export { storeMessages } from './messages';
export { type PostgresStoreOptions, openPostgresStore } from './openPostgresStore';
export { openSqliteStore, type SqliteStoreOptions } from './openSqliteStore';
export { storeSchema, type StoreSchemaMigration } from './storeSchema';
export type {
  AppendOptions,
  AppendResult,
  AreaProcessStore,
  CreateStoredProcessInput,
  DocumentMigration,
  ListFilter,
  LoadedProcess,
  OverviewKnelpunt,
  ProcessOverview,
  ProvinceOverview,
  RejectedAttempt,
  StoredDocument,
  StoredEvent,
  VerifyReport,
} from './types';

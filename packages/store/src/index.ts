/**
 * `@gebiedsgericht/store`: area processes kept in SQLite or PostgreSQL. See docs/store.md.
 *
 * @packageDocumentation
 */
export { storeMessages } from './messages';
export { openPostgresStore, type PostgresStoreOptions } from './openPostgresStore';
export { openSqliteStore, type SqliteStoreOptions } from './openSqliteStore';
export { type StoreSchemaMigration, storeSchema } from './storeSchema';
export type {
  AppendOptions,
  AppendResult,
  CreateStoredProcessInput,
  DocumentMigration,
  GebiedsprocesStore,
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

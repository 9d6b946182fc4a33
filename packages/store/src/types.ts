import type { AuditEntry, ErrorIssue, GebiedsprocesSettings, StepTemplate } from '@gebiedsgericht/core';
import type { ProvincialRollup, RunningGebiedsproces } from './internal/processAdapter';

export type { ProvincialRollup, RunningGebiedsproces };

/**
 * What {@link GebiedsprocesStore.create} needs: the same input as `createGebiedsproces`.
 *
 * @example
 * await store.create({ template: defaultStepTemplate, settings, startedAt: '2026-01-12T09:00:00+01:00' });
 */
export interface CreateStoredProcessInput {
  readonly template: StepTemplate;
  readonly settings: GebiedsprocesSettings;
  /** When the process started: the first step opens at this moment. */
  readonly startedAt: string;
}

/**
 * Options of {@link GebiedsprocesStore.append}.
 *
 * @example
 * await store.append(processId, event, { expectedVersion: 12, idempotencyKey: 'form-7f3a' });
 */
export interface AppendOptions {
  /** The stream version the caller last saw; the append fails with a conflict if the stream moved on. */
  readonly expectedVersion: number;
  /** A key unique per intended event: a retried append with the same key is not applied twice. */
  readonly idempotencyKey?: string;
  /**
   * The current time (ISO 8601 with offset), as the host's clock gives it: an event dated later than
   * this plus the process's tolerance (core's `LIMITS.eventClockTolerance`, five minutes) is
   * rejected by the process (`event_in_future`), as `RunningGebiedsproces.send` does with `now`.
   */
  readonly now?: string;
}

/**
 * The answer to {@link GebiedsprocesStore.append}: accepted (with the audit entry and the new
 * version), rejected by the process (with its reason; nothing written to the stream), or a
 * `concurrency_conflict` with the current version.
 *
 * @example
 * const result = await store.append(processId, event, { expectedVersion: 3 });
 * if (result.status === 'conflict') retryFrom(result.currentVersion);
 */
export type AppendResult =
  | {
      readonly status: 'accepted';
      /** The stream version after this event (1 for the first event). */
      readonly version: number;
      readonly entry: AuditEntry;
      /** `true` when the idempotency key was seen before and the stored result is returned. */
      readonly duplicate: boolean;
    }
  | {
      readonly status: 'rejected';
      /** The unchanged stream version. */
      readonly version: number;
      readonly reason: ErrorIssue;
    }
  | {
      readonly status: 'conflict';
      readonly currentVersion: number;
      /** Code `concurrency_conflict`. */
      readonly reason: ErrorIssue;
    };

/**
 * One stored event of a stream.
 *
 * @example
 * (await store.history(processId))[0]?.entry.type; // 'deliverable.submit'
 */
export interface StoredEvent {
  readonly processId: string;
  /** 1, 2, 3, ... per process. */
  readonly version: number;
  readonly type: string;
  readonly occurredAt: string;
  readonly idempotencyKey: string | null;
  /** The event as sent. */
  readonly event: Readonly<Record<string, unknown>>;
  /** The audit entry the process wrote for it. */
  readonly entry: AuditEntry;
}

/**
 * A running area process loaded from the store, with the stream version it reflects.
 *
 * @example
 * const { process, version } = await store.load(processId);
 */
export interface LoadedProcess {
  readonly process: RunningGebiedsproces;
  readonly version: number;
  /** The version of the snapshot it started from, or `null` when every event was replayed. */
  readonly snapshotVersion: number | null;
}

/**
 * An open knelpunt in the overview.
 *
 * @example
 * row.openKnelpunten[0]?.level; // 'mediation'
 */
export interface OverviewKnelpunt {
  readonly id: string;
  readonly level: string;
  readonly dueAt: string | null;
}

/**
 * One row of the read model: where a process stands, for dashboards.
 *
 * @example
 * const [row] = await store.list({ provinceId: 'provincie-zuidmark' });
 * row?.step; // 'visie-en-afwegingskader'
 */
export interface ProcessOverview {
  readonly processId: string;
  readonly version: number;
  readonly areaId: string | null;
  readonly provinceIds: readonly string[];
  readonly templateId: string;
  /** The current step id, or `monitoring` after the last step. */
  readonly step: string;
  readonly status: string;
  readonly stepsClosed: number;
  readonly stepCount: number;
  /** Closed steps as a share of all steps, 0–1. */
  readonly progress: number;
  /** The next ijkmoment of each kind at the time of the last event. */
  readonly nextIjkmomenten: Readonly<Record<string, { readonly id: string; readonly date: string }>>;
  readonly openKnelpunten: readonly OverviewKnelpunt[];
  /** The earliest due date of an open knelpunt, in UTC, or `null`. */
  readonly nextDueAt: string | null;
  readonly lastEventAt: string;
}

/**
 * A filter for {@link GebiedsprocesStore.list}; every field narrows the result.
 *
 * @example
 * await store.list({ provinceId: 'provincie-zuidmark', dueBefore: '2027-06-01T00:00:00Z' });
 */
export interface ListFilter {
  readonly provinceId?: string;
  readonly step?: string;
  readonly status?: string;
  /** Only processes with an open knelpunt due at or before this moment. */
  readonly dueBefore?: string;
  readonly limit?: number;
  readonly offset?: number;
}

/**
 * The overview of a province at a moment.
 *
 * @example
 * (await store.provinceOverview('provincie-zuidmark', now)).byStep;
 */
export interface ProvinceOverview {
  readonly provinceId: string;
  readonly now: string;
  readonly processCount: number;
  readonly byStep: Readonly<Record<string, number>>;
  readonly byStatus: Readonly<Record<string, number>>;
  readonly openKnelpunten: number;
  /** Processes with an open knelpunt past its due date at `now`. */
  readonly overdue: readonly ProcessOverview[];
  readonly processes: readonly ProcessOverview[];
}

/**
 * A stored document version.
 *
 * @example
 * const { document, version } = await store.getDocument('startnotitie', 'startnotitie-lindewaard');
 */
export interface StoredDocument {
  readonly kind: string;
  readonly id: string;
  readonly version: number;
  readonly processId: string | null;
  readonly storedAt: string;
  readonly document: Readonly<Record<string, unknown>>;
}

/**
 * A function that brings a document from one schema version to the next.
 *
 * @example
 * const migrations = { startnotitie: { 1: (doc) => ({ ...doc, schemaVersion: 2 }) } };
 */
export type DocumentMigration = (document: Record<string, unknown>) => Record<string, unknown>;

/**
 * The result of {@link GebiedsprocesStore.verify}.
 *
 * @example
 * const report = await store.verify(processId);
 * if (!report.ok) console.log(report.problems.map((p) => p.message.nl));
 */
export interface VerifyReport {
  readonly processId: string;
  readonly version: number;
  readonly ok: boolean;
  readonly problems: readonly ErrorIssue[];
}

/**
 * Area processes kept in a database: one interface, two engines (SQLite and PostgreSQL).
 *
 * @example
 * const store = await openSqliteStore({ path: 'gebiedsprocessen.db' });
 * const { version } = await store.create({ template, settings, startedAt });
 * await store.append(settings.processId, event, { expectedVersion: version });
 * @see docs/store.md
 */
export interface GebiedsprocesStore {
  /** `sqlite` or `postgres`. */
  readonly engine: 'sqlite' | 'postgres';
  /** The driver library in use: `better-sqlite3`, `node:sqlite` or `pg`. */
  readonly library: string;
  /** Starts a new stream (version 0). Fails with `process_exists` for a known id. */
  create(input: CreateStoredProcessInput): Promise<{ readonly processId: string; readonly version: number }>;
  /** Offers one event to the process; only an accepted event is written. */
  append(processId: string, event: unknown, options: AppendOptions): Promise<AppendResult>;
  /** A running process from the latest valid snapshot plus newer events. */
  load(processId: string): Promise<LoadedProcess>;
  /** The current stream version. */
  version(processId: string): Promise<number>;
  /** Every stored event, in order (optionally from a version on). */
  history(processId: string, options?: { readonly fromVersion?: number }): Promise<readonly StoredEvent[]>;
  /** The events the process rejected, for the audit. */
  rejected(processId: string): Promise<readonly RejectedAttempt[]>;
  /** Read-model rows, filtered. */
  list(filter?: ListFilter): Promise<readonly ProcessOverview[]>;
  /** Counts and overdue processes for a province at `now`. */
  provinceOverview(provinceId: string, now: string): Promise<ProvinceOverview>;
  /** The provincial roll-up (`provincialRollup`) over the stored processes of a province. */
  provincialRollup(provinceId: string): Promise<ProvincialRollup>;
  /** Stores a new version of a document, validated against core's schema of its kind. */
  putDocument(
    document: unknown,
    options: { readonly storedAt: string; readonly processId?: string },
  ): Promise<StoredDocument>;
  /** A document version (the latest by default), migrated to the current schema version. */
  getDocument(kind: string, id: string, version?: number): Promise<StoredDocument>;
  /** Every document of a process, latest version of each. */
  listDocuments(filter?: { readonly processId?: string; readonly kind?: string }): Promise<readonly StoredDocument[]>;
  /** The process as JSON lines: a header, then every event in order. */
  exportProcess(processId: string): Promise<string>;
  /** Imports an export: replays every event, verifies the audit entries, writes it all at once. */
  importProcess(jsonLines: string): Promise<{ readonly processId: string; readonly version: number }>;
  /** Replays the stored events and compares them with the stored audit entries, snapshots and read model. */
  verify(processId: string): Promise<VerifyReport>;
  close(): Promise<void>;
}

/**
 * An event the process refused, kept apart from the stream.
 *
 * @example
 * (await store.rejected(processId))[0]?.reason.code; // 'event_not_allowed'
 */
export interface RejectedAttempt {
  readonly processId: string;
  readonly streamVersion: number;
  readonly attemptedAt: string | null;
  readonly event: unknown;
  readonly reason: ErrorIssue;
}

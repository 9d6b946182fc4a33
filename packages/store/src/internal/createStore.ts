import {
  type AuditEntry,
  documentSchemas,
  type ErrorIssue,
  GebiedsgerichtError,
  IdSchema,
  IsoDateTimeSchema,
  validate,
} from '@gebiedsgericht/core';
import * as z from 'zod';
import { storeFail, storeMessages } from '../messages';
import type {
  AppendResult,
  DocumentMigration,
  GebiedsprocesStore,
  ListFilter,
  LoadedProcess,
  ProcessOverview,
  RejectedAttempt,
  StoredDocument,
  StoredEvent,
  VerifyReport,
} from '../types';
import type { Driver, Row, Tx } from './driver';
import { migrations } from './migrations';
import {
  appliedAsNew,
  appliedCount,
  auditEntryProblems,
  describeSettings,
  type RunningGebiedsproces,
  rejectionOfStoredLink,
  restoreCheckedProcess,
  rollup,
  SNAPSHOT_SCHEMA_VERSION,
  type StreamStart,
  sendEvent,
  snapshotDataOf,
  snapshotHeadOf,
  snapshotOf,
  snapshotVersionOf,
  startProcess,
  storedSnapshotText,
  summarize,
  summarizeWithQueries,
  versionOfEntry,
} from './processAdapter';
import { stableStringify } from './stableStringify';

/** Options shared by both engines. */
export interface StoreOptions {
  /** Write a snapshot every this many events (default 100). */
  readonly snapshotEvery?: number;
  /** Migrations of stored documents per kind, by the schema version they start from. */
  readonly documentMigrations?: Readonly<Record<string, Readonly<Record<number, DocumentMigration>>>>;
  /** Keep the running process of recent appends in memory (default true). */
  readonly cacheProcesses?: boolean;
}

export const StoreOptionsShape = {
  snapshotEvery: z.number().int().min(1).optional(),
  documentMigrations: z
    .record(
      z.string(),
      z.record(
        z.string(),
        z.custom<DocumentMigration>((f) => typeof f === 'function'),
      ),
    )
    .optional(),
  cacheProcesses: z.boolean().optional(),
};

const AppendOptionsSchema = z.strictObject({
  expectedVersion: z.number().int().min(0),
  idempotencyKey: z.string().min(1).max(200).optional(),
  now: IsoDateTimeSchema.optional(),
});
const ProcessIdSchema = IdSchema;
const ListFilterSchema = z.strictObject({
  provinceId: IdSchema.optional(),
  step: z.string().min(1).optional(),
  status: z.string().min(1).optional(),
  dueBefore: IsoDateTimeSchema.optional(),
  limit: z.number().int().min(1).optional(),
  offset: z.number().int().min(0).optional(),
});
const DocumentHeaderSchema = z.looseObject({
  kind: z.string().min(1),
  schemaVersion: z.number().int().min(1),
  id: IdSchema,
});
const PutDocumentOptionsSchema = z.strictObject({ storedAt: IsoDateTimeSchema, processId: IdSchema.optional() });
const ExportHeaderSchema = z.strictObject({
  kind: z.literal('gebiedsprocesStream'),
  formatVersion: z.literal(1),
  processId: IdSchema,
  template: z.record(z.string(), z.unknown()),
  settings: z.record(z.string(), z.unknown()),
  startedAt: IsoDateTimeSchema,
  version: z.number().int().min(0),
});
const ExportEventSchema = z.strictObject({
  version: z.number().int().min(1),
  idempotencyKey: z.string().min(1).nullable(),
  event: z.record(z.string(), z.unknown()),
  entry: z.record(z.string(), z.unknown()).optional(),
});

/** Every instant in one form (UTC, milliseconds), so text comparison orders them. */
function utc(moment: string): string {
  return new Date(moment).toISOString();
}

function num(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}

interface StreamRow {
  readonly version: number;
  readonly start: StreamStart;
}

interface Cached {
  readonly version: number;
  readonly process: RunningGebiedsproces;
  /** The stored audit entry at `version`, when this store wrote it. */
  readonly head?: AuditEntry;
}

function overviewOf(row: Row): ProcessOverview {
  return {
    processId: String(row.process_id),
    version: num(row.version),
    areaId: row.area_id === null ? null : String(row.area_id),
    provinceIds: JSON.parse(String(row.province_ids)) as string[],
    templateId: String(row.template_id),
    step: String(row.step),
    status: String(row.status),
    stepsClosed: num(row.steps_closed),
    stepCount: num(row.step_count),
    progress: num(row.progress),
    nextIjkmomenten: JSON.parse(String(row.next_ijkmomenten)) as ProcessOverview['nextIjkmomenten'],
    openKnelpunten: JSON.parse(String(row.open_knelpunten)) as ProcessOverview['openKnelpunten'],
    nextDueAt: row.next_due_at === null ? null : String(row.next_due_at),
    lastEventAt: String(row.last_event_at),
  };
}

function eventOf(row: Row): StoredEvent {
  return {
    processId: String(row.process_id),
    version: num(row.version),
    type: String(row.type),
    occurredAt: String(row.occurred_at),
    idempotencyKey: row.idempotency_key === null ? null : String(row.idempotency_key),
    event: JSON.parse(String(row.event)) as Record<string, unknown>,
    entry: JSON.parse(String(row.entry)) as AuditEntry,
  };
}

/**
 * What `load` reads, in one statement: first the stream's version with its latest snapshot of the
 * current schema version and the stored audit entry of that snapshot's version (`part` 0), then
 * the events after that snapshot in order (`part` 1). Parameters: the snapshot schema version,
 * the process id three times, the snapshot schema version.
 */
const LOAD_SQL = `SELECT 0 AS part, s.version, p.version AS snapshot_version, p.body, p.checksum, e.entry, p.encoding, p.data
  FROM streams s
  LEFT JOIN snapshots p ON p.process_id = s.process_id AND p.version = (
    SELECT MAX(m.version) FROM snapshots m WHERE m.process_id = s.process_id AND m.schema_version = ?)
  LEFT JOIN events e ON e.process_id = p.process_id AND e.version = p.version
  WHERE s.process_id = ?
UNION ALL
SELECT 1 AS part, x.version, NULL, x.event, NULL, NULL, NULL, NULL
  FROM events x
  WHERE x.process_id = ? AND x.version > COALESCE((
    SELECT MAX(m.version) FROM snapshots m WHERE m.process_id = ? AND m.schema_version = ?), 0)
ORDER BY 1, 2`;

const OVERVIEW_COLUMNS =
  'process_id, version, area_id, province_ids, template_id, step, status, steps_closed, step_count, progress, next_ijkmomenten, open_knelpunten, open_knelpunt_count, next_due_at, last_event_at';

/** Builds the engine-independent store over a driver; migrates the schema first. */
export async function createStore(driver: Driver, options: StoreOptions = {}): Promise<GebiedsprocesStore> {
  const snapshotEvery = options.snapshotEvery ?? 100;
  const useCache = options.cacheProcesses ?? true;
  const cache = new Map<string, Cached>();

  /** Runs `fn`; database failures become typed errors. */
  async function guarded<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      if (error instanceof GebiedsgerichtError) throw error;
      const translated = driver.translate(error);
      if (translated) throw translated;
      throw error;
    }
  }

  const latest = migrations[migrations.length - 1]?.version ?? 0;
  const upToDate = await guarded(() =>
    driver.read(async (tx) => {
      const tables = await tx.all(
        driver.engine === 'sqlite'
          ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'store_migrations'"
          : "SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'store_migrations'",
      );
      if (tables.length === 0) return false;
      const rows = await tx.all('SELECT MAX(version) AS version FROM store_migrations');
      return num(rows[0]?.version ?? 0) >= latest;
    }),
  );
  if (!upToDate)
    await guarded(() =>
      driver.write(async (tx) => {
        await driver.lockMigrations(tx);
        await tx.exec('CREATE TABLE IF NOT EXISTS store_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)');
        const applied = new Set((await tx.all('SELECT version FROM store_migrations')).map((r) => num(r.version)));
        for (const migration of migrations) {
          if (applied.has(migration.version)) continue;
          await tx.exec(driver.engine === 'sqlite' ? migration.sqlite : migration.postgres);
          await tx.run('INSERT INTO store_migrations (version, name) VALUES (?, ?)', [
            migration.version,
            migration.name,
          ]);
        }
      }),
    );

  /** Template, settings and start never change after create: parsed once per process. */
  const starts = new Map<string, StreamStart>();

  async function streamOf(tx: Tx, processId: string, lock: boolean): Promise<StreamRow> {
    const known = starts.get(processId);
    if (known) {
      const rows = await tx.all(`SELECT version FROM streams WHERE process_id = ?${lock ? driver.forUpdate : ''}`, [
        processId,
      ]);
      const row = rows[0];
      if (row) return { version: num(row.version), start: known };
    }
    const rows = await tx.all(
      `SELECT version, template, settings, started_at FROM streams WHERE process_id = ?${lock ? driver.forUpdate : ''}`,
      [processId],
    );
    const row = rows[0];
    if (!row) throw storeFail('unknown_process', { processId }, ['processId']);
    const start: StreamStart = {
      template: JSON.parse(String(row.template)),
      settings: JSON.parse(String(row.settings)),
      startedAt: String(row.started_at),
    };
    starts.set(processId, start);
    return { version: num(row.version), start };
  }

  /**
   * The process in a stored snapshot row (`version`, `encoding`, `body` or `data`, `checksum` and
   * `entry`, the stored audit entry of its version), or `null` when the row is unusable: a
   * checksum that does not match the stored bytes or text, bytes that do not decompress, another
   * schema version, an audit head that is not the stored entry, or an event count other than its
   * version. Such a snapshot is restored without validating its context again; anything else is
   * a cache miss.
   */
  function restoreSnapshotRow(row: Row): RunningGebiedsproces | null {
    if (row.entry === null || row.entry === undefined) return null;
    try {
      const body = storedSnapshotText(String(row.encoding), row.body, row.data, String(row.checksum));
      if (body === null) return null;
      const parsed: unknown = JSON.parse(body);
      if (snapshotVersionOf(parsed) !== SNAPSHOT_SCHEMA_VERSION) return null;
      const storedHead = JSON.parse(String(row.entry)) as AuditEntry;
      if (snapshotHeadOf(parsed)?.hash !== storedHead.hash) return null;
      const process = restoreCheckedProcess(parsed);
      return appliedCount(process) === num(row.version) ? process : null;
    } catch {
      // A snapshot that does not restore is a cache miss: the events are replayed instead.
      return null;
    }
  }

  /** The latest usable snapshot at or below `upTo` (see {@link restoreSnapshotRow}), trying three. */
  async function snapshotBase(
    tx: Tx,
    processId: string,
    upTo: number,
  ): Promise<{ process: RunningGebiedsproces; version: number } | null> {
    // One snapshot (with the stored entry of its version) per query: the next older one is read
    // only when this one is unusable.
    let below = upTo + 1;
    for (let attempt = 0; attempt < 3; attempt++) {
      const row = (
        await tx.all(
          'SELECT s.version, s.body, s.checksum, e.entry, s.encoding, s.data FROM snapshots s LEFT JOIN events e ON e.process_id = s.process_id AND e.version = s.version WHERE s.process_id = ? AND s.schema_version = ? AND s.version < ? ORDER BY s.version DESC LIMIT 1',
          [processId, SNAPSHOT_SCHEMA_VERSION, below],
        )
      )[0];
      if (!row) return null;
      const version = num(row.version);
      below = version;
      const process = restoreSnapshotRow(row);
      if (process) return { process, version };
    }
    return null;
  }

  /**
   * Sends stored events (rows with `version` and the event's text in `column`) to the process,
   * which must apply each as new.
   */
  function replayRows(processId: string, process: RunningGebiedsproces, rows: readonly Row[], column = 'event') {
    for (const row of rows) {
      const outcome = sendEvent(process, JSON.parse(String(row[column])));
      if (!appliedAsNew(outcome))
        throw storeFail('stream_corrupt', { processId, version: num(row.version) }, ['processId']);
    }
  }

  /** The process at the stream's version: snapshot plus newer events, or every event replayed. */
  async function materialize(tx: Tx, processId: string, stream: StreamRow): Promise<LoadedProcess> {
    const base = stream.version > 0 ? await snapshotBase(tx, processId, stream.version) : null;
    const process = base ? base.process : startProcess(stream.start);
    const from = base ? base.version : 0;
    if (from < stream.version) {
      replayRows(
        processId,
        process,
        await tx.all('SELECT version, event FROM events WHERE process_id = ? AND version > ? ORDER BY version', [
          processId,
          from,
        ]),
      );
    }
    return { process, version: stream.version, snapshotVersion: base ? base.version : null };
  }

  /**
   * `load` in one statement: the stream's version, its latest snapshot of the current schema
   * version with the stored entry of that version, and the events after it. When that snapshot is
   * unusable, or the process's start is not known yet, the load runs again as a transaction that
   * tries older snapshots and replays.
   */
  async function loadProcess(processId: string): Promise<LoadedProcess> {
    const rows = await driver.query(LOAD_SQL, [
      SNAPSHOT_SCHEMA_VERSION,
      processId,
      processId,
      processId,
      SNAPSHOT_SCHEMA_VERSION,
    ]);
    const head = rows[0];
    if (!head || num(head.part) !== 0) throw storeFail('unknown_process', { processId }, ['processId']);
    const version = num(head.version);
    const events = rows.slice(1);
    const snapshotVersion = head.snapshot_version === null ? null : num(head.snapshot_version);
    const start = starts.get(processId);
    const base = snapshotVersion === null ? null : restoreSnapshotRow({ ...head, version: snapshotVersion });
    const from = base ? (snapshotVersion ?? 0) : 0;
    const complete =
      events.length === version - from && (events.length === 0 || num(events.at(-1)?.version) === version);
    if ((snapshotVersion !== null && !base) || (!base && !start) || !complete) {
      return driver.read(async (tx) => materialize(tx, processId, await streamOf(tx, processId, false)));
    }
    const process = base ?? startProcess(start as StreamStart);
    // The events are in the column named after the first part of the union: `body`.
    replayRows(processId, process, events, 'body');
    return { process, version, snapshotVersion: base ? snapshotVersion : null };
  }

  /**
   * The cached process brought up to the stream's version with the events other writers appended
   * since, or `null` when there is no usable cache.
   */
  async function catchUp(tx: Tx, processId: string, stream: StreamRow, cached: Cached | undefined) {
    if (!cached || cached.version > stream.version) return null;
    if (cached.version === stream.version) return cached.process;
    if (stream.version - cached.version > snapshotEvery) return null;
    const rows = await tx.all('SELECT event FROM events WHERE process_id = ? AND version > ? ORDER BY version', [
      processId,
      cached.version,
    ]);
    for (const row of rows) {
      if (!appliedAsNew(sendEvent(cached.process, JSON.parse(String(row.event))))) return null;
    }
    return appliedCount(cached.process) === stream.version ? cached.process : null;
  }

  async function writeSnapshot(tx: Tx, processId: string, version: number, process: RunningGebiedsproces) {
    const { data, checksum } = snapshotDataOf(process);
    await tx.run(
      "INSERT INTO snapshots (process_id, version, schema_version, body, checksum, encoding, data) VALUES (?, ?, ?, NULL, ?, 'gzip', ?) ON CONFLICT (process_id, version) DO UPDATE SET schema_version = excluded.schema_version, body = NULL, checksum = excluded.checksum, encoding = 'gzip', data = excluded.data",
      [processId, version, SNAPSHOT_SCHEMA_VERSION, checksum, data],
    );
  }

  async function writeOverview(
    tx: Tx,
    processId: string,
    version: number,
    start: StreamStart,
    process: RunningGebiedsproces,
    at: string,
  ) {
    const described = describeSettings(start);
    const summary = summarize(process, start.template, at);
    const due = summary.openKnelpunten
      .map((k) => k.dueAt)
      .filter((d): d is string => d !== null)
      .map(utc)
      .sort()[0];
    await tx.run(
      `INSERT INTO process_overview (${OVERVIEW_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (process_id) DO UPDATE SET version = excluded.version, area_id = excluded.area_id,
         province_ids = excluded.province_ids, template_id = excluded.template_id, step = excluded.step,
         status = excluded.status, steps_closed = excluded.steps_closed, step_count = excluded.step_count,
         progress = excluded.progress, next_ijkmomenten = excluded.next_ijkmomenten,
         open_knelpunten = excluded.open_knelpunten, open_knelpunt_count = excluded.open_knelpunt_count,
         next_due_at = excluded.next_due_at, last_event_at = excluded.last_event_at`,
      [
        processId,
        version,
        described.areaId,
        JSON.stringify(described.provinceIds),
        described.templateId,
        summary.step,
        summary.status,
        summary.stepsClosed,
        summary.stepCount,
        summary.progress,
        JSON.stringify(summary.nextIjkmomenten),
        JSON.stringify(summary.openKnelpunten),
        summary.openKnelpunten.length,
        due ?? null,
        utc(at),
      ],
    );
  }

  async function insertStream(tx: Tx, start: StreamStart): Promise<string> {
    const process = startProcess(start);
    const { processId, provinceIds } = describeSettings(start);
    const exists = await tx.all('SELECT 1 AS found FROM streams WHERE process_id = ?', [processId]);
    if (exists.length > 0) throw storeFail('process_exists', { processId }, ['settings', 'processId']);
    await tx.run('INSERT INTO streams (process_id, version, template, settings, started_at) VALUES (?, 0, ?, ?, ?)', [
      processId,
      JSON.stringify(start.template),
      JSON.stringify(start.settings),
      start.startedAt,
    ]);
    for (const provinceId of provinceIds) {
      await tx.run('INSERT INTO process_provinces (process_id, province_id) VALUES (?, ?)', [processId, provinceId]);
    }
    await writeOverview(tx, processId, 0, start, process, start.startedAt);
    return processId;
  }

  async function insertEvent(
    tx: Tx,
    processId: string,
    version: number,
    event: unknown,
    entry: AuditEntry,
    idempotencyKey: string | null,
    log: readonly AuditEntry[],
    head?: AuditEntry,
  ) {
    // The process chains its entries; the store checks that the new one extends the stored chain,
    // so an event can never be written after a head it did not see. The head is read back unless
    // this store wrote it in an earlier transaction on this stream.
    let previous = head;
    if (version > 1 && previous === undefined) {
      const rows = await tx.all('SELECT entry FROM events WHERE process_id = ? AND version = ?', [
        processId,
        version - 1,
      ]);
      previous = rows[0] ? (JSON.parse(String(rows[0].entry)) as AuditEntry) : undefined;
    }
    const broken = rejectionOfStoredLink(version > 1 ? previous : undefined, version, entry, {
      madeHere: head !== undefined,
      log,
    });
    if (broken) throw storeFail('audit_chain_broken', { processId, version, detail: broken.message.en }, ['entry']);
    await tx.run(
      'INSERT INTO events (process_id, version, type, occurred_at, idempotency_key, event, entry) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [processId, version, entry.type, entry.timestamp, idempotencyKey, JSON.stringify(event), JSON.stringify(entry)],
    );
    await tx.run('UPDATE streams SET version = ? WHERE process_id = ?', [version, processId]);
  }

  async function readDocument(tx: Tx, kind: string, id: string, version?: number): Promise<StoredDocument> {
    const rows =
      version === undefined
        ? await tx.all(
            'SELECT kind, id, version, process_id, stored_at, body FROM documents WHERE kind = ? AND id = ? ORDER BY version DESC LIMIT 1',
            [kind, id],
          )
        : await tx.all(
            'SELECT kind, id, version, process_id, stored_at, body FROM documents WHERE kind = ? AND id = ? AND version = ?',
            [kind, id, version],
          );
    const row = rows[0];
    if (!row) throw storeFail('unknown_document', { kind, id }, ['id']);
    return documentOut(row);
  }

  function documentOut(row: Row): StoredDocument {
    const kind = String(row.kind);
    let document = JSON.parse(String(row.body)) as Record<string, unknown>;
    const byVersion = options.documentMigrations?.[kind];
    for (let guard = 0; guard < 100; guard++) {
      const at = num(document.schemaVersion);
      const migrate = byVersion?.[at];
      if (!migrate) break;
      document = migrate(document);
    }
    return {
      kind,
      id: String(row.id),
      version: num(row.version),
      processId: row.process_id === null ? null : String(row.process_id),
      storedAt: String(row.stored_at),
      document,
    };
  }

  const store: GebiedsprocesStore = {
    engine: driver.engine,
    library: driver.library,

    async create(input) {
      validate(z.looseObject({}), input, { path: [] });
      // The process validates template, settings and start; the store adds nothing of its own.
      startProcess(input);
      try {
        return await guarded(() =>
          driver.write(async (tx) => {
            const processId = await insertStream(tx, input);
            return { processId, version: 0 };
          }),
        );
      } catch (error) {
        // Another server created the same process between our check and our insert.
        if (driver.isUniqueViolation(error)) {
          throw storeFail('process_exists', { processId: input.settings.processId }, ['settings', 'processId']);
        }
        throw error;
      }
    },

    async append(processId, event, appendOptions) {
      validate(ProcessIdSchema, processId, { path: ['processId'] });
      const { expectedVersion, idempotencyKey, now } = validate(AppendOptionsSchema, appendOptions, {
        path: ['options'],
      });
      try {
        const result = await guarded(() =>
          driver.write(async (tx): Promise<AppendResult> => {
            // The warm process leaves the cache while this write uses it; it comes back with the
            // version this write leaves, and stays out if the write is rolled back.
            const cached = cache.get(processId);
            cache.delete(processId);
            const keep = (entry: Cached) => {
              if (!useCache) return;
              cache.set(processId, entry);
              tx.onRollback(() => {
                if (cache.get(processId) === entry) cache.delete(processId);
              });
            };
            const stream = await streamOf(tx, processId, true);
            if (idempotencyKey !== undefined) {
              const seen = await tx.all(
                'SELECT version, entry FROM events WHERE process_id = ? AND idempotency_key = ?',
                [processId, idempotencyKey],
              );
              const first = seen[0];
              if (first) {
                if (cached && cached.version === stream.version) keep(cached);
                return {
                  status: 'accepted',
                  version: num(first.version),
                  entry: JSON.parse(String(first.entry)) as AuditEntry,
                  duplicate: true,
                };
              }
            }
            if (stream.version !== expectedVersion) {
              if (cached && cached.version <= stream.version) keep(cached);
              return {
                status: 'conflict',
                currentVersion: stream.version,
                reason: storeMessages.issue(
                  'concurrency_conflict',
                  { expected: expectedVersion, current: stream.version },
                  ['options', 'expectedVersion'],
                ),
              };
            }
            const warm = await catchUp(tx, processId, stream, cached);
            const process = warm ?? (await materialize(tx, processId, stream)).process;
            // The head of the stored chain: known when the warm process wrote it itself.
            const head = warm && cached?.version === stream.version ? cached.head : undefined;
            const outcome = sendEvent(process, event, now);
            if (!outcome.accepted) {
              await tx.run(
                'INSERT INTO rejected_events (process_id, stream_version, attempted_at, event, reason, entry) VALUES (?, ?, ?, ?, ?, ?)',
                [
                  processId,
                  stream.version,
                  outcome.entry?.timestamp ?? null,
                  JSON.stringify(event ?? null),
                  JSON.stringify(outcome.reason),
                  outcome.entry ? JSON.stringify(outcome.entry) : null,
                ],
              );
              keep({ version: stream.version, process, ...(head ? { head } : {}) });
              return { status: 'rejected', version: stream.version, reason: outcome.reason };
            }
            if (outcome.duplicate) {
              // Identical to an event the process accepted before (a retry without a key): the
              // process answers with that event's entry and applies nothing, so nothing is written.
              keep({ version: stream.version, process, ...(head ? { head } : {}) });
              return {
                status: 'accepted',
                version: versionOfEntry(process, outcome.entry),
                entry: outcome.entry,
                duplicate: true,
              };
            }
            const version = stream.version + 1;
            await insertEvent(
              tx,
              processId,
              version,
              event,
              outcome.entry,
              idempotencyKey ?? null,
              process.context().auditLog,
              head,
            );
            if (version % snapshotEvery === 0) await writeSnapshot(tx, processId, version, process);
            await writeOverview(tx, processId, version, stream.start, process, outcome.entry.timestamp);
            keep({ version, process, head: outcome.entry });
            return { status: 'accepted', version, entry: outcome.entry, duplicate: false };
          }),
        );
        return result;
      } catch (error) {
        // A concurrent writer with the same key or version won the race: answer as a conflict.
        if (driver.isUniqueViolation(error)) {
          const current = await store.version(processId);
          return {
            status: 'conflict',
            currentVersion: current,
            reason: storeMessages.issue('concurrency_conflict', { expected: expectedVersion, current }, [
              'options',
              'expectedVersion',
            ]),
          };
        }
        throw error;
      }
    },

    async load(processId) {
      validate(ProcessIdSchema, processId, { path: ['processId'] });
      return guarded(() => loadProcess(processId));
    },

    async version(processId) {
      validate(ProcessIdSchema, processId, { path: ['processId'] });
      return guarded(() => driver.read(async (tx) => (await streamOf(tx, processId, false)).version));
    },

    async history(processId, historyOptions = {}) {
      validate(ProcessIdSchema, processId, { path: ['processId'] });
      const { fromVersion = 1 } = validate(
        z.strictObject({ fromVersion: z.number().int().min(1).optional() }),
        historyOptions,
        {
          path: ['options'],
        },
      );
      return guarded(() =>
        driver.read(async (tx) => {
          await streamOf(tx, processId, false);
          const rows = await tx.all(
            'SELECT process_id, version, type, occurred_at, idempotency_key, event, entry FROM events WHERE process_id = ? AND version >= ? ORDER BY version',
            [processId, fromVersion],
          );
          return rows.map(eventOf);
        }),
      );
    },

    async rejected(processId) {
      validate(ProcessIdSchema, processId, { path: ['processId'] });
      return guarded(() =>
        driver.read(async (tx) => {
          await streamOf(tx, processId, false);
          const rows = await tx.all(
            'SELECT process_id, stream_version, attempted_at, event, reason FROM rejected_events WHERE process_id = ? ORDER BY id',
            [processId],
          );
          return rows.map(
            (row): RejectedAttempt => ({
              processId: String(row.process_id),
              streamVersion: num(row.stream_version),
              attemptedAt: row.attempted_at === null ? null : String(row.attempted_at),
              event: JSON.parse(String(row.event)) as unknown,
              reason: JSON.parse(String(row.reason)) as ErrorIssue,
            }),
          );
        }),
      );
    },

    async list(filter: ListFilter = {}) {
      const f = validate(ListFilterSchema, filter, { path: ['filter'] });
      const where: string[] = [];
      const params: (string | number)[] = [];
      let from = 'process_overview o';
      if (f.provinceId !== undefined) {
        from = 'process_provinces p JOIN process_overview o ON o.process_id = p.process_id';
        where.push('p.province_id = ?');
        params.push(f.provinceId);
      }
      if (f.step !== undefined) {
        where.push('o.step = ?');
        params.push(f.step);
      }
      if (f.status !== undefined) {
        where.push('o.status = ?');
        params.push(f.status);
      }
      if (f.dueBefore !== undefined) {
        where.push('o.next_due_at IS NOT NULL AND o.next_due_at <= ?');
        params.push(utc(f.dueBefore));
      }
      let sql = `SELECT ${OVERVIEW_COLUMNS.split(', ')
        .map((c) => `o.${c}`)
        .join(', ')} FROM ${from}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY o.process_id`;
      if (f.limit !== undefined) {
        sql += ' LIMIT ?';
        params.push(f.limit);
      }
      if (f.offset !== undefined) {
        sql += f.limit === undefined ? ' LIMIT -1 OFFSET ?' : ' OFFSET ?';
        if (driver.engine === 'postgres' && f.limit === undefined) sql = sql.replace('LIMIT -1 ', '');
        params.push(f.offset);
      }
      return guarded(() => driver.read(async (tx) => (await tx.all(sql, params)).map(overviewOf)));
    },

    async provinceOverview(provinceId, now) {
      validate(IdSchema, provinceId, { path: ['provinceId'] });
      validate(IsoDateTimeSchema, now, { path: ['now'] });
      const processes = await store.list({ provinceId });
      const byStep: Record<string, number> = {};
      const byStatus: Record<string, number> = {};
      let openKnelpunten = 0;
      const at = utc(now);
      const overdue: ProcessOverview[] = [];
      for (const row of processes) {
        byStep[row.step] = (byStep[row.step] ?? 0) + 1;
        byStatus[row.status] = (byStatus[row.status] ?? 0) + 1;
        openKnelpunten += row.openKnelpunten.length;
        if (row.nextDueAt !== null && row.nextDueAt < at) overdue.push(row);
      }
      return { provinceId, now, processCount: processes.length, byStep, byStatus, openKnelpunten, overdue, processes };
    },

    async provincialRollup(provinceId) {
      validate(IdSchema, provinceId, { path: ['provinceId'] });
      const rows = await store.list({ provinceId });
      const snapshots: unknown[] = [];
      for (const row of rows) snapshots.push(snapshotOf((await store.load(row.processId)).process));
      return rollup(snapshots, provinceId);
    },

    async putDocument(document, putOptions) {
      const header = validate(DocumentHeaderSchema, document, { path: ['document'] });
      const { storedAt, processId } = validate(PutDocumentOptionsSchema, putOptions, { path: ['options'] });
      const definition = Object.hasOwn(documentSchemas, header.kind) ? documentSchemas[header.kind] : undefined;
      if (!definition) throw storeFail('unknown_document_kind', { kind: header.kind }, ['document', 'kind']);
      const valid = validate(definition.schema, document, { path: ['document'] }) as Record<string, unknown>;
      return guarded(() =>
        driver.write(async (tx) => {
          if (processId !== undefined) await streamOf(tx, processId, false);
          const rows = await tx.all('SELECT MAX(version) AS latest FROM documents WHERE kind = ? AND id = ?', [
            header.kind,
            header.id,
          ]);
          const version = num(rows[0]?.latest ?? 0) + 1;
          await tx.run(
            'INSERT INTO documents (kind, id, version, schema_version, process_id, stored_at, body) VALUES (?, ?, ?, ?, ?, ?, ?)',
            [header.kind, header.id, version, header.schemaVersion, processId ?? null, storedAt, JSON.stringify(valid)],
          );
          return {
            kind: header.kind,
            id: header.id,
            version,
            processId: processId ?? null,
            storedAt,
            document: valid,
          };
        }),
      );
    },

    async getDocument(kind, id, version) {
      validate(z.string().min(1), kind, { path: ['kind'] });
      validate(IdSchema, id, { path: ['id'] });
      if (version !== undefined) validate(z.number().int().min(1), version, { path: ['version'] });
      return guarded(() => driver.read((tx) => readDocument(tx, kind, id, version)));
    },

    async listDocuments(filter = {}) {
      const f = validate(
        z.strictObject({ processId: IdSchema.optional(), kind: z.string().min(1).optional() }),
        filter,
        {
          path: ['filter'],
        },
      );
      const where = ['d.version = (SELECT MAX(version) FROM documents x WHERE x.kind = d.kind AND x.id = d.id)'];
      const params: string[] = [];
      if (f.processId !== undefined) {
        where.push('d.process_id = ?');
        params.push(f.processId);
      }
      if (f.kind !== undefined) {
        where.push('d.kind = ?');
        params.push(f.kind);
      }
      return guarded(() =>
        driver.read(async (tx) =>
          (
            await tx.all(
              `SELECT d.kind, d.id, d.version, d.process_id, d.stored_at, d.body FROM documents d WHERE ${where.join(' AND ')} ORDER BY d.kind, d.id`,
              params,
            )
          ).map(documentOut),
        ),
      );
    },

    async exportProcess(processId) {
      validate(ProcessIdSchema, processId, { path: ['processId'] });
      return guarded(() =>
        driver.read(async (tx) => {
          const stream = await streamOf(tx, processId, false);
          const lines = [
            JSON.stringify({
              kind: 'gebiedsprocesStream',
              formatVersion: 1,
              processId,
              template: stream.start.template,
              settings: stream.start.settings,
              startedAt: stream.start.startedAt,
              version: stream.version,
            }),
          ];
          const rows = await tx.all(
            'SELECT version, idempotency_key, event, entry FROM events WHERE process_id = ? ORDER BY version',
            [processId],
          );
          for (const row of rows) {
            lines.push(
              `{"version":${num(row.version)},"idempotencyKey":${JSON.stringify(row.idempotency_key ?? null)},"event":${String(row.event)},"entry":${String(row.entry)}}`,
            );
          }
          return `${lines.join('\n')}\n`;
        }),
      );
    },

    async importProcess(jsonLines) {
      validate(z.string(), jsonLines, { path: ['jsonLines'] });
      const lines = jsonLines.split('\n').filter((line) => line.trim().length > 0);
      const parseLine = (index: number): unknown => {
        try {
          return JSON.parse(lines[index] ?? '');
        } catch (error) {
          throw storeFail('import_invalid', { line: index + 1, detail: (error as Error).message }, [index]);
        }
      };
      const header = validate(ExportHeaderSchema, parseLine(0), { path: [0] });
      const start = header as unknown as StreamStart;
      const process = startProcess(start);
      const events: {
        version: number;
        idempotencyKey: string | null;
        event: Record<string, unknown>;
        entry: AuditEntry;
      }[] = [];
      const keys = new Set<string>();
      for (let i = 1; i < lines.length; i++) {
        const line = validate(ExportEventSchema, parseLine(i), { path: [i] });
        if (line.version !== i) {
          throw storeFail('import_invalid', { line: i + 1, detail: `version ${line.version}, expected ${i}` }, [
            i,
            'version',
          ]);
        }
        if (line.idempotencyKey !== null) {
          if (keys.has(line.idempotencyKey)) {
            throw storeFail('import_invalid', { line: i + 1, detail: 'the idempotency key occurs twice' }, [
              i,
              'idempotencyKey',
            ]);
          }
          keys.add(line.idempotencyKey);
        }
        const outcome = sendEvent(process, line.event);
        if (!outcome.accepted) {
          throw storeFail('import_invalid', { line: i + 1, detail: outcome.reason.message.en }, [i, 'event']);
        }
        if (outcome.duplicate) {
          throw storeFail('import_invalid', { line: i + 1, detail: 'the event repeats an earlier one' }, [i, 'event']);
        }
        if (line.entry !== undefined && stableStringify(line.entry) !== stableStringify(outcome.entry)) {
          throw storeFail('import_invalid', { line: i + 1, detail: 'the audit entry differs from the replay' }, [
            i,
            'entry',
          ]);
        }
        events.push({
          version: line.version,
          idempotencyKey: line.idempotencyKey,
          event: line.event,
          entry: outcome.entry,
        });
      }
      if (header.version !== events.length) {
        throw storeFail(
          'import_invalid',
          { line: 1, detail: `${events.length} events, header says ${header.version}` },
          [0, 'version'],
        );
      }
      return guarded(() =>
        driver.write(async (tx) => {
          const processId = await insertStream(tx, start);
          const log = process.context().auditLog;
          for (const e of events) await insertEvent(tx, processId, e.version, e.event, e.entry, e.idempotencyKey, log);
          const last = events[events.length - 1];
          if (last) {
            await writeSnapshot(tx, processId, last.version, process);
            await writeOverview(tx, processId, last.version, start, process, last.entry.timestamp);
          }
          return { processId, version: events.length };
        }),
      );
    },

    async verify(processId) {
      validate(ProcessIdSchema, processId, { path: ['processId'] });
      return guarded(() =>
        driver.read(async (tx): Promise<VerifyReport> => {
          const stream = await streamOf(tx, processId, false);
          const problems: ErrorIssue[] = [];
          const problem = (path: (string | number)[], en: string, nl: string) =>
            problems.push(storeMessages.issue('verification_failed', { detailNl: nl, detailEn: en }, path));
          const rows = await tx.all(
            'SELECT process_id, version, type, occurred_at, idempotency_key, event, entry FROM events WHERE process_id = ? ORDER BY version',
            [processId],
          );
          const stored = rows.map(eventOf);
          if (stored.length !== stream.version) {
            problem(
              ['version'],
              `stream version ${stream.version}, ${stored.length} events`,
              `streamversie ${stream.version}, ${stored.length} gebeurtenissen`,
            );
          }
          const replayed = startProcess(stream.start);
          for (const [index, e] of stored.entries()) {
            if (e.version !== index + 1)
              problem(
                ['events', index, 'version'],
                `event ${index + 1} has version ${e.version}`,
                `gebeurtenis ${index + 1} heeft versie ${e.version}`,
              );
            const outcome = sendEvent(replayed, e.event);
            if (!outcome.accepted) {
              problem(
                ['events', index, 'event'],
                `replay rejects event ${e.version}: ${outcome.reason.message.en}`,
                `herhaling weigert gebeurtenis ${e.version}: ${outcome.reason.message.nl}`,
              );
              break;
            }
            if (stableStringify(outcome.entry) !== stableStringify(e.entry)) {
              problem(
                ['events', index, 'entry'],
                `audit entry ${e.version} differs from the replay`,
                `auditregel ${e.version} wijkt af van de herhaling`,
              );
            }
          }
          // The audit trail of the replayed process itself (sequence numbers, and a hash chain
          // where the process writes one).
          // The replayed log holds the stored entries (compared above) and the entries derived between them.
          problems.push(...auditEntryProblems(replayed.context().auditLog));
          const replayedText = stableStringify(snapshotOf(replayed));
          const snapshots = await tx.all(
            'SELECT version, body, checksum, encoding, data FROM snapshots WHERE process_id = ? AND schema_version = ? ORDER BY version DESC LIMIT 1',
            [processId, SNAPSHOT_SCHEMA_VERSION],
          );
          const latest = snapshots[0];
          if (latest && num(latest.version) === stream.version) {
            let same = false;
            try {
              const body = storedSnapshotText(
                String(latest.encoding),
                latest.body,
                latest.data,
                String(latest.checksum),
              );
              same = body !== null && stableStringify(JSON.parse(body)) === replayedText;
            } catch {
              // Bytes that match their checksum but do not decompress or parse: reported below.
            }
            if (!same) {
              problem(
                ['snapshots', num(latest.version)],
                'the latest snapshot differs from the replay',
                'de laatste snapshot wijkt af van de herhaling',
              );
            }
          }
          const overview = (
            await tx.all(`SELECT ${OVERVIEW_COLUMNS} FROM process_overview WHERE process_id = ?`, [processId])
          )[0];
          if (!overview || num(overview.version) !== stream.version) {
            problem(
              ['overview'],
              'the read model is not at the stream version',
              'het leesmodel staat niet op de streamversie',
            );
          } else {
            const summary = summarizeWithQueries(replayed, stored.at(-1)?.entry.timestamp ?? stream.start.startedAt);
            const row = overviewOf(overview);
            const same =
              row.step === summary.step &&
              row.status === summary.status &&
              row.stepsClosed === summary.stepsClosed &&
              row.stepCount === summary.stepCount &&
              stableStringify(row.openKnelpunten) === stableStringify(summary.openKnelpunten) &&
              stableStringify(row.nextIjkmomenten) === stableStringify(summary.nextIjkmomenten);
            if (!same) {
              problem(
                ['overview'],
                'the read model differs from the replay',
                'het leesmodel wijkt af van de herhaling',
              );
            }
          }
          return { processId, version: stream.version, ok: problems.length === 0, problems };
        }),
      );
    },

    async close() {
      cache.clear();
      await driver.close();
    },
  };
  return store;
}

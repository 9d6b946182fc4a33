/**
 * The contract every engine passes: the same tests, run on SQLite and on PostgreSQL.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { GebiedsgerichtError } from '@gebiedsgericht/core';
import { lindewaardStartnotitie } from '@gebiedsgericht/core/fixtures';
import { createGebiedsproces } from '@gebiedsgericht/process';
import { afterEach, describe, expect, it } from 'vitest';
import { type GebiedsprocesStore, storeSchema } from '../../src/index';
import type { Database, EngineHarness } from './engines';
import { lindewaardEvents, minorChange, settingsFor, startedAt, template } from './scenario';

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

async function caught(promise: Promise<unknown>): Promise<GebiedsgerichtError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GebiedsgerichtError) return error;
    throw error;
  }
  throw new Error('expected a GebiedsgerichtError');
}

/** Appends events in order, each at the version the previous one returned. */
export async function appendAll(store: GebiedsprocesStore, processId: string, events: readonly unknown[], from = 0) {
  let version = from;
  for (const event of events) {
    const result = await store.append(processId, event, { expectedVersion: version });
    if (result.status !== 'accepted') throw new Error(`not accepted: ${JSON.stringify(result)}`);
    version = result.version;
  }
  return version;
}

export function contractSuite(harness: EngineHarness) {
  describe(`the store contract on ${harness.name}`, () => {
    const open: Database[] = [];
    afterEach(async () => {
      for (const db of open.splice(0)) await db.dispose();
    });
    async function fresh(options: { snapshotEvery?: number; cacheProcesses?: boolean } = {}) {
      const db = await harness.fresh();
      open.push(db);
      const store = await db.open(options);
      return { db, store };
    }
    async function withProcess(processId = 'gebiedsproces-lindewaard', provinceId?: string) {
      const ctx = await fresh();
      await ctx.store.create({ template, settings: settingsFor(processId, provinceId), startedAt });
      return { ...ctx, processId };
    }

    it('keeps the events of a process and loads a process that equals one run in memory', async () => {
      const { store, processId } = await withProcess();
      const events = lindewaardEvents(processId);
      const version = await appendAll(store, processId, events);
      expect(version).toBe(events.length);
      const memory = createGebiedsproces({ template, settings: settingsFor(processId), startedAt });
      for (const event of events) memory.send(event, { untyped: true });
      const loaded = await store.load(processId);
      expect(loaded.version).toBe(events.length);
      expect(loaded.process.snapshot()).toEqual(memory.snapshot());
      const history = await store.history(processId);
      expect(history.map((e) => e.version)).toEqual(events.map((_, i) => i + 1));
      expect(history.map((e) => e.event)).toEqual(events);
      // The history holds the events' own entries; the entries derived from the accepted
      // startnotitie follow the closing of step 0 in the process's log only.
      expect(history.map((e) => e.entry)).toEqual(memory.context().auditLog.filter((e) => e.accepted));
      expect(memory.context().auditLog.some((e) => e.derivedFrom !== undefined)).toBe(true);
      expect((await store.history(processId, { fromVersion: 40 })).map((e) => e.version)[0]).toBe(40);
      // The loaded process keeps running: the next event is accepted by it.
      expect(
        loaded.process.send({ ...minorChange(1), timestamp: '2030-01-01T09:00:00Z' }, { untyped: true }).accepted,
      ).toBe(true);
    });

    it('writes nothing the process rejects, and keeps the rejected attempt apart', async () => {
      const { store, processId } = await withProcess();
      const closeTooEarly = lindewaardEvents(processId).find((e) => e.type === 'step.close');
      const result = await store.append(processId, closeTooEarly, { expectedVersion: 0 });
      expect(result.status).toBe('rejected');
      if (result.status !== 'rejected') return;
      expect(result.version).toBe(0);
      expect(result.reason.code).toBe('missing_deliverable');
      expect(await store.history(processId)).toEqual([]);
      expect(await store.version(processId)).toBe(0);
      const rejected = await store.rejected(processId);
      expect(rejected).toHaveLength(1);
      expect(rejected[0]?.reason.code).toBe('missing_deliverable');
      const malformed = await store.append(processId, { type: 'step.close' }, { expectedVersion: 0 });
      expect(malformed.status === 'rejected' && malformed.reason.code).toBe('invalid_input');
    });

    it('answers a stale expected version with concurrency_conflict and the current version', async () => {
      const { store, processId } = await withProcess();
      await appendAll(store, processId, [minorChange(1), minorChange(2)]);
      const result = await store.append(processId, minorChange(3), { expectedVersion: 1 });
      expect(result).toMatchObject({ status: 'conflict', currentVersion: 2, reason: { code: 'concurrency_conflict' } });
      expect(await store.version(processId)).toBe(2);
      const ahead = await store.append(processId, minorChange(3), { expectedVersion: 5 });
      expect(ahead.status).toBe('conflict');
      expect((await store.append(processId, minorChange(3), { expectedVersion: 2 })).status).toBe('accepted');
    });

    it('applies a retried append with the same idempotency key once', async () => {
      const { store, processId } = await withProcess();
      const event = minorChange(1);
      const first = await store.append(processId, event, { expectedVersion: 0, idempotencyKey: 'formulier-1' });
      // The reply was lost; the caller retries with the version it knew.
      const retry = await store.append(processId, event, { expectedVersion: 0, idempotencyKey: 'formulier-1' });
      expect(first).toMatchObject({ status: 'accepted', version: 1, duplicate: false });
      expect(retry).toMatchObject({ status: 'accepted', version: 1, duplicate: true });
      if (first.status === 'accepted' && retry.status === 'accepted') expect(retry.entry).toEqual(first.entry);
      expect(await store.history(processId)).toHaveLength(1);
      expect((await store.history(processId))[0]?.idempotencyKey).toBe('formulier-1');
    });

    it('answers an identical event sent again without a key as the process does: once, with its first entry', async () => {
      const { store, processId } = await withProcess();
      const first = await store.append(processId, minorChange(1), { expectedVersion: 0 });
      await store.append(processId, minorChange(2), { expectedVersion: 1 });
      const again = await store.append(processId, minorChange(1), { expectedVersion: 2 });
      expect(first).toMatchObject({ status: 'accepted', version: 1, duplicate: false });
      expect(again).toMatchObject({ status: 'accepted', version: 1, duplicate: true });
      if (first.status === 'accepted' && again.status === 'accepted') expect(again.entry).toEqual(first.entry);
      expect(await store.history(processId)).toHaveLength(2);
      expect((await store.append(processId, minorChange(3), { expectedVersion: 2 })).status).toBe('accepted');
    });

    it("refuses an event dated after the caller's now plus the tolerance, and writes nothing", async () => {
      const { store, processId } = await withProcess();
      const event = minorChange(1); // 13 January 2026, 09:00:01 UTC
      const early = await store.append(processId, event, { expectedVersion: 0, now: '2026-01-13T08:00:00Z' });
      expect(early).toMatchObject({ status: 'rejected', reason: { code: 'event_in_future', path: ['timestamp'] } });
      expect(await store.history(processId)).toHaveLength(0);
      const inTime = await store.append(processId, event, { expectedVersion: 0, now: '2026-01-13T08:58:00Z' });
      expect(inTime).toMatchObject({ status: 'accepted', version: 1 });
      await expect(
        store.append(processId, minorChange(2), { expectedVersion: 1, now: 'morgen' }),
      ).rejects.toMatchObject({
        code: 'invalid_input',
      });
    });

    it('answers unknown processes, duplicate ids and bad arguments with typed errors and paths', async () => {
      const { store, processId } = await withProcess();
      const calls = [
        () => store.append('onbekend-proces', minorChange(1), { expectedVersion: 0 }),
        () => store.load('onbekend-proces'),
        () => store.history('onbekend-proces'),
        () => store.exportProcess('onbekend-proces'),
      ];
      for (const call of calls) {
        const error = await caught(call());
        expect(error.code).toBe('unknown_process');
        expect(error.path).toEqual(['processId']);
      }
      const duplicate = await caught(store.create({ template, settings: settingsFor(processId), startedAt }));
      expect(duplicate.code).toBe('process_exists');
      const badVersion = await caught(store.append(processId, minorChange(1), { expectedVersion: -1 }));
      expect(badVersion.code).toBe('invalid_input');
      expect(badVersion.issues[0]?.path).toEqual(['options', 'expectedVersion']);
      const badStart = await caught(
        store.create({ template, settings: settingsFor('ander-proces'), startedAt: 'gisteren' }),
      );
      expect(badStart.code).toBe('invalid_input');
      expect(badStart.issues[0]?.path).toEqual(['startedAt']);
      expect((await store.list()).map((r) => r.processId)).toEqual([processId]);
    });

    it('refuses UPDATE and DELETE on events in the database itself', async () => {
      const { db, store, processId } = await withProcess();
      await appendAll(store, processId, [minorChange(1)]);
      await expect(db.raw("UPDATE events SET type = 'vervalst'")).rejects.toThrow(/append-only/);
      await expect(db.raw('DELETE FROM events')).rejects.toThrow(/append-only/);
      await expect(db.raw('DELETE FROM rejected_events')).resolves.toEqual([]);
      expect((await store.history(processId))[0]?.type).toBe('change.minor');
    });

    it('loads from the latest snapshot and rebuilds from events when a snapshot is outdated or corrupt', async () => {
      const { db } = await fresh();
      const store = await db.open({ snapshotEvery: 5, cacheProcesses: false });
      const processId = 'gebiedsproces-snapshots';
      await store.create({ template, settings: settingsFor(processId), startedAt });
      const events = Array.from({ length: 12 }, (_, i) => minorChange(i));
      await appendAll(store, processId, events);
      const expected = (await store.load(processId)).process.snapshot();
      expect((await store.load(processId)).snapshotVersion).toBe(10);
      await db.raw(
        'UPDATE snapshots SET body = \'{"kind":"gebiedsprocesSnapshot"\', data = NULL, encoding = \'json\' WHERE version = 10',
      );
      const afterCorruption = await store.load(processId);
      expect(afterCorruption.snapshotVersion).toBe(5);
      expect(afterCorruption.process.snapshot()).toEqual(expected);
      await db.raw('UPDATE snapshots SET schema_version = 0');
      const afterOldVersion = await store.load(processId);
      expect(afterOldVersion.snapshotVersion).toBeNull();
      expect(afterOldVersion.process.snapshot()).toEqual(expected);
      // Appending goes on from the rebuilt state.
      expect((await store.append(processId, minorChange(12), { expectedVersion: 12 })).status).toBe('accepted');
    });

    it('stores snapshots as gzip bytes with the SHA-256 of those bytes, and never trusts corrupt ones', async () => {
      const { db } = await fresh();
      const store = await db.open({ snapshotEvery: 5, cacheProcesses: false });
      const processId = 'gebiedsproces-gzip';
      await store.create({ template, settings: settingsFor(processId), startedAt });
      await appendAll(
        store,
        processId,
        Array.from({ length: 10 }, (_, i) => minorChange(i)),
      );
      const expected = (await store.load(processId)).process.snapshot();
      const [row] = await db.raw('SELECT encoding, body, data, checksum FROM snapshots WHERE version = 10');
      expect(row?.encoding).toBe('gzip');
      expect(row?.body).toBeNull();
      const data = Buffer.from(row?.data as Uint8Array);
      expect(row?.checksum).toBe(sha256(data));
      expect(JSON.parse(gunzipSync(data).toString('utf8'))).toEqual(expected);

      const loadsFrom = async (snapshotVersion: number | null) => {
        const loaded = await store.load(processId);
        expect(loaded.snapshotVersion).toBe(snapshotVersion);
        expect(loaded.process.snapshot()).toEqual(expected);
        expect(loaded.version).toBe(10);
      };
      await loadsFrom(10);
      // One flipped byte in the stored bytes: the checksum no longer matches.
      const flipped = Buffer.from(data);
      flipped[flipped.length >> 1] = (flipped[flipped.length >> 1] ?? 0) ^ 0xff;
      await db.raw('UPDATE snapshots SET data = ? WHERE version = 10', [flipped]);
      await loadsFrom(5);
      // Corrupt bytes with a checksum that matches them: they do not decompress.
      const garbage = Buffer.concat([data.subarray(0, 20), Buffer.from('kapot'), data.subarray(40)]);
      await db.raw('UPDATE snapshots SET data = ?, checksum = ? WHERE version = 10', [garbage, sha256(garbage)]);
      await loadsFrom(5);
      // The right bytes with a wrong checksum, and with the checksum of the uncompressed text.
      await db.raw('UPDATE snapshots SET data = ?, checksum = ? WHERE version = 10', [data, sha256('anders')]);
      await loadsFrom(5);
      await db.raw('UPDATE snapshots SET checksum = ? WHERE version = 10', [sha256(gunzipSync(data))]);
      await loadsFrom(5);
      // Repaired: the snapshot is used again.
      await db.raw('UPDATE snapshots SET checksum = ? WHERE version = 10', [sha256(data)]);
      await loadsFrom(10);
      // Both snapshots corrupt: every event is replayed.
      await db.raw('UPDATE snapshots SET checksum = ?', [sha256('anders')]);
      await loadsFrom(null);
      expect((await store.verify(processId)).problems.map((p) => p.path)).toEqual([['snapshots', 10]]);
      // The next snapshot is written anew and trusted.
      await appendAll(
        store,
        processId,
        Array.from({ length: 5 }, (_, i) => minorChange(10 + i)),
        10,
      );
      expect((await store.load(processId)).snapshotVersion).toBe(15);
      expect((await store.verify(processId)).ok).toBe(true);
    });

    it('still loads text snapshots written before snapshots were compressed', async () => {
      const { db } = await fresh();
      const store = await db.open({ snapshotEvery: 5, cacheProcesses: false });
      const processId = 'gebiedsproces-tekst';
      await store.create({ template, settings: settingsFor(processId), startedAt });
      await appendAll(
        store,
        processId,
        Array.from({ length: 7 }, (_, i) => minorChange(i)),
      );
      const expected = (await store.load(processId)).process.snapshot();
      const [row] = await db.raw('SELECT data FROM snapshots WHERE version = 5');
      const text = gunzipSync(row?.data as Uint8Array).toString('utf8');
      await db.raw("UPDATE snapshots SET encoding = 'json', body = ?, data = NULL, checksum = ? WHERE version = 5", [
        text,
        sha256(text),
      ]);
      const loaded = await store.load(processId);
      expect(loaded.snapshotVersion).toBe(5);
      expect(loaded.process.snapshot()).toEqual(expected);
      expect((await store.verify(processId)).ok).toBe(true);
      // A text snapshot whose checksum does not match is not trusted either.
      await db.raw('UPDATE snapshots SET checksum = ? WHERE version = 5', [sha256(`${text} `)]);
      expect((await store.load(processId)).snapshotVersion).toBeNull();
      expect((await store.load(processId)).process.snapshot()).toEqual(expected);
    });

    it('migrates a database of schema version 1 and loads its text snapshots', async () => {
      // A process stored by a store of schema version 1: copied row by row into a database that
      // has only the first migration, with its snapshot as text the way that store wrote it.
      const { db: source } = await fresh();
      const writer = await source.open({ snapshotEvery: 5, cacheProcesses: false });
      const processId = 'gebiedsproces-migratie';
      await writer.create({ template, settings: settingsFor(processId), startedAt });
      await appendAll(
        writer,
        processId,
        Array.from({ length: 7 }, (_, i) => minorChange(i)),
      );
      const expected = (await writer.load(processId)).process.snapshot();
      const old = await harness.fresh();
      open.push(old);
      const first = storeSchema[0];
      if (!first) throw new Error('no first migration');
      await old.script(first[harness.name]);
      await old.script(
        "CREATE TABLE store_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL); INSERT INTO store_migrations (version, name) VALUES (1, 'initial');",
      );
      for (const table of ['streams', 'events', 'process_overview', 'process_provinces']) {
        for (const row of await source.raw(`SELECT * FROM ${table}`)) {
          const columns = Object.keys(row);
          await old.raw(
            `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
            columns.map((c) => row[c] as string | number | null),
          );
        }
      }
      const [snapshot] = await source.raw('SELECT data FROM snapshots WHERE version = 5');
      const text = gunzipSync(snapshot?.data as Uint8Array).toString('utf8');
      await old.raw(
        'INSERT INTO snapshots (process_id, version, schema_version, body, checksum) VALUES (?, 5, ?, ?, ?)',
        [processId, (expected as { schemaVersion: number }).schemaVersion, text, sha256(text)],
      );

      const store = await old.open({ snapshotEvery: 5, cacheProcesses: false });
      expect(
        (await old.raw('SELECT version FROM store_migrations ORDER BY version')).map((r) => Number(r.version)),
      ).toEqual(storeSchema.map((m) => m.version));
      const loaded = await store.load(processId);
      expect(loaded.snapshotVersion).toBe(5);
      expect(loaded.process.snapshot()).toEqual(expected);
      expect((await store.verify(processId)).ok).toBe(true);
      await appendAll(
        store,
        processId,
        Array.from({ length: 3 }, (_, i) => minorChange(7 + i)),
        7,
      );
      const encodings = await old.raw('SELECT version, encoding FROM snapshots ORDER BY version');
      expect(encodings.map((r) => [Number(r.version), r.encoding])).toEqual([
        [5, 'json'],
        [10, 'gzip'],
      ]);
      expect((await store.load(processId)).snapshotVersion).toBe(10);
      // Events stay append-only after the migration.
      await expect(old.raw("UPDATE events SET type = 'vervalst'")).rejects.toThrow(/append-only/);
    });

    it('keeps a read model per process that list and the province overview filter', async () => {
      const { store } = await fresh();
      const lindewaard = 'gebiedsproces-lindewaard';
      await store.create({ template, settings: settingsFor(lindewaard), startedAt });
      await store.create({ template, settings: settingsFor('gebiedsproces-hoge-zand'), startedAt });
      await store.create({ template, settings: settingsFor('gebiedsproces-elders', 'provincie-noordmark'), startedAt });
      const events = lindewaardEvents(lindewaard);
      const knelpuntRaised = events.findIndex((e) => e.type === 'knelpunt.raise');
      expect(knelpuntRaised).toBeGreaterThan(0);
      await appendAll(store, lindewaard, events.slice(0, knelpuntRaised + 1));
      const [row] = await store.list({ provinceId: 'provincie-zuidmark', step: 'ontwerpen-ontwikkelvarianten' });
      expect(row).toMatchObject({ processId: lindewaard, status: 'running', stepsClosed: 3, stepCount: 6 });
      expect(row?.version).toBe(knelpuntRaised + 1);
      expect(row?.openKnelpunten.map((k) => k.id)).toEqual(['knelpunt-beekdal-water']);
      expect(row?.nextDueAt).not.toBeNull();
      expect(row?.lastEventAt).toBe(new Date(String(events[knelpuntRaised]?.timestamp)).toISOString());
      // The third process is led by another province; Zuidmark takes part as a medeoverheid.
      expect((await store.list({ provinceId: 'provincie-zuidmark' })).map((r) => r.processId)).toEqual([
        'gebiedsproces-elders',
        'gebiedsproces-hoge-zand',
        lindewaard,
      ]);
      expect((await store.list({ provinceId: 'provincie-noordmark' })).map((r) => r.processId)).toEqual([
        'gebiedsproces-elders',
      ]);
      expect((await store.list({ step: 'opstart', status: 'running' })).length).toBe(2);
      expect(await store.list({ step: 'opstart', status: 'stopped' })).toEqual([]);
      const due = String(row?.nextDueAt);
      expect((await store.list({ dueBefore: due })).map((r) => r.processId)).toEqual([lindewaard]);
      const before = new Date(Date.parse(due) - 1000).toISOString();
      expect(await store.list({ dueBefore: before })).toEqual([]);
      expect((await store.list({ limit: 1, offset: 1 })).map((r) => r.processId)).toEqual(['gebiedsproces-hoge-zand']);
      expect((await store.list({ offset: 2 })).map((r) => r.processId)).toEqual([lindewaard]);
      const later = new Date(Date.parse(due) + 86_400_000).toISOString();
      const overview = await store.provinceOverview('provincie-zuidmark', later);
      expect(overview).toMatchObject({
        processCount: 3,
        byStep: { opstart: 2, 'ontwerpen-ontwikkelvarianten': 1 },
        byStatus: { running: 3 },
        openKnelpunten: 1,
      });
      expect(overview.overdue.map((r) => r.processId)).toEqual([lindewaard]);
      expect((await store.provinceOverview('provincie-zuidmark', before)).overdue).toEqual([]);
      const badFilter = await caught(store.list({ dueBefore: 'morgen' }));
      expect(badFilter.code).toBe('invalid_input');
      expect(badFilter.issues[0]?.path).toEqual(['filter', 'dueBefore']);
    });

    it('rolls up the stored processes of a province', async () => {
      const { store } = await fresh();
      const id = 'gebiedsproces-lindewaard';
      await store.create({ template, settings: settingsFor(id), startedAt });
      await store.create({ template, settings: settingsFor('gebiedsproces-hoge-zand'), startedAt });
      const events = lindewaardEvents(id);
      await appendAll(store, id, events);
      const rollup = await store.provincialRollup('provincie-zuidmark');
      expect(rollup.processes).toEqual(['gebiedsproces-hoge-zand', id]);
      expect(rollup.withoutVerdicts).toEqual(
        events.some((e) => e.type === 'opgave.assess') ? ['gebiedsproces-hoge-zand'] : ['gebiedsproces-hoge-zand', id],
      );
    });

    it('stores documents by kind, id and version, validated on the way in', async () => {
      const { store, processId } = await withProcess();
      const first = await store.putDocument(lindewaardStartnotitie, { storedAt: startedAt, processId });
      expect(first).toMatchObject({ kind: 'startnotitie', id: lindewaardStartnotitie.id, version: 1 });
      const second = await store.putDocument(
        { ...lindewaardStartnotitie, title: 'Startnotitie Lindewaard, herzien' },
        { storedAt: '2026-02-01T09:00:00+01:00', processId },
      );
      expect(second.version).toBe(2);
      expect((await store.getDocument('startnotitie', lindewaardStartnotitie.id)).document).toEqual(second.document);
      expect((await store.getDocument('startnotitie', lindewaardStartnotitie.id, 1)).document).toEqual(
        lindewaardStartnotitie,
      );
      expect((await store.listDocuments({ processId })).map((d) => d.version)).toEqual([2]);
      const malformed = await caught(store.putDocument({ ...lindewaardStartnotitie, id: '' }, { storedAt: startedAt }));
      expect(malformed.code).toBe('invalid_input');
      expect(malformed.issues.map((i) => i.path)).toContainEqual(['document', 'id']);
      const unknownKind = await caught(
        store.putDocument({ kind: 'boodschappenlijst', schemaVersion: 2, id: 'x' }, { storedAt: startedAt }),
      );
      expect(unknownKind).toMatchObject({ code: 'unknown_document_kind', path: ['document', 'kind'] });
      const missing = await caught(store.getDocument('startnotitie', 'bestaat-niet'));
      expect(missing.code).toBe('unknown_document');
      await expect(
        caught(store.putDocument(lindewaardStartnotitie, { storedAt: startedAt, processId: 'onbekend' })),
      ).resolves.toMatchObject({ code: 'unknown_process' });
    });

    it('migrates stored documents of an older schema version on the way out', async () => {
      const { db } = await fresh();
      const store = await db.open();
      const older = { kind: 'startnotitie', schemaVersion: 0, id: 'startnotitie-oud', titel: 'Oud' };
      await db.raw(
        'INSERT INTO documents (kind, id, version, schema_version, process_id, stored_at, body) VALUES (?, ?, 1, 0, NULL, ?, ?)',
        ['startnotitie', 'startnotitie-oud', startedAt, JSON.stringify(older)],
      );
      const migrating = await db.open({});
      await migrating.close();
      const { openSqliteStore, openPostgresStore } = await import('../../src/index');
      const migrations = {
        startnotitie: { 0: (doc: Record<string, unknown>) => ({ ...doc, schemaVersion: 2, title: doc.titel }) },
      };
      const withMigrations =
        harness.name === 'sqlite'
          ? await openSqliteStore({ path: db.location, documentMigrations: migrations })
          : await openPostgresStore({ connectionString: db.location, documentMigrations: migrations });
      try {
        expect((await withMigrations.getDocument('startnotitie', 'startnotitie-oud')).document).toMatchObject({
          schemaVersion: 2,
          title: 'Oud',
        });
        expect((await store.getDocument('startnotitie', 'startnotitie-oud')).document).toEqual(older);
      } finally {
        await withMigrations.close();
      }
    });

    it('exports a process as JSON lines and imports it into an empty store, verified', async () => {
      const { store, processId } = await withProcess();
      const events = lindewaardEvents(processId);
      await appendAll(store, processId, events);
      const text = await store.exportProcess(processId);
      const lines = text.trim().split('\n');
      expect(lines).toHaveLength(events.length + 1);
      expect(JSON.parse(lines[0] ?? '')).toMatchObject({
        kind: 'gebiedsprocesStream',
        processId,
        version: events.length,
      });
      const target = (await fresh()).store;
      expect(await target.importProcess(text)).toEqual({ processId, version: events.length });
      expect(await target.history(processId)).toEqual(await store.history(processId));
      expect((await target.load(processId)).process.snapshot()).toEqual(
        (await store.load(processId)).process.snapshot(),
      );
      expect(await target.list()).toEqual(await store.list());
      expect((await target.verify(processId)).ok).toBe(true);
      const again = await caught(target.importProcess(text));
      expect(again.code).toBe('process_exists');
      // A tampered line is refused with its line number; nothing is written.
      const tampered = [...lines];
      tampered[3] = (tampered[3] ?? '').replace('"version":3', '"version":7');
      const empty = (await fresh()).store;
      const error = await caught(empty.importProcess(tampered.join('\n')));
      expect(error).toMatchObject({ code: 'import_invalid', path: [3, 'version'] });
      // One idempotency key on two events would make a retry ambiguous: refused the same way.
      const twice = lines.map((line, i) =>
        i === 1 || i === 2 ? JSON.stringify({ ...JSON.parse(line), idempotencyKey: 'formulier-1' }) : line,
      );
      const keyError = await caught(empty.importProcess(twice.join('\n')));
      expect(keyError).toMatchObject({ code: 'import_invalid', path: [2, 'idempotencyKey'] });
      expect(await empty.list()).toEqual([]);
    });

    it('verifies a stream by replaying it against the stored audit entries and snapshot', async () => {
      const { db } = await fresh();
      const store = await db.open({ snapshotEvery: 3 });
      const processId = 'gebiedsproces-verify';
      await store.create({ template, settings: settingsFor(processId), startedAt });
      await appendAll(store, processId, [minorChange(1), minorChange(2), minorChange(3)]);
      expect(await store.verify(processId)).toEqual({ processId, version: 3, ok: true, problems: [] });
      // Replace the snapshot with the state after two events, checksum and all.
      const rows = await db.raw('SELECT data FROM snapshots WHERE version = 3');
      const body = JSON.parse(gunzipSync(rows[0]?.data as Uint8Array).toString('utf8')) as {
        context: { auditLog: unknown[] };
      };
      body.context.auditLog.pop();
      const data = gzipSync(JSON.stringify(body));
      await db.raw('UPDATE snapshots SET data = ?, checksum = ? WHERE version = 3', [data, sha256(data)]);
      const report = await store.verify(processId);
      expect(report.ok).toBe(false);
      expect(report.problems.map((p) => p.path)).toEqual([['snapshots', 3]]);
      expect(report.problems[0]).toMatchObject({
        code: 'verification_failed',
        message: { en: 'Verification failed: the latest snapshot differs from the replay' },
      });
    });
  });
}

/**
 * Reliability on both engines: concurrent writers in separate OS processes, a writer killed in
 * the middle of its appends, a read-only or full database, dropped connections. Each test
 * asserts that nothing is lost or duplicated and that the read model agrees with the stream.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { GebiedsgerichtError } from '@gebiedsgericht/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { GebiedsprocesStore } from '../src/index';
import { openSqliteStore } from '../src/index';
import { appendAll } from './support/contract';
import { type Database, type EngineHarness, pgUrl, postgresHarness, sqliteHarness } from './support/engines';
import { minorChange, settingsFor, startedAt, template } from './support/scenario';

const pg = createRequire(import.meta.url)('pg') as typeof import('pg');
const worker = join(import.meta.dirname, 'support', 'appendWorker.ts');

function startWorker(engine: string, location: string, processId: string, actor: string, count: number) {
  return spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--conditions=@gebiedsgericht/source',
      worker,
      engine,
      location,
      processId,
      actor,
      String(count),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

function finished(
  child: ChildProcess,
): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

/** The stream and read model agree: versions 1..n without gaps, read model at n, replay verified. */
async function expectConsistent(store: GebiedsprocesStore, processId: string) {
  const history = await store.history(processId);
  expect(history.map((e) => e.version)).toEqual(history.map((_, i) => i + 1));
  expect(await store.version(processId)).toBe(history.length);
  const [row] = await store.list({ provinceId: 'provincie-zuidmark' });
  expect(row?.version).toBe(history.length);
  expect((await store.verify(processId)).problems).toEqual([]);
  return history;
}

async function caught(promise: Promise<unknown>): Promise<GebiedsgerichtError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GebiedsgerichtError) return error;
    throw error;
  }
  throw new Error('expected a GebiedsgerichtError');
}

function reliabilitySuite(harness: EngineHarness) {
  describe(`reliability on ${harness.name}`, () => {
    const dbs: Database[] = [];
    afterEach(async () => {
      for (const db of dbs.splice(0)) await db.dispose();
    });
    async function fresh() {
      const db = await harness.fresh();
      dbs.push(db);
      const store = await db.open();
      const processId = 'gebiedsproces-lindewaard';
      await store.create({ template, settings: settingsFor(processId), startedAt });
      return { db, store, processId };
    }

    it('keeps exactly 2,000 events in one order when two OS processes append 1,000 each', async () => {
      const { db, store, processId } = await fresh();
      const runs = await Promise.all(
        ['noord', 'zuid'].map((actor) => finished(startWorker(harness.name, db.location, processId, actor, 1000))),
      );
      for (const run of runs) expect(run.stderr).toMatch(/^conflicts \d+\n$/);
      expect(runs.map((r) => r.code)).toEqual([0, 0]);
      const history = await expectConsistent(store, processId);
      expect(history).toHaveLength(2000);
      for (const actor of ['noord', 'zuid']) {
        const ids = history
          .map((e) => (e.event.change as { id: string }).id)
          .filter((id) => id.startsWith(`wijziging-${actor}-`));
        // Every change of each writer exactly once, in the order it was made.
        expect(ids).toEqual(Array.from({ length: 1000 }, (_, n) => `wijziging-${actor}-${n}`));
      }
      // The versions each writer was told are the versions in the stream.
      for (const [i, run] of runs.entries()) {
        const actor = i === 0 ? 'noord' : 'zuid';
        for (const line of run.stdout.trim().split('\n')) {
          const [n, version] = line.split(' ').map(Number);
          const stored = history[(version ?? 0) - 1]?.event.change as { id: string } | undefined;
          expect(stored?.id).toBe(`wijziging-${actor}-${n}`);
        }
      }
    }, 600_000);

    it('leaves no partial event when a writer is killed (SIGKILL) in the middle of its appends', async () => {
      const { db, store, processId } = await fresh();
      const child = startWorker(harness.name, db.location, processId, 'noord', 100_000);
      const done = finished(child);
      await new Promise<void>((resolve) => {
        let lines = 0;
        child.stdout?.on('data', (d: Buffer) => {
          lines += d.toString().split('\n').length - 1;
          if (lines >= 150) resolve();
        });
      });
      child.kill('SIGKILL');
      const run = await done;
      expect(run.signal).toBe('SIGKILL');
      const reopened = await db.open();
      const history = await expectConsistent(reopened, processId);
      expect(history.length).toBeGreaterThanOrEqual(150);
      const reported = run.stdout
        .trim()
        .split('\n')
        .filter((l) => /^\d+ \d+$/.test(l)).length;
      // Every reported append is stored; at most the one in flight is stored without a report.
      expect(history.length - reported).toBeGreaterThanOrEqual(0);
      expect(history.length - reported).toBeLessThanOrEqual(1);
      const next = await reopened.append(
        processId,
        { ...minorChange(0), timestamp: '2027-01-01T09:00:00Z' },
        {
          expectedVersion: history.length,
        },
      );
      expect(next.status).toBe('accepted');
      await store.close();
    }, 300_000);
  });
}

reliabilitySuite(sqliteHarness);
describe.skipIf(!pgUrl)('PostgreSQL', () => reliabilitySuite(postgresHarness));

describe('a read-only or full SQLite database', () => {
  const dbs: Database[] = [];
  afterEach(async () => {
    for (const db of dbs.splice(0)) await db.dispose();
  });

  it('answers writes on a read-only database with store_read_only and writes nothing', async () => {
    const db = await sqliteHarness.fresh();
    dbs.push(db);
    const store = await db.open();
    const processId = 'gebiedsproces-lindewaard';
    await store.create({ template, settings: settingsFor(processId), startedAt });
    await appendAll(store, processId, [minorChange(1)]);
    const readOnly = await openSqliteStore({ path: db.location, readOnly: true });
    try {
      expect((await readOnly.history(processId)).length).toBe(1);
      const error = await caught(readOnly.append(processId, minorChange(2), { expectedVersion: 1 }));
      expect(error.code).toBe('store_read_only');
      const docError = await caught(
        readOnly.create({ template, settings: settingsFor('gebiedsproces-nieuw'), startedAt }),
      );
      expect(docError.code).toBe('store_read_only');
    } finally {
      await readOnly.close();
    }
    expect(await store.version(processId)).toBe(1);
    expect((await store.append(processId, minorChange(2), { expectedVersion: 1 })).status).toBe('accepted');
    await expectConsistent(store, processId);
  });

  it('answers a write beyond the size cap with store_full, keeps the stream whole, and goes on once there is room', async () => {
    const db = await sqliteHarness.fresh();
    dbs.push(db);
    const setup = await db.open();
    const processId = 'gebiedsproces-lindewaard';
    await setup.create({ template, settings: settingsFor(processId), startedAt });
    await setup.close();
    const capped = await openSqliteStore({ path: db.location, maxSizeBytes: 512 * 1024 });
    const long = 'x'.repeat(20_000);
    let version = 0;
    let error: GebiedsgerichtError | undefined;
    for (let n = 0; n < 200 && !error; n++) {
      const event = { ...minorChange(n), change: { id: `wijziging-${n}`, description: long } };
      try {
        const result = await capped.append(processId, event, { expectedVersion: version });
        if (result.status === 'accepted') version = result.version;
      } catch (e) {
        if (!(e instanceof GebiedsgerichtError)) throw e;
        error = e;
      }
    }
    expect(error?.code).toBe('store_full');
    expect(await capped.version(processId)).toBe(version);
    await capped.close();
    const roomy = await db.open();
    await expectConsistent(roomy, processId);
    const next = await roomy.append(processId, minorChange(1000), { expectedVersion: version });
    expect(next.status).toBe('accepted');
  });
});

describe.skipIf(!pgUrl)('PostgreSQL failures', () => {
  const dbs: Database[] = [];
  afterEach(async () => {
    for (const db of dbs.splice(0)) await db.dispose();
  });

  it('loads and appends again after a migration changed a column its prepared statements read', async () => {
    const db = await postgresHarness.fresh();
    dbs.push(db);
    const store = await db.open({ snapshotEvery: 2 });
    const processId = 'gebiedsproces-lindewaard';
    await store.create({ template, settings: settingsFor(processId), startedAt });
    for (let v = 0; v < 3; v++) await store.append(processId, minorChange(v), { expectedVersion: v });
    const before = (await store.load(processId)).process.snapshot();
    // Another server changes the type of a column that the statements prepared on this store's
    // connections return: the server refuses those statements ("cached plan must not change
    // result type") until they are prepared again.
    await db.raw('ALTER TABLE streams ALTER COLUMN version TYPE BIGINT');
    const loaded = await store.load(processId);
    expect(loaded.version).toBe(3);
    expect(loaded.process.snapshot()).toEqual(before);
    const next = await store.append(processId, minorChange(3), { expectedVersion: 3 });
    expect(next).toMatchObject({ status: 'accepted', version: 4 });
    expect(await store.version(processId)).toBe(4);
    expect((await store.verify(processId)).ok).toBe(true);
  });

  it('answers a read-only database with store_read_only and recovers once writes are allowed again', async () => {
    const db = await postgresHarness.fresh();
    dbs.push(db);
    const store = await db.open();
    const processId = 'gebiedsproces-lindewaard';
    await store.create({ template, settings: settingsFor(processId), startedAt });
    const name = new URL(db.location).pathname.slice(1);
    await db.raw(`ALTER DATABASE ${name} SET default_transaction_read_only = on`);
    await db.raw(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()`,
      [name],
    );
    let error: GebiedsgerichtError | undefined;
    for (let attempt = 0; attempt < 3 && error?.code !== 'store_read_only'; attempt++) {
      error = await caught(store.append(processId, minorChange(1), { expectedVersion: 0 }));
    }
    expect(error?.code).toBe('store_read_only');
    expect(await store.version(processId)).toBe(0);
    // The database itself is read-only now: switch it back from the server's admin database.
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`ALTER DATABASE ${name} SET default_transaction_read_only = off`);
    await admin.end();
    expect((await store.append(processId, minorChange(1), { expectedVersion: 0 })).status).toBe('accepted');
    await expectConsistent(store, processId);
  });

  it('answers a dropped connection with store_unavailable and applies the retried append once', async () => {
    const db = await postgresHarness.fresh();
    dbs.push(db);
    const store = await db.open();
    const processId = 'gebiedsproces-lindewaard';
    await store.create({ template, settings: settingsFor(processId), startedAt });
    await appendAll(store, processId, [minorChange(1)]);
    const name = new URL(db.location).pathname.slice(1);
    await db.raw(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()`,
      [name],
    );
    const outcomes: string[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const result = await store.append(processId, minorChange(2), {
          expectedVersion: 1,
          idempotencyKey: 'wijziging-2',
        });
        outcomes.push(result.status);
        if (result.status === 'accepted') break;
      } catch (e) {
        if (!(e instanceof GebiedsgerichtError)) throw e;
        outcomes.push(e.code);
      }
    }
    expect(outcomes.at(-1)).toBe('accepted');
    for (const outcome of outcomes.slice(0, -1)) expect(outcome).toBe('store_unavailable');
    const history = await expectConsistent(store, processId);
    expect(history.map((e) => e.idempotencyKey)).toEqual([null, 'wijziging-2']);
  });
});

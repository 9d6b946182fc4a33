/**
 * Group commit on SQLite: appends that are in flight together share one transaction and one flush
 * of the WAL, yet each gets its own answer, in the order they were made, and a write that fails
 * is rolled back alone.
 */
import { GebiedsgerichtError } from '@gebiedsgericht/core';
import { afterEach, describe, expect, it } from 'vitest';
import { type AppendResult, openSqliteStore } from '../src/index';
import { type Database, sqliteHarness } from './support/engines';
import { minorChange, settingsFor, startedAt, template } from './support/scenario';

const dbs: Database[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.dispose();
});

async function fresh(processIds: string[]) {
  const db = await sqliteHarness.fresh();
  dbs.push(db);
  const store = await db.open();
  for (const processId of processIds) await store.create({ template, settings: settingsFor(processId), startedAt });
  return { db, store };
}

describe('group commit on SQLite', () => {
  it('answers 300 appends in flight on two streams each with its own version, in order, all kept', async () => {
    const { db, store } = await fresh(['gebiedsproces-a', 'gebiedsproces-b']);
    const pending: Promise<AppendResult>[] = [];
    for (let n = 0; n < 150; n++) {
      pending.push(store.append('gebiedsproces-a', minorChange(n), { expectedVersion: n }));
      pending.push(store.append('gebiedsproces-b', minorChange(n), { expectedVersion: n }));
    }
    const results = await Promise.all(pending);
    expect(results.map((r) => (r.status === 'accepted' ? r.version : r.status))).toEqual(
      Array.from({ length: 300 }, (_, i) => Math.floor(i / 2) + 1),
    );
    await store.close();
    // A second store on the same file sees every event, in the order they were made.
    const reopened = await db.open();
    for (const [processId, actor] of [
      ['gebiedsproces-a', 'procesregisseur-zuidmark'],
      ['gebiedsproces-b', 'procesregisseur-zuidmark'],
    ] as const) {
      const history = await reopened.history(processId);
      expect(history.map((e) => (e.event.change as { id: string }).id)).toEqual(
        Array.from({ length: 150 }, (_, n) => `wijziging-${actor}-${n}`),
      );
      expect((await reopened.verify(processId)).problems).toEqual([]);
    }
  });

  it('gives each write of one commit its own answer: conflict, rejection and acceptance side by side', async () => {
    const { store } = await fresh(['gebiedsproces-a']);
    const [first, stale, refused, second] = await Promise.all([
      store.append('gebiedsproces-a', minorChange(0), { expectedVersion: 0 }),
      store.append('gebiedsproces-a', minorChange(1), { expectedVersion: 0 }),
      store.append('gebiedsproces-a', { type: 'change.minor', actor: 'x' }, { expectedVersion: 1 }),
      store.append('gebiedsproces-a', minorChange(2), { expectedVersion: 1 }),
    ]);
    expect(first).toMatchObject({ status: 'accepted', version: 1 });
    expect(stale).toMatchObject({ status: 'conflict', currentVersion: 1 });
    expect(refused).toMatchObject({ status: 'rejected', version: 1 });
    expect(second).toMatchObject({ status: 'accepted', version: 2 });
    expect((await store.rejected('gebiedsproces-a')).length).toBe(1);
    expect((await store.verify('gebiedsproces-a')).ok).toBe(true);
  });

  it('rolls back only the write that hits a full database; the writes before it in the same commit stay', async () => {
    const { db, store } = await fresh(['gebiedsproces-a']);
    await store.close();
    const capped = await openSqliteStore({ path: db.location, maxSizeBytes: 512 * 1024 });
    const long = 'x'.repeat(20_000);
    const settled = await Promise.allSettled(
      Array.from({ length: 60 }, (_, n) =>
        capped.append(
          'gebiedsproces-a',
          { ...minorChange(n), change: { id: `wijziging-${n}`, description: long } },
          { expectedVersion: n },
        ),
      ),
    );
    const accepted = settled.filter((s) => s.status === 'fulfilled' && s.value.status === 'accepted');
    const full = settled.findIndex((s) => s.status === 'rejected');
    expect(accepted.length).toBeGreaterThan(0);
    expect(full).toBe(accepted.length);
    const failure = settled[full];
    expect(failure?.status === 'rejected' && failure.reason instanceof GebiedsgerichtError && failure.reason.code).toBe(
      'store_full',
    );
    // Every later write expected a version the stream never reached.
    for (const later of settled.slice(full + 1)) {
      expect(later.status === 'fulfilled' && later.value).toMatchObject({
        status: 'conflict',
        currentVersion: accepted.length,
      });
    }
    await capped.close();
    const roomy = await db.open();
    expect(await roomy.version('gebiedsproces-a')).toBe(accepted.length);
    expect((await roomy.verify('gebiedsproces-a')).problems).toEqual([]);
  });
});

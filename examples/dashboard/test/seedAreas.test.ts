/**
 * The seeded areas form a valid history: the store accepts every event, and a replay agrees with
 * what it stored. An area added to `seedAreas` is checked here too.
 */
import { openSqliteStore } from '@gebiedsgericht/store';
import { describe, expect, it } from 'vitest';
import { seedAreas, seedStore } from '../src/server/seedAreas';

describe('seedAreas', () => {
  it('writes every area into an empty store, each event accepted and verified by replay', async () => {
    const store = await openSqliteStore({ path: ':memory:' });
    try {
      await seedStore(store);
      const rows = await store.list();
      expect(rows.map((r) => r.processId).sort()).toEqual(seedAreas.map((make) => make().settings.processId).sort());
      for (const make of seedAreas) {
        const area = make();
        expect(await store.version(area.settings.processId)).toBe(area.events.length);
        const report = await store.verify(area.settings.processId);
        expect(report.problems).toEqual([]);
      }
    } finally {
      await store.close();
    }
  });

  it('leaves Lindewaard with an open knelpunt and missing consents, for the overview to show', async () => {
    const store = await openSqliteStore({ path: ':memory:' });
    try {
      await seedStore(store);
      const [row] = await store.list({ step: 'afwegen-en-keuze' });
      expect(row?.processId).toBe('gebiedsproces-lindewaard');
      expect(row?.openKnelpunten.map((k) => k.id)).toEqual(['knelpunt-wind-hoeverveen']);
    } finally {
      await store.close();
    }
  });
});

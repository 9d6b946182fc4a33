import { GebiedsgerichtError } from '@gebiedsgericht/core';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/index';
import { nodeHasSqlite } from '../src/internal/sqliteDriver';

describe('choosing the SQLite library', () => {
  it('uses node:sqlite from Node 22.13 and 23.4 on, where it needs no flag', () => {
    expect(nodeHasSqlite('20.20.2')).toBe(false);
    expect(nodeHasSqlite('21.7.3')).toBe(false);
    expect(nodeHasSqlite('22.5.0')).toBe(false);
    expect(nodeHasSqlite('22.12.0')).toBe(false);
    expect(nodeHasSqlite('22.13.0')).toBe(true);
    expect(nodeHasSqlite('22.22.1')).toBe(true);
    expect(nodeHasSqlite('23.0.0')).toBe(false);
    expect(nodeHasSqlite('23.3.0')).toBe(false);
    expect(nodeHasSqlite('23.4.0')).toBe(true);
    expect(nodeHasSqlite('24.4.1')).toBe(true);
    expect(nodeHasSqlite('26.0.0')).toBe(true);
  });

  it('opens with the library auto picks for this Node version', async () => {
    const store = await openSqliteStore({ path: ':memory:' });
    try {
      expect(store.library).toBe(nodeHasSqlite() ? 'node:sqlite' : 'better-sqlite3');
    } finally {
      await store.close();
    }
  });

  it.skipIf(nodeHasSqlite())('answers node:sqlite on a Node without it with engine_unavailable', async () => {
    const error = await openSqliteStore({ path: ':memory:', library: 'node:sqlite' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GebiedsgerichtError);
    expect((error as GebiedsgerichtError).code).toBe('engine_unavailable');
    expect((error as GebiedsgerichtError).path).toEqual(['library']);
  });
});

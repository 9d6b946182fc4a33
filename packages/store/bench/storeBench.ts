/**
 * Benchmarks of the store on both engines (`npm run bench` in packages/store; PostgreSQL through
 * scripts/postgres.sh). Prints a Markdown table for docs/performance.md:
 * appends per second with one writer and with four writer processes, `load` of a process with
 * 1,000 events with and without a snapshot next to `JSON.parse` of the snapshot text, and `list`
 * over 1,000 stored processes.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type AreaProcessStore, openPostgresStore, openSqliteStore } from '../src/index';
import { databaseUrl, pgUrl } from '../test/support/engines';
import { minorChange, settingsFor, startedAt, template } from '../test/support/scenario';

const run = promisify(execFile);
const writer = join(import.meta.dirname, 'writer.ts');
const rows: string[] = [];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function timeIt(times: number, fn: () => unknown): Promise<number> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

async function writers(engine: string, location: string, ids: string[], count: number, durability: string) {
  const started = performance.now();
  await Promise.all(
    ids.map((id) =>
      run(process.execPath, [
        '--import',
        'tsx',
        '--conditions=@gebiedsgericht/source',
        writer,
        engine,
        location,
        id,
        String(count),
        durability,
      ]),
    ),
  );
  return ((ids.length * count) / (performance.now() - started)) * 1000;
}

type Open = (durability: 'full' | 'normal', snapshotEvery?: number) => Promise<AreaProcessStore>;

async function bench(engine: 'sqlite' | 'postgres', open: Open, location: string) {
  const setup = await open('normal');
  for (let i = 0; i < 1000; i++) {
    await setup.create({ template, settings: settingsFor(`gebiedsproces-${String(i).padStart(4, '0')}`), startedAt });
  }
  for (const id of ['schrijver-1', 'schrijver-2', 'schrijver-3', 'schrijver-4', 'schrijver-solo', 'schrijver-snel']) {
    await setup.create({ template, settings: settingsFor(id), startedAt });
  }
  const big = 'gebiedsproces-duizend';
  await setup.create({ template, settings: settingsFor(big), startedAt });
  for (let v = 0; v < 1000; v++) await setup.append(big, minorChange(v), { expectedVersion: v });
  await setup.close();
  const withoutSnapshots = await open('normal', 1_000_000);
  const bare = 'gebiedsproces-zonder-snapshot';
  await withoutSnapshots.create({ template, settings: settingsFor(bare), startedAt });
  for (let v = 0; v < 1000; v++) await withoutSnapshots.append(bare, minorChange(v), { expectedVersion: v });
  const replayMs = await timeIt(5, () => withoutSnapshots.load(bare));
  await withoutSnapshots.close();

  const label = engine === 'sqlite' ? 'SQLite' : 'PostgreSQL';
  const solo = await writers(engine, location, ['schrijver-solo'], 400, 'full');
  rows.push(
    `| ${label} | appends/s, one writer${engine === 'sqlite' ? ' (durability full)' : ''} | ${solo.toFixed(0)} |`,
  );
  if (engine === 'sqlite') {
    const fast = await writers(engine, location, ['schrijver-snel'], 400, 'normal');
    rows.push(`| ${label} | appends/s, one writer (durability normal) | ${fast.toFixed(0)} |`);
  }
  const four = await writers(
    engine,
    location,
    ['schrijver-1', 'schrijver-2', 'schrijver-3', 'schrijver-4'],
    200,
    'full',
  );
  rows.push(
    `| ${label} | appends/s, four writer processes${engine === 'sqlite' ? ' (durability full)' : ''} | ${four.toFixed(0)} |`,
  );

  const withSnapshots = await open('full');
  const loadMs = await timeIt(20, () => withSnapshots.load(big));
  const loaded = await withSnapshots.load(big);
  const text = JSON.stringify(loaded.process.snapshot());
  const parseMs = await timeIt(20, () => JSON.parse(text));
  const listMs = await timeIt(20, () => withSnapshots.list());
  const listed = (await withSnapshots.list()).length;
  const provinceMs = await timeIt(20, () => withSnapshots.list({ provinceId: 'provincie-zuidmark' }));
  await withSnapshots.close();
  rows.push(`| ${label} | load, 1,000 events, from the snapshot (ms) | ${loadMs.toFixed(1)} |`);
  rows.push(`| ${label} | load, 1,000 events, no snapshot: all replayed (ms) | ${replayMs.toFixed(1)} |`);
  rows.push(
    `| ${label} | JSON.parse of that snapshot text, ${(text.length / 1024).toFixed(0)} kB (ms) | ${parseMs.toFixed(1)} |`,
  );
  rows.push(`| ${label} | load ÷ JSON.parse | ${(loadMs / parseMs).toFixed(1)}× |`);
  return { listMs, listed, provinceMs, label };
}

const dir = mkdtempSync(join(tmpdir(), 'gebiedsgericht-bench-'));
const sqlitePath = join(dir, 'bench.db');
const results = [
  await bench(
    'sqlite',
    (durability, snapshotEvery) =>
      openSqliteStore({ path: sqlitePath, durability, ...(snapshotEvery ? { snapshotEvery } : {}) }),
    sqlitePath,
  ),
];
if (pgUrl) {
  const { default: pg } = await import('pg');
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS store_bench');
  await admin.query('CREATE DATABASE store_bench');
  await admin.end();
  const location = databaseUrl(pgUrl, 'store_bench');
  results.push(
    await bench(
      'postgres',
      (_durability, snapshotEvery) =>
        openPostgresStore({ connectionString: location, ...(snapshotEvery ? { snapshotEvery } : {}) }),
      location,
    ),
  );
}
for (const r of results) {
  rows.push(`| ${r.label} | list of all ${r.listed} processes (ms) | ${r.listMs.toFixed(1)} |`);
  rows.push(`| ${r.label} | list({ provinceId }) over them (ms) | ${r.provinceMs.toFixed(1)} |`);
}
rmSync(dir, { recursive: true, force: true });
console.log('| Engine | Measure | Result |\n|---|---|---:|');
console.log(rows.join('\n'));

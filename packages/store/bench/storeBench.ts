/**
 * Benchmarks of the store on both engines (`npm run bench` in packages/store; PostgreSQL through
 * scripts/postgres.sh). Prints a Markdown table for docs/performance.md:
 * appends per second with one writer and with four writer processes, `load` of a process with
 * 1,000 events with and without a snapshot next to `JSON.parse` of the snapshot text, and `list`
 * over 1,000 stored processes.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type GebiedsprocesStore, openPostgresStore, openSqliteStore } from '../src/index';
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

/** Appends per second over the window from the first writer's start to the last one's finish. */
async function writers(
  engine: string,
  location: string,
  ids: string[],
  count: number,
  durability: string,
  window = 1,
): Promise<number> {
  const outputs = await Promise.all(
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
        String(window),
      ]),
    ),
  );
  const windows = outputs.map((o) => o.stdout.trim().split(' ').map(Number));
  const start = Math.min(...windows.map((w) => w[0] ?? Number.NaN));
  const end = Math.max(...windows.map((w) => w[1] ?? Number.NaN));
  return ((ids.length * count) / (end - start)) * 1000;
}

/** Medians of `a` and `b`, measured in alternating rounds so a change in machine load hits both. */
async function alternating(rounds: number, a: () => unknown, b: () => unknown): Promise<[number, number]> {
  await a();
  await b();
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < rounds; i++) {
    let start = performance.now();
    await a();
    as.push(performance.now() - start);
    start = performance.now();
    await b();
    bs.push(performance.now() - start);
  }
  return [median(as), median(bs)];
}

type Open = (durability: 'full' | 'normal', snapshotEvery?: number) => Promise<GebiedsprocesStore>;

const WRITERS = ['solo', 'snel', 'pijp', '1', '2', '3', '4', 'p1', 'p2', 'p3', 'p4'].map((n) => `schrijver-${n}`);

async function bench(engine: 'sqlite' | 'postgres', open: Open, location: string) {
  const setup = await open('normal');
  for (let i = 0; i < 1000; i++) {
    await setup.create({ template, settings: settingsFor(`gebiedsproces-${String(i).padStart(4, '0')}`), startedAt });
  }
  for (const id of WRITERS) await setup.create({ template, settings: settingsFor(id), startedAt });
  const big = 'gebiedsproces-duizend';
  await setup.create({ template, settings: settingsFor(big), startedAt });
  for (let v = 0; v < 1000; v++) await setup.append(big, minorChange(v), { expectedVersion: v });
  await setup.close();
  const withoutSnapshots = await open('normal', 1_000_000);
  const bare = 'gebiedsproces-zonder-snapshot';
  await withoutSnapshots.create({ template, settings: settingsFor(bare), startedAt });
  for (let v = 0; v < 1000; v++) await withoutSnapshots.append(bare, minorChange(v), { expectedVersion: v });
  await withoutSnapshots.close();

  const label = engine === 'sqlite' ? 'SQLite' : 'PostgreSQL';
  const durable = engine === 'sqlite' ? ', durability full' : '';
  const solo = await writers(engine, location, ['schrijver-solo'], 400, 'full');
  rows.push(`| ${label} | appends/s, one writer, sequential (awaits each append)${durable} | ${solo.toFixed(0)} |`);
  if (engine === 'sqlite') {
    const fast = await writers(engine, location, ['schrijver-snel'], 400, 'normal');
    rows.push(`| ${label} | appends/s, one writer, sequential, durability normal | ${fast.toFixed(0)} |`);
    const piped = await writers(engine, location, ['schrijver-pijp'], 2000, 'full', 64);
    rows.push(
      `| ${label} | appends/s, one writer, pipelined (64 in flight on one stream)${durable} | ${piped.toFixed(0)} |`,
    );
  }
  const four = await writers(engine, location, WRITERS.slice(3, 7), 200, 'full');
  rows.push(`| ${label} | appends/s, four writer processes, sequential${durable} | ${four.toFixed(0)} |`);
  if (engine === 'sqlite') {
    const fourPiped = await writers(engine, location, WRITERS.slice(7, 11), 500, 'full', 16);
    rows.push(`| ${label} | appends/s, four writer processes, 16 in flight each${durable} | ${fourPiped.toFixed(0)} |`);
  }

  const reader = await open('full');
  const loaded = await reader.load(big);
  const text = JSON.stringify(loaded.process.snapshot());
  const [loadMs, parseMs] = await alternating(
    21,
    () => reader.load(big),
    () => JSON.parse(text),
  );
  const [replayMs, parseMs2] = await alternating(
    7,
    () => reader.load(bare),
    () => JSON.parse(text),
  );
  const listMs = await timeIt(20, () => reader.list());
  const listed = (await reader.list()).length;
  const provinceMs = await timeIt(20, () => reader.list({ provinceId: 'provincie-zuidmark' }));
  await reader.close();
  const kb = (text.length / 1024).toFixed(0);
  rows.push(
    `| ${label} | load, 1,000 events, from the snapshot ÷ JSON.parse of its ${kb} kB text | ${loadMs.toFixed(1)} ms ÷ ${parseMs.toFixed(1)} ms = ${(loadMs / parseMs).toFixed(1)}× |`,
  );
  rows.push(
    `| ${label} | load, 1,000 events, no snapshot (all replayed) ÷ JSON.parse | ${replayMs.toFixed(1)} ms ÷ ${parseMs2.toFixed(1)} ms = ${(replayMs / parseMs2).toFixed(1)}× |`,
  );
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
console.log(
  `${new Date().toISOString()}, Node ${process.versions.node}, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log('| Engine | Measure | Result |\n|---|---|---:|');
console.log(rows.join('\n'));

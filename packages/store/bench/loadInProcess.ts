/**
 * `load` of one process against `JSON.parse` of its snapshot text, in one process, for profiling
 * (`node --cpu-prof --conditions=@gebiedsgericht/source --import tsx bench/loadInProcess.ts ...`):
 * one store, one stream of `events` minor changes (snapshot every 100), then `rounds` alternating
 * rounds of `load` and `JSON.parse`; prints both medians and their ratio, in wall time and in CPU
 * time of this process (the CPU a PostgreSQL server spends is not in it). PostgreSQL needs
 * GEBIEDSGERICHT_PG_URL (scripts/postgres.sh start).
 *
 *   node --conditions=@gebiedsgericht/source --import tsx bench/loadInProcess.ts <sqlite|postgres> [events] [rounds]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type GebiedsprocesStore, openPostgresStore, openSqliteStore } from '../src/index';
import { databaseUrl, pgUrl } from '../test/support/engines';
import { minorChange, settingsFor, startedAt, template } from '../test/support/scenario';

const engine = process.argv[2] === 'postgres' ? 'postgres' : 'sqlite';
const events = Number(process.argv[3] ?? 1000);
const rounds = Number(process.argv[4] ?? 41);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

let store: GebiedsprocesStore;
let cleanup: () => Promise<void>;
if (engine === 'sqlite') {
  const dir = mkdtempSync(join(tmpdir(), 'gebiedsgericht-load-'));
  store = await openSqliteStore({ path: join(dir, 'load.db'), durability: 'normal' });
  cleanup = async () => rmSync(dir, { recursive: true, force: true });
} else {
  if (!pgUrl) throw new Error('GEBIEDSGERICHT_PG_URL is not set');
  const { default: pg } = await import('pg');
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS store_load_bench');
  await admin.query('CREATE DATABASE store_load_bench');
  await admin.end();
  store = await openPostgresStore({ connectionString: databaseUrl(pgUrl, 'store_load_bench') });
  cleanup = async () => undefined;
}
const processId = 'gebiedsproces-laden';
await store.create({ template, settings: settingsFor(processId), startedAt });
for (let v = 0; v < events; v++) await store.append(processId, minorChange(v), { expectedVersion: v });
const text = JSON.stringify((await store.load(processId)).process.snapshot());
const loads: number[] = [];
const parses: number[] = [];
const cpu: number[] = [];
const parseCpu: number[] = [];
for (let i = 0; i < rounds; i++) {
  const start = performance.now();
  const used = process.cpuUsage();
  await store.load(processId);
  const spent = process.cpuUsage(used);
  loads.push(performance.now() - start);
  cpu.push((spent.user + spent.system) / 1000);
  const parseStart = performance.now();
  const parseUsed = process.cpuUsage();
  JSON.parse(text);
  const parseSpent = process.cpuUsage(parseUsed);
  parses.push(performance.now() - parseStart);
  parseCpu.push((parseSpent.user + parseSpent.system) / 1000);
}
await store.close();
await cleanup();
const load = median(loads);
const parse = median(parses);
console.log(
  `${engine}, ${events} events, ${(text.length / 1024).toFixed(0)} KiB snapshot: load ${load.toFixed(1)} ms, JSON.parse ${parse.toFixed(1)} ms, ${(load / parse).toFixed(1)}×; CPU of this process: load ${median(cpu).toFixed(1)} ms, JSON.parse ${median(parseCpu).toFixed(1)} ms, ${(median(cpu) / median(parseCpu)).toFixed(1)}× (load average ${loadavg()[0]?.toFixed(1)})`,
);

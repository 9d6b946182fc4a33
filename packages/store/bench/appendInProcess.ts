/**
 * Appends per second in one process without the benchmark's child processes, for profiling
 * (`node --cpu-prof --conditions=@gebiedsgericht/source --import tsx bench/appendInProcess.ts`):
 * one SQLite store in a temp dir, one stream warmed with 100 events, then `count` appends with
 * `window` of them in flight (1 = sequential). Prints the wall time and the CPU time of this
 * process per append (user and system, which includes the WAL flushes on libuv's threads), so a
 * figure taken on a busy machine can be compared with one taken on a quiet one.
 *
 *   node --conditions=@gebiedsgericht/source --import tsx bench/appendInProcess.ts <full|normal> <count> <window>
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../src/index';
import { minorChange, settingsFor, startedAt, template } from '../test/support/scenario';

const durability = process.argv[2] === 'normal' ? 'normal' : 'full';
const count = Number(process.argv[3] ?? 2000);
const window = Number(process.argv[4] ?? 1);
const dir = mkdtempSync(join(tmpdir(), 'gebiedsgericht-append-'));
const store = await openSqliteStore({ path: join(dir, 'append.db'), durability });
const processId = 'gebiedsproces-profiel';
await store.create({ template, settings: settingsFor(processId), startedAt });
for (let v = 0; v < 100; v++) await store.append(processId, minorChange(v), { expectedVersion: v });
let next = 100;
const end = 100 + count;
async function lane() {
  while (next < end) {
    const version = next++;
    const result = await store.append(processId, minorChange(version), { expectedVersion: version });
    if (result.status !== 'accepted') throw new Error(`not accepted: ${result.status}`);
  }
}
const started = performance.now();
const cpuBefore = process.cpuUsage();
await Promise.all(Array.from({ length: window }, lane));
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
await store.close();
rmSync(dir, { recursive: true, force: true });
console.log(
  `${durability}, ${window} in flight: ${((count / ms) * 1000).toFixed(0)} appends/s, ${(ms / count).toFixed(3)} ms each, CPU ${((cpu.user + cpu.system) / 1000 / count).toFixed(3)} ms each (user ${(cpu.user / 1000 / count).toFixed(3)}, system ${(cpu.system / 1000 / count).toFixed(3)}; load average ${loadavg()[0]?.toFixed(1)})`,
);

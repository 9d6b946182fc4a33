/**
 * One writer process for the benchmark: appends `count` minor changes to its own area process
 * and prints when it started and finished its appends (epoch milliseconds), so the start-up of
 * Node itself is not counted. With `window` 1 it awaits each append before sending the next
 * (sequential); with a larger window it keeps that many appends in flight on its stream, each
 * with the next expected version (pipelined, as a server does for many requests at once).
 *
 *   node --import tsx writer.ts <sqlite|postgres> <location> <processId> <count> <durability> <window>
 */
import { openPostgresStore, openSqliteStore } from '../src/index';
import { minorChange } from '../test/support/scenario';

const [engine, location, processId, countText, durability, windowText] = process.argv.slice(2);
const count = Number(countText);
const window = Number(windowText ?? 1);
if (!engine || !location || !processId)
  throw new Error('usage: writer <engine> <location> <processId> <count> <durability> <window>');
const id: string = processId;
const store =
  engine === 'sqlite'
    ? await openSqliteStore({ path: location, durability: durability === 'normal' ? 'normal' : 'full' })
    : await openPostgresStore({ connectionString: location, maxConnections: 1 });
const first = await store.version(id);
let next = first;
const end = first + count;
const started = performance.timeOrigin + performance.now();
async function lane() {
  while (next < end) {
    const version = next++;
    const result = await store.append(id, minorChange(version), { expectedVersion: version });
    if (result.status !== 'accepted') throw new Error(`not accepted: ${result.status}`);
  }
}
await Promise.all(Array.from({ length: window }, lane));
process.stdout.write(`${started} ${performance.timeOrigin + performance.now()}\n`);
await store.close();

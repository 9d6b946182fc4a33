/**
 * One writer process for the benchmark: appends `count` minor changes to its own area process
 * and prints the elapsed milliseconds.
 *
 *   node --import tsx writer.ts <sqlite|postgres> <location> <processId> <count> <durability>
 */
import { openPostgresStore, openSqliteStore } from '../src/index';
import { minorChange } from '../test/support/scenario';

const [engine, location, processId, countText, durability] = process.argv.slice(2);
const count = Number(countText);
if (!engine || !location || !processId) throw new Error('usage: writer <engine> <location> <processId> <count>');
const store =
  engine === 'sqlite'
    ? await openSqliteStore({ path: location, durability: durability === 'normal' ? 'normal' : 'full' })
    : await openPostgresStore({ connectionString: location, maxConnections: 1 });
let version = await store.version(processId);
const started = performance.now();
for (let n = 0; n < count; n++) {
  const result = await store.append(processId, minorChange(version), { expectedVersion: version });
  if (result.status !== 'accepted') throw new Error(`not accepted: ${result.status}`);
  version = result.version;
}
process.stdout.write(`${performance.now() - started}\n`);
await store.close();

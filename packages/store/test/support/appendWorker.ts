/**
 * A separate OS process that appends minor changes to one area process, the way an application
 * server would: read the version, build the event at that moment, append with the expected
 * version, and retry on `concurrency_conflict`. Prints one line per accepted event.
 *
 *   node --import tsx appendWorker.ts <sqlite|postgres> <location> <processId> <actor> <count>
 */
import { openPostgresStore, openSqliteStore } from '../../src/index';

const [engine, location, processId, actor, countText] = process.argv.slice(2);
const count = Number(countText);
if (!engine || !location || !processId || !actor || !Number.isInteger(count)) {
  throw new Error('usage: appendWorker <engine> <location> <processId> <actor> <count>');
}
const store =
  engine === 'sqlite'
    ? await openSqliteStore({ path: location })
    : await openPostgresStore({ connectionString: location, maxConnections: 1 });

/** The event for the n-th change of this actor, timed one second after the stream's last event. */
function change(n: number, version: number) {
  return {
    type: 'change.minor',
    timestamp: new Date(Date.UTC(2026, 0, 13, 9, 0, 0) + (version + 1) * 1000).toISOString(),
    // Both writers act for the procesregisseur, whom the startnotitie lets record minor changes;
    // the writer's name is in the change id.
    actor: 'procesregisseur-zuidmark',
    role: 'regisseur',
    change: { id: `wijziging-${actor}-${n}`, description: `Wijziging ${n} van ${actor}` },
  };
}

let conflicts = 0;
for (let n = 0; n < count; ) {
  const version = await store.version(processId);
  const result = await store.append(processId, change(n, version), {
    expectedVersion: version,
    idempotencyKey: `${actor}-${n}`,
  });
  if (result.status === 'conflict') {
    conflicts++;
    continue;
  }
  if (result.status === 'rejected') throw new Error(`rejected: ${result.reason.code}`);
  process.stdout.write(`${n} ${result.version}\n`);
  n++;
}
await store.close();
process.stderr.write(`conflicts ${conflicts}\n`);

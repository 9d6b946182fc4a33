/**
 * What a snapshot costs on the append path: one process runs `events` minor changes and every
 * 100 events writes its snapshot twice, the way the store does it (gzip bytes and their SHA-256,
 * with the compressed audit log kept between snapshots, `snapshotDataOf`) and from scratch (the
 * whole snapshot serialised straight from the context, compressed at the same level, and a
 * SHA-256 of the bytes). Prints both per event, next to the time of `send` itself, in CPU time,
 * so a busy machine can be compared with a quiet one by the ratios.
 *
 *   node --conditions=@gebiedsgericht/source --import tsx bench/snapshotText.ts [events]
 */
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import {
  SNAPSHOT_GZIP_LEVEL,
  SNAPSHOT_SCHEMA_VERSION,
  sendEvent,
  snapshotDataOf,
  startProcess,
} from '../src/internal/processAdapter';
import { minorChange, settingsFor, startedAt, template } from '../test/support/scenario';

const events = Number(process.argv[2] ?? 3000);
const running = startProcess({ template, settings: settingsFor('gebiedsproces-snapshot'), startedAt });
const spent = { send: 0, kept: 0, scratch: 0 };
function cpu(fn: () => unknown): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}
let size = 0;
let stored = 0;
for (let v = 0; v < events; v++) {
  spent.send += cpu(() => sendEvent(running, minorChange(v)));
  if ((v + 1) % 100 !== 0) continue;
  spent.kept += cpu(() => {
    stored = snapshotDataOf(running).data.length;
  });
  spent.scratch += cpu(() => {
    const context = running.context();
    const text = JSON.stringify({
      kind: 'gebiedsprocesSnapshot',
      schemaVersion: SNAPSHOT_SCHEMA_VERSION,
      id: running.definition.settings.processId,
      revision: context.auditLog.length,
      template: running.definition.template,
      settings: running.definition.settings,
      context,
    });
    size = text.length;
    createHash('sha256')
      .update(gzipSync(text, { level: SNAPSHOT_GZIP_LEVEL }))
      .digest('hex');
  });
}
const perEvent = (ms: number) => `${((ms / events) * 1000).toFixed(1)} µs`;
console.log(
  `${events} events, last snapshot ${(size / 1024).toFixed(0)} KiB (stored ${(stored / 1024).toFixed(0)} KiB), CPU per event: send ${perEvent(spent.send)}, snapshot every 100 kept ${perEvent(spent.kept)}, from scratch ${perEvent(spent.scratch)} (load average ${loadavg()[0]?.toFixed(1)})`,
);

/**
 * Measures the audit chain outside vitest, in CPU time of this process (steadier than wall time
 * on a shared machine): what hashing adds to `send` (a run of steps 0–5 and 1,100 record-keeping
 * events, against hashing the same entries alone), verifying a 10,000-entry log, and what the
 * chain check adds to restoring the 1,124-entry snapshot. Prints the
 * best of seven runs. Run: `npx tsx --conditions=@gebiedsgericht/source scripts/measureAuditChain.ts`
 * in packages/process.
 */
import type { ProcessEvent } from '@gebiedsgericht/core';
import { unsafeAuditEntryHash } from '../src/audit/auditHash';
import { createGebiedsproces, defaultStepTemplate, restoreGebiedsproces, verifyAuditLog } from '../src/index';
import { day, ev, fullRun, lindewaardSettings, START, testOptions } from '../test/support/gebiedsprocesFixtures';

function eventsOf(total: number): ProcessEvent[] {
  const events = fullRun(defaultStepTemplate, lindewaardSettings);
  for (let i = events.length; i < total; i++) {
    const at = new Date(Date.parse(day(700)) + i * 60_000).toISOString();
    if (i % 3 === 0) events.push(ev.minor(`wijziging-${i}`, at));
    else if (i % 3 === 1) events.push(ev.planDecision(`besluit-${i}`, 'gemeente-beekdal', '2031-06-01', at));
    else events.push(ev.agreement(`afspraak-${i}`, 'gemeente-hoeverveen', '2031-06-01', at));
  }
  return events;
}

function run(events: readonly ProcessEvent[]) {
  const process = createGebiedsproces({
    template: defaultStepTemplate,
    settings: lindewaardSettings,
    startedAt: START,
    options: testOptions,
  });
  for (const event of events) if (!process.send(event).accepted) throw new Error('rejected');
  return process;
}

function cpuMs(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function best(work: () => void, runs = 7): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) min = Math.min(min, cpuMs(work));
  return min;
}

const sendEvents = eventsOf(1_124);
const sendProcess = run(sendEvents);
const sendLog = sendProcess.context().auditLog;
const sendJson = JSON.stringify(sendProcess.snapshot());
const bigLog = run(eventsOf(10_000)).context().auditLog;
const sendMs = best(() => run(sendEvents));
const hashMs = best(() => {
  for (const entry of sendLog) unsafeAuditEntryHash(entry);
});
const verifyMs = best(() => {
  if (!verifyAuditLog(bigLog).ok) throw new Error('broken');
});
const restoreMs = best(() => restoreGebiedsproces(JSON.parse(sendJson), testOptions));
const verifySendMs = best(() => {
  if (!verifyAuditLog(sendLog).ok) throw new Error('broken');
});
const kib = Buffer.byteLength(JSON.stringify(bigLog)) / 1024;
console.log(`send ${sendEvents.length} events: ${sendMs.toFixed(1)} ms CPU, of which hashing ${hashMs.toFixed(1)} ms`);
console.log(`hashing adds ${((100 * hashMs) / (sendMs - hashMs)).toFixed(1)} % to send`);
console.log(`verifyAuditLog over ${bigLog.length} entries (${kib.toFixed(0)} KiB): ${verifyMs.toFixed(1)} ms CPU`);
console.log(
  `restore of the ${sendLog.length}-entry snapshot: ${restoreMs.toFixed(1)} ms CPU, of which the chain check ${verifySendMs.toFixed(1)} ms`,
);

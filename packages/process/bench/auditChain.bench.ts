/**
 * Benchmarks of the audit chain: what hashing adds to `send`, and verifying a 10,000-entry log.
 * `send` through steps 0–5 includes hashing each entry; the same entries hashed alone give the
 * share of hashing in it. Run: `npx vitest bench --run bench/auditChain.bench.ts` in
 * packages/process; figures in docs/performance.md.
 */
import type { ProcessEvent } from '@gebiedsgericht/core';
import { bench, describe } from 'vitest';
import { unsafeAuditEntryHash } from '../src/audit/auditHash';
import { unsafeVerifyAuditLog } from '../src/audit/verifyAuditLog';
import { createGebiedsproces, defaultStepTemplate, type RunningGebiedsproces, verifyAuditLog } from '../src/index';
import { day, ev, fullRun, lindewaardSettings, START, testOptions } from '../test/support/gebiedsprocesFixtures';

function run(events: readonly ProcessEvent[]): RunningGebiedsproces {
  const process = createGebiedsproces({
    template: defaultStepTemplate,
    settings: lindewaardSettings,
    startedAt: START,
    options: testOptions,
  });
  for (const event of events) {
    const result = process.send(event);
    if (!result.accepted) throw new Error(`benchmark event rejected: ${result.reason.code}`);
  }
  return process;
}

function longRunningEvents(total: number): ProcessEvent[] {
  const events = fullRun(defaultStepTemplate, lindewaardSettings);
  for (let i = events.length; i < total; i++) {
    const at = new Date(Date.parse(day(700)) + i * 60_000).toISOString();
    if (i % 3 === 0) events.push(ev.minor(`wijziging-${i}`, at));
    else if (i % 3 === 1) events.push(ev.planDecision(`besluit-${i}`, 'gemeente-beekdal', '2031-06-01', at));
    else events.push(ev.agreement(`afspraak-${i}`, 'gemeente-hoeverveen', '2031-06-01', at));
  }
  return events;
}

const fullEvents = fullRun(defaultStepTemplate, lindewaardSettings);
const fullLog = run(fullEvents).context().auditLog;
const bigLog = run(longRunningEvents(10_000)).context().auditLog;
const bytes = Buffer.byteLength(JSON.stringify(bigLog));
console.log(
  `[audit] ${fullLog.length} entries in steps 0–5; ${bigLog.length} entries, ${(bytes / 1024).toFixed(0)} KiB`,
);

describe('send with hashing, and the hashing in it', () => {
  bench(`send: steps 0–5 (${fullEvents.length} events, hashed entries)`, () => {
    run(fullEvents);
  });
  bench(`hash the same ${fullEvents.length} entries alone`, () => {
    for (const entry of fullLog) unsafeAuditEntryHash(entry);
  });
});

describe('verify a long log', () => {
  bench('verifyAuditLog: 10,000 entries', () => {
    if (!verifyAuditLog(bigLog).ok) throw new Error('chain broken');
  });
  bench('the chain check alone (no argument checks): 10,000 entries', () => {
    if (!unsafeVerifyAuditLog(bigLog).ok) throw new Error('chain broken');
  });
});

/**
 * Measures a long-running area process outside vitest (steadier on a busy machine than the
 * benchmark's means): events per second through the wrapper, persist and restore time, and the
 * JSON size of a snapshot with more than 1,000 audit entries. Prints the best of five runs.
 * Run: `npx tsx --conditions=@gebiedsgericht/source scripts/measureLongRunning.ts` in packages/process.
 */
import { createGebiedsproces, defaultStepTemplate, replaySnapshot, restoreGebiedsproces } from '../src/index';
import { day, ev, fullRun, lindewaardSettings, START, testOptions } from '../test/support/gebiedsprocesFixtures';

const events = fullRun(defaultStepTemplate, lindewaardSettings);
for (let i = 0; i < 1_100; i++) {
  const at = day(700 + i);
  if (i % 3 === 0) events.push(ev.minor(`wijziging-${i}`, at));
  else if (i % 3 === 1) events.push(ev.planDecision(`besluit-${i}`, 'gemeente-beekdal', '2031-06-01', at));
  else events.push(ev.agreement(`afspraak-${i}`, 'gemeente-hoeverveen', '2031-06-01', at));
}

const best = {
  send: Number.POSITIVE_INFINITY,
  persist: Number.POSITIVE_INFINITY,
  restore: Number.POSITIVE_INFINITY,
  replay: Number.POSITIVE_INFINITY,
};
let size = 0;
let entries = 0;
for (let run = 0; run < 5; run++) {
  const process = createGebiedsproces({
    template: defaultStepTemplate,
    settings: lindewaardSettings,
    startedAt: START,
    options: testOptions,
  });
  const t0 = performance.now();
  for (const event of events) {
    const result = process.send(event);
    if (!result.accepted) throw new Error(`rejected: ${result.reason.code}`);
  }
  const t1 = performance.now();
  const json = JSON.stringify(process.snapshot());
  const t2 = performance.now();
  restoreGebiedsproces(JSON.parse(json), testOptions);
  const t3 = performance.now();
  replaySnapshot(JSON.parse(json), testOptions);
  const t4 = performance.now();
  best.send = Math.min(best.send, t1 - t0);
  best.persist = Math.min(best.persist, t2 - t1);
  best.restore = Math.min(best.restore, t3 - t2);
  best.replay = Math.min(best.replay, t4 - t3);
  size = Buffer.byteLength(json);
  entries = process.context().auditLog.length;
}
console.log(`events: ${events.length}; audit entries: ${entries}`);
console.log(`send (wrapper): ${best.send.toFixed(1)} ms, ${Math.round(events.length / (best.send / 1000))} events/s`);
console.log(`persist (snapshot + JSON.stringify): ${best.persist.toFixed(1)} ms`);
console.log(`restore (JSON.parse + restoreGebiedsproces): ${best.restore.toFixed(1)} ms`);
console.log(`replay of the whole log: ${best.replay.toFixed(1)} ms`);
console.log(
  `snapshot JSON: ${size} bytes (${(size / 1024).toFixed(0)} KiB), ${(size / entries).toFixed(0)} bytes per audit entry`,
);

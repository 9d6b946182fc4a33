/**
 * The two targets of the process API, measured without vitest's bench harness so the figures can
 * be compared directly: events per second through `send` (steps 0–5, validation, rules, reducer and
 * audit entry included) and the time of `restoreAreaProcess` on a snapshot with more than 1,000
 * audit entries against `JSON.parse` of the same text. Run:
 * `npx tsx --conditions=@gebiedsgericht/source bench/ratios.ts` in packages/process.
 */
import type { ProcessEvent } from '@gebiedsgericht/core';
import { createAreaProcess, defaultStepTemplate, restoreAreaProcess } from '../src/index';
import { day, ev, fullRun, lindewaardSettings, START, testOptions } from '../test/support/areaProcessFixtures';

const create = () =>
  createAreaProcess({
    template: defaultStepTemplate,
    settings: lindewaardSettings,
    startedAt: START,
    options: testOptions,
  });

const fullEvents = fullRun(defaultStepTemplate, lindewaardSettings);
const longEvents: ProcessEvent[] = [...fullEvents];
for (let i = 0; i < 1_100; i++) {
  const at = day(700 + i);
  if (i % 3 === 0) longEvents.push(ev.minor(`wijziging-${i}`, at));
  else if (i % 3 === 1) longEvents.push(ev.planDecision(`besluit-${i}`, 'gemeente-beekdal', '2031-06-01', at));
  else longEvents.push(ev.agreement(`afspraak-${i}`, 'gemeente-hoeverveen', '2031-06-01', at));
}

/** The median of `rounds` timings of `fn`, in milliseconds, after a warm-up. */
function median(rounds: number, fn: () => void): number {
  for (let i = 0; i < 5; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

const sendOnly = median(60, () => {
  const p = create();
  for (const event of fullEvents) p.send(event);
});
const createOnly = median(60, () => create());
const perEvent = (sendOnly - createOnly) / fullEvents.length;

const long = create();
for (const event of longEvents) long.send(event);
const text = JSON.stringify(long.snapshot());
const parse = median(40, () => JSON.parse(text));
const restore = median(40, () => restoreAreaProcess(JSON.parse(text), testOptions));
const restoreOnly = restore - parse;

console.log(
  `send: ${fullEvents.length} events in ${(sendOnly - createOnly).toFixed(2)} ms ≈ ${Math.round(1000 / perEvent)} events/s (creation ${createOnly.toFixed(2)} ms excluded)`,
);
console.log(
  `restore: ${long.revision()} audit entries, ${(text.length / 1024).toFixed(0)} KiB; JSON.parse ${parse.toFixed(2)} ms, JSON.parse + restore ${restore.toFixed(2)} ms, restore alone ${restoreOnly.toFixed(2)} ms = ${(restoreOnly / parse).toFixed(2)}× JSON.parse`,
);

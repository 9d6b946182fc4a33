/**
 * The two targets of the process API as ratios measured in one run, so that a loaded machine moves
 * both sides alike: `send` (steps 0–5, 24 events; copy, validation, rules, reducer and audit
 * entry) against the bare XState actor of the same machine given the same events, and
 * `restoreGebiedsproces` of a snapshot with more than 1,000 audit entries against `JSON.parse` of
 * the same text. It measures the built package, as users run it (`npm run build` first): the
 * source through tsx carries helpers of its own that the build does not have. Each round times
 * both sides back to back, in CPU time of this process (so other work on a shared machine counts
 * less); the two targets run one after the other, so that neither pays for the garbage of the
 * other, and the first `WARMUP` rounds (default 500) are not counted, so the figures are those of
 * optimised code. Beside restore it times the least a check of the audit chain can cost, the JSON
 * text and SHA-256 of each entry with nothing else, against `JSON.parse` in the same way. The
 * figures are medians over the rounds (of the times
 * and of the per-round ratios), with the load average of the machine.
 * Run: `npm run build` at the root, then `npx tsx bench/ratios.ts` in packages/process.
 */
import { hash } from 'node:crypto';
import { loadavg } from 'node:os';
import type { ProcessEvent } from '@gebiedsgericht/core';
import {
  createGebiedsproces,
  defaultStepTemplate,
  restoreGebiedsproces,
  restoreTrustedGebiedsproces,
} from '@gebiedsgericht/process';
import { createGebiedsprocesMachine } from '@gebiedsgericht/process/xstate';
import { createActor } from 'xstate';
import { day, ev, fullRun, lindewaardSettings, START, testOptions } from '../test/support/gebiedsprocesFixtures';

const rounds = Number(process.env.ROUNDS ?? 1000);
const warmup = Number(process.env.WARMUP ?? 500);
const create = () =>
  createGebiedsproces({
    template: defaultStepTemplate,
    settings: lindewaardSettings,
    startedAt: START,
    options: testOptions,
  });
const machine = createGebiedsprocesMachine(defaultStepTemplate, lindewaardSettings, testOptions);

const fullEvents = fullRun(defaultStepTemplate, lindewaardSettings);
const longEvents: ProcessEvent[] = [...fullEvents];
for (let i = 0; i < 1_100; i++) {
  const at = day(700 + i);
  if (i % 3 === 0) longEvents.push(ev.minor(`wijziging-${i}`, at));
  else if (i % 3 === 1) longEvents.push(ev.planDecision(`besluit-${i}`, 'gemeente-beekdal', '2031-06-01', at));
  else longEvents.push(ev.agreement(`afspraak-${i}`, 'gemeente-hoeverveen', '2031-06-01', at));
}
const long = create();
for (const event of longEvents) long.send(event);
const text = JSON.stringify(long.snapshot());

/** CPU time of `fn` in milliseconds (user + system): waiting for a core shared with other work is not counted. */
function time(fn: () => void): number {
  const t0 = process.cpuUsage();
  fn();
  const { user, system } = process.cpuUsage(t0);
  return (user + system) / 1000;
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/**
 * The medians of the two timed parts of each round (after the warm-up), and of the per-round ratio
 * of the part given as `over` to the other.
 */
function measure(parts: readonly [() => number, () => number], over: 0 | 1): { times: number[]; ratio: number } {
  const samples: number[][] = [];
  for (let round = 0; round < rounds + warmup; round++) {
    const row = parts.map((part) => part());
    if (round >= warmup) samples.push(row);
  }
  const times = parts.map((_, i) => median(samples.map((row) => row[i] as number)));
  return {
    times,
    ratio: median(samples.map((row) => (row[over] as number) / (row[1 - over] as number))),
  };
}

const load = loadavg()[0] as number;
// The two targets are measured one after the other, so the garbage of one is not collected in
// the time of the other.
const sends = measure(
  [
    () => {
      const wrapped = create();
      return time(() => {
        for (const event of fullEvents) wrapped.send(event);
      });
    },
    () => {
      const bare = createActor(machine, { input: { startedAt: START } }).start();
      const ms = time(() => {
        for (const event of fullEvents) bare.send(event);
      });
      if (bare.getSnapshot().context.auditLog.length !== fullEvents.length)
        throw new Error('the bare actor refused an event');
      return ms;
    },
  ],
  0,
);
let parsed: unknown;
const restores = measure(
  [
    () =>
      time(() => {
        parsed = JSON.parse(text);
      }),
    () => time(() => restoreGebiedsproces(parsed, testOptions)),
  ],
  1,
);
const trustedRestores = measure(
  [
    () =>
      time(() => {
        parsed = JSON.parse(text);
      }),
    () => time(() => restoreTrustedGebiedsproces(parsed, testOptions)),
  ],
  1,
);
// The least any check of the chain costs: the JSON text of each entry, and its SHA-256.
const floor = measure(
  [
    () =>
      time(() => {
        parsed = JSON.parse(text);
      }),
    () =>
      time(() => {
        for (const entry of (parsed as { context: { auditLog: unknown[] } }).context.auditLog)
          hash('sha256', JSON.stringify(entry), 'hex');
      }),
  ],
  1,
);
const [send, actor] = sends.times as [number, number];
const [parse, restore] = restores.times as [number, number];
const perSecond = (ms: number) => Math.round((fullEvents.length * 1000) / ms);

console.log(
  `${rounds} rounds after ${warmup} to warm up, load average ${load.toFixed(1)} at the start, ${loadavg()[0]?.toFixed(1)} at the end`,
);
console.log(
  `send: ${fullEvents.length} events in ${send.toFixed(2)} ms ≈ ${perSecond(send)} events/s; bare actor ${actor.toFixed(2)} ms ≈ ${perSecond(actor)} events/s; send ÷ bare actor ${sends.ratio.toFixed(2)}`,
);
console.log(
  `restore: ${long.revision()} audit entries, ${(text.length / 1024).toFixed(0)} KiB; JSON.parse ${parse.toFixed(2)} ms, restore alone ${restore.toFixed(2)} ms; restore ÷ JSON.parse ${restores.ratio.toFixed(2)}`,
);
console.log(
  `floor of the chain check (JSON.stringify and SHA-256 of each entry, nothing else): ${floor.times[1]?.toFixed(2)} ms; ÷ JSON.parse ${floor.ratio.toFixed(2)}`,
);
console.log(
  `restoreTrustedGebiedsproces (no schema validation, no chain check, no copy): ${trustedRestores.times[1]?.toFixed(2)} ms; ÷ JSON.parse ${trustedRestores.ratio.toFixed(2)}`,
);

/**
 * The two targets of the process API as ratios measured in one run, so that a loaded machine moves
 * both sides alike: `send` (steps 0–5, 24 events; copy, validation, rules, reducer and audit
 * entry) against the bare XState actor of the same machine given the same events, and
 * `restoreGebiedsproces` of a snapshot with more than 1,000 audit entries against `JSON.parse` of
 * the same text. Each round times both sides back to back, in CPU time of this process (so other
 * work on a shared machine counts less); the figures are medians over the rounds (of the times and
 * of the per-round ratios), with the load average of the machine.
 * Run: `npx tsx --conditions=@gebiedsgericht/source bench/ratios.ts` in packages/process.
 */
import { loadavg } from 'node:os';
import type { ProcessEvent } from '@gebiedsgericht/core';
import { createActor } from 'xstate';
import { createGebiedsproces, defaultStepTemplate, restoreGebiedsproces } from '../src/index';
import { createGebiedsprocesMachine } from '../src/xstate';
import { day, ev, fullRun, lindewaardSettings, START, testOptions } from '../test/support/gebiedsprocesFixtures';

const rounds = Number(process.env.ROUNDS ?? 60);
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

/** Per round: [wrapper send, bare actor, JSON.parse, restore alone]. */
const samples: number[][] = [];
const load = loadavg()[0] as number;
for (let round = 0; round < rounds + 5; round++) {
  const wrapped = create();
  const bare = createActor(machine, { input: { startedAt: START } }).start();
  const send = time(() => {
    for (const event of fullEvents) wrapped.send(event);
  });
  const actor = time(() => {
    for (const event of fullEvents) bare.send(event);
  });
  if (bare.getSnapshot().context.auditLog.length !== fullEvents.length)
    throw new Error('the bare actor refused an event');
  let parsed: unknown;
  const parse = time(() => {
    parsed = JSON.parse(text);
  });
  const restore = time(() => restoreGebiedsproces(parsed, testOptions));
  if (round >= 5) samples.push([send, actor, parse, restore]);
}
const column = (i: number) => samples.map((s) => s[i] as number);
const ratio = (a: number, b: number) => median(samples.map((s) => (s[a] as number) / (s[b] as number)));
const [send, actor, parse, restore] = [0, 1, 2, 3].map((i) => median(column(i))) as [number, number, number, number];
const perSecond = (ms: number) => Math.round((fullEvents.length * 1000) / ms);

console.log(`${rounds} rounds, load average ${load.toFixed(1)} at the start, ${loadavg()[0]?.toFixed(1)} at the end`);
console.log(
  `send: ${fullEvents.length} events in ${send.toFixed(2)} ms ≈ ${perSecond(send)} events/s; bare actor ${actor.toFixed(2)} ms ≈ ${perSecond(actor)} events/s; send ÷ bare actor ${ratio(0, 1).toFixed(2)}`,
);
console.log(
  `restore: ${long.revision()} audit entries, ${(text.length / 1024).toFixed(0)} KiB; JSON.parse ${parse.toFixed(2)} ms, restore alone ${restore.toFixed(2)} ms; restore ÷ JSON.parse ${ratio(3, 2).toFixed(2)}`,
);

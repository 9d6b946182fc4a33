/**
 * `send` over a long stream: the cost of one event as the process grows to 16,000 events (a
 * change, a planned decision or an agreement in turn, after steps 0–5), in CPU time per 2,000
 * events. What grows with the process (copying the lists the reducer appends to, checking that an
 * id is new) shows here and not in `bench/ratios.ts`, which sends 24 events to a new process.
 * Run: `npm run build` at the root, then `npx tsx bench/longStream.ts` in packages/process.
 */
import type { ProcessEvent } from '@gebiedsgericht/core';
import { createGebiedsproces, defaultStepTemplate } from '@gebiedsgericht/process';
import { day, ev, fullRun, lindewaardSettings, START, testOptions } from '../test/support/gebiedsprocesFixtures';

const total = Number(process.env.EVENTS ?? 16_000);
const every = 2_000;
const running = createGebiedsproces({
  template: defaultStepTemplate,
  settings: lindewaardSettings,
  startedAt: START,
  options: testOptions,
});
for (const event of fullRun(defaultStepTemplate, lindewaardSettings)) running.send(event);
const events: ProcessEvent[] = [];
for (let i = 0; i < total; i++) {
  const at = day(700 + Math.floor(i / 10));
  if (i % 3 === 0) events.push(ev.minor(`wijziging-${i}`, at));
  else if (i % 3 === 1) events.push(ev.planDecision(`besluit-${i}`, 'gemeente-beekdal', '2071-06-01', at));
  else events.push(ev.agreement(`afspraak-${i}`, 'gemeente-hoeverveen', '2071-06-01', at));
}
let start = process.cpuUsage();
const rows: string[] = [];
events.forEach((event, i) => {
  const result = running.send(event);
  if (!result.accepted) throw new Error(`event ${i} refused: ${result.reason.code}`);
  if ((i + 1) % every === 0) {
    const { user, system } = process.cpuUsage(start);
    rows.push(`${i + 1}: ${((user + system) / every).toFixed(1)} µs`);
    start = process.cpuUsage();
  }
});
console.log(`send, CPU time per event, by events sent: ${rows.join('; ')}`);

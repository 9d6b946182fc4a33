/**
 * Benchmarks of the area process machine: events per second through the wrapper (validation,
 * rules, reducer, audit entry) and through the bare XState actor, and restore time and JSON size
 * of the snapshot of a long-running process with more than 1,000 audit entries.
 * Run: `npx vitest bench --run` in packages/process. Figures go to docs/performance.md.
 */
import type { ProcessEvent } from '@gebiedsgericht/core';
import { bench, describe } from 'vitest';
import { createActor } from 'xstate';
import {
  createGebiedsproces,
  defaultStepTemplate,
  type RunningGebiedsproces,
  replaySnapshot,
  restoreGebiedsproces,
} from '../src/index';
import { machineOf } from '../src/machine/createGebiedsprocesMachine';
import { validateDefinition } from '../src/machine/definition';
import { day, ev, fullRun, lindewaardSettings, START, testOptions } from '../test/support/gebiedsprocesFixtures';

const create = () =>
  createGebiedsproces({
    template: defaultStepTemplate,
    settings: lindewaardSettings,
    startedAt: START,
    options: testOptions,
  });

/** The six steps, then `extra` record-keeping events in monitoring (minor changes, plans, agreements). */
function longRunningEvents(extra: number): ProcessEvent[] {
  const events = fullRun(defaultStepTemplate, lindewaardSettings);
  for (let i = 0; i < extra; i++) {
    const at = day(700 + i);
    if (i % 3 === 0) events.push(ev.minor(`wijziging-${i}`, at));
    else if (i % 3 === 1) events.push(ev.planDecision(`besluit-${i}`, 'gemeente-beekdal', '2031-06-01', at));
    else events.push(ev.agreement(`afspraak-${i}`, 'gemeente-hoeverveen', '2031-06-01', at));
  }
  return events;
}

function run(events: readonly ProcessEvent[]): RunningGebiedsproces {
  const process = create();
  for (const event of events) {
    const result = process.send(event);
    if (!result.accepted) throw new Error(`benchmark event rejected: ${result.reason.code}`);
  }
  return process;
}

const fullEvents = fullRun(defaultStepTemplate, lindewaardSettings);
const longEvents = longRunningEvents(1_100);
const longProcess = run(longEvents);
const longJson = JSON.stringify(longProcess.snapshot());
const entries = longProcess.context().auditLog.length;
console.log(
  `[machine] long-running snapshot: ${entries} audit entries, ${longJson.length} characters of JSON (${(Buffer.byteLength(longJson) / 1024).toFixed(0)} KiB)`,
);

const definition = validateDefinition(defaultStepTemplate, lindewaardSettings, testOptions);
const machine = machineOf(definition);

describe('events through the machine', () => {
  bench(`wrapper: steps 0–5 (${fullEvents.length} events incl. validation and audit)`, () => {
    run(fullEvents);
  });
  bench(`bare actor: steps 0–5 (${fullEvents.length} events)`, () => {
    const actor = createActor(machine, { input: { startedAt: START } }).start();
    for (const event of fullEvents) actor.send(event);
  });
  bench('wrapper: 200 minor changes in monitoring', () => {
    run(longRunningEvents(200));
  });
});

describe(`long-running process (${entries} audit entries)`, () => {
  bench('persist: snapshot() + JSON.stringify', () => {
    JSON.stringify(longProcess.snapshot());
  });
  bench('restore: JSON.parse + restoreGebiedsproces', () => {
    restoreGebiedsproces(JSON.parse(longJson), testOptions);
  });
  bench(
    'replay the whole audit log',
    () => {
      replaySnapshot(JSON.parse(longJson), testOptions);
    },
    { iterations: 5 },
  );
});

/**
 * Benchmark of the second half: restore time and JSON size of the snapshot of an area process with
 * 20 open knelpunten (each a child actor, each with its state in the context) and about 1,000
 * audit entries, against the same process without knelpunten.
 * Run: `npx vitest bench --run bench/knelpunten.bench.ts` in packages/process. Figures go to
 * docs/performance.md.
 */
import { bench, describe } from 'vitest';
import {
  createGebiedsproces,
  defaultStepTemplate,
  type RunningGebiedsproces,
  restoreGebiedsproces,
} from '../src/index';
import { xstateOf } from '../src/xstate';
import { lindewaardModel } from '../test/knelpuntSupport';
import { day, fullRun, lindewaardSettings, START, testOptions } from '../test/support/gebiedsprocesFixtures';

const create = () =>
  createGebiedsproces({
    template: defaultStepTemplate,
    settings: lindewaardSettings,
    startedAt: START,
    options: testOptions,
  });

function send(process: RunningGebiedsproces, event: unknown) {
  const result = process.send(event, { untyped: true });
  if (!result.accepted) throw new Error(`benchmark event rejected: ${result.reason.code}`);
}

/** Steps 0–5, then `knelpunten` open knelpunten at various levels and record keeping up to `total` audit entries. */
function build(knelpunten: number, total: number): RunningGebiedsproces {
  const process = create();
  send(process, {
    type: 'escalation.configure',
    model: lindewaardModel,
    timestamp: day(0),
    actor: 'provincie-zuidmark',
    role: 'regisseur',
  });
  for (const event of fullRun(defaultStepTemplate, lindewaardSettings)) send(process, event);
  let d = 700;
  for (let i = 0; i < knelpunten; i++) {
    const id = `knelpunt-${i}`;
    const meta = { timestamp: day(d++), actor: 'gemeente-beekdal', role: 'partij' };
    send(process, {
      type: 'knelpunt.raise',
      knelpunt: {
        id,
        title: { nl: `Knelpunt ${i}`, en: `Knelpunt ${i}` },
        parties: ['gemeente-beekdal', i % 2 === 0 ? 'waterschap-aa-en-lindt' : 'gemeente-hoeverveen'],
        raisedBy: 'gemeente-beekdal',
        opgaveIds: ['opgave-wonen'],
      },
      ...meta,
    });
    if (i % 3 === 1)
      send(process, { type: 'knelpunt.putOnAgenda', knelpuntId: id, ijkmomentId: 'novex-najaar-2028', ...meta });
    if (i % 3 === 2) {
      send(process, {
        type: 'knelpunt.startMediation',
        knelpuntId: id,
        mediator: 'bureau-de-brug',
        style: 'facilitative',
        ...meta,
      });
      send(process, { type: 'knelpunt.escalate', knelpuntId: id, ...meta });
    }
  }
  let n = 0;
  while (process.context().auditLog.length < total) {
    send(process, {
      type: 'pbl.publish',
      publication: { id: `pbl-${n}`, series: 'planmonitor', publishedOn: day(d).slice(0, 10) },
      timestamp: day(d++),
      actor: 'provincie-zuidmark',
      role: 'regisseur',
    });
    n++;
  }
  return process;
}

const withKnelpunten = build(20, 1_000);
const without = build(0, 1_000);
const json = JSON.stringify(withKnelpunten.snapshot());
const jsonWithout = JSON.stringify(without.snapshot());
const open = Object.values(withKnelpunten.context().knelpunten.items).filter((k) => k.level !== 'settled').length;
const children = Object.keys(xstateOf(withKnelpunten).actor.getSnapshot().children).length;
console.log(
  `[knelpunten] ${open} open knelpunten (${children} child actors), ${withKnelpunten.context().auditLog.length} audit entries: ` +
    `${(Buffer.byteLength(json) / 1024).toFixed(0)} KiB JSON; without knelpunten ${(Buffer.byteLength(jsonWithout) / 1024).toFixed(0)} KiB`,
);

describe('snapshot with 20 open knelpunten and 1,000 audit entries', () => {
  bench('restore: JSON.parse + restoreGebiedsproces (20 knelpunten)', () => {
    restoreGebiedsproces(JSON.parse(json), testOptions);
  });
  bench('restore: JSON.parse + restoreGebiedsproces (no knelpunten)', () => {
    restoreGebiedsproces(JSON.parse(jsonWithout), testOptions);
  });
  bench('persist: snapshot() + JSON.stringify (20 knelpunten)', () => {
    JSON.stringify(withKnelpunten.snapshot());
  });
});

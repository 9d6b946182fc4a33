/**
 * The reflection check on a running process (a persisted area process snapshot) and the
 * time-dependent rules on a gebiedsproces document: step 1 past its timebox, consent missing in a
 * closed step, a planned decision near an election. The process is driven through the public API.
 */
import type { GebiedsprocesSnapshot } from '@gebiedsgericht/core';
import { describe, expect, it } from 'vitest';
import { defaultStepTemplate, type RunningGebiedsproces, reflect } from '../src/index';
import { gebiedsproces } from './reflectionSupport';
import { day, ev, lindewaardSettings, newLindewaardProcess, STEP, stepEvents } from './support/gebiedsprocesFixtures';

function sendAll(process: RunningGebiedsproces, events: readonly unknown[]) {
  for (const event of events) {
    const result = process.send(event, { untyped: true });
    if (!result.accepted) throw new Error(`rejected: ${result.reason.code}`);
  }
}
const create = newLindewaardProcess;

/** Step 0 closed, step 1 open. */
function inStep1(): RunningGebiedsproces {
  const process = create();
  sendAll(process, stepEvents(defaultStepTemplate, lindewaardSettings, 0, 1));
  return process;
}
const after = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString();
const findingsOf = (snapshot: unknown, now: string, ruleId: string) =>
  reflect({ process: snapshot }, { now, ruleIds: [ruleId] }).findings;

describe('step1-timebox-exceeded on a running process (reuses dueItems)', () => {
  it('is silent within the timebox and fires the day after it', () => {
    const process = inStep1();
    const opened = process.context().steps[STEP.inzicht]!.openedAt!;
    expect(findingsOf(process.snapshot(), after(opened, 180), 'step1-timebox-exceeded')).toEqual([]);
    const [f] = findingsOf(process.snapshot(), after(opened, 181), 'step1-timebox-exceeded');
    expect(f).toMatchObject({
      severity: 'warning',
      section: 'bijlage 1, onderdeel 2, stap 1',
      path: ['process', 'template', 'steps', STEP.inzicht],
    });
  });
  it('is silent once step 1 is closed', () => {
    const process = inStep1();
    const opened = process.context().steps[STEP.inzicht]!.openedAt!;
    sendAll(process, stepEvents(defaultStepTemplate, lindewaardSettings, 1, 70));
    expect(findingsOf(process.snapshot(), after(opened, 400), 'step1-timebox-exceeded')).toEqual([]);
  });
});

describe('step1-timebox-exceeded on a gebiedsproces document', () => {
  it('is silent when step 1 was closed by a decision', () => {
    expect(
      reflect(gebiedsproces(), { now: '2026-12-01T09:00:00+01:00', ruleIds: ['step1-timebox-exceeded'] }).findings,
    ).toEqual([]);
  });
  it('fires when step 1 has no closing decision after the timebox of its inventory', () => {
    const input = gebiedsproces((g) => {
      g.decisions = g.decisions.filter((d) => !(d.subject === 'step_closure' && d.stepId === 'inzicht-verkrijgen'));
    });
    const check = (now: string) => reflect(input, { now, ruleIds: ['step1-timebox-exceeded'] }).findings;
    expect(check('2026-06-30T09:00:00+02:00')).toEqual([]);
    expect(check('2026-07-01T09:00:00+02:00')[0]?.message.nl).toContain('2026-06-30');
  });
});

describe('medeoverheid-consent-missing on a running process (reuses missingConsents)', () => {
  function pastVision(): RunningGebiedsproces {
    const process = create();
    sendAll(process, stepEvents(defaultStepTemplate, lindewaardSettings, 0, 1));
    sendAll(process, stepEvents(defaultStepTemplate, lindewaardSettings, 1, 100));
    sendAll(process, stepEvents(defaultStepTemplate, lindewaardSettings, 2, 200));
    return process;
  }
  it('is silent when every closed consent step has every consent', () => {
    expect(findingsOf(pastVision().snapshot(), day(400), 'medeoverheid-consent-missing')).toEqual([]);
  });
  it('fires for a stored snapshot whose closed vision step lacks a consent', () => {
    const snapshot = JSON.parse(JSON.stringify(pastVision().snapshot())) as GebiedsprocesSnapshot;
    const context = snapshot.context as { steps: Record<string, { consents: { partyId: string }[] }> };
    const visie = context.steps[STEP.visie]!;
    visie.consents = visie.consents.filter((c) => c.partyId !== 'gemeente-beekdal');
    const found = findingsOf(snapshot, day(400), 'medeoverheid-consent-missing');
    expect(found.map((f) => f.path)).toEqual([['process', 'template', 'steps', STEP.visie]]);
    expect(found[0]?.message.nl).toContain('gemeente-beekdal');
  });
});

describe('decision-near-election (§2.3, reuses dueItems)', () => {
  it('reports a planned council decision a few weeks after the municipal election, as info', () => {
    const process = inStep1();
    sendAll(process, [ev.planDecision('besluit-visie-raad', 'gemeente-lindewaard', '2026-04-15', day(63))]);
    const [f] = findingsOf(process.snapshot(), day(64), 'decision-near-election');
    expect(f).toMatchObject({
      severity: 'info',
      path: ['process', 'machine', 'context', 'plannedDecisions', 'besluit-visie-raad'],
    });
  });
  it('is silent for a decision far from any election', () => {
    const process = inStep1();
    sendAll(process, [ev.planDecision('besluit-visie-raad', 'gemeente-lindewaard', '2026-10-01', day(63))]);
    expect(findingsOf(process.snapshot(), day(64), 'decision-near-election')).toEqual([]);
  });
});

import { isGebiedsgerichtError } from '@gebiedsgericht/core';
import { describe, expect, it } from 'vitest';
import { defaultStepTemplate, gebiedsprocesDiagram, restoreGebiedsproces } from '../src/index';
import { createGebiedsprocesMachine, xstateOf } from '../src/xstate';
import {
  ev,
  lindewaardSettings,
  newLindewaardProcess,
  START,
  STEP,
  stepsRegionAt,
  testOptions,
} from './support/gebiedsprocesFixtures';

const newProcess = newLindewaardProcess;

describe('xstateOf: the XState machine and actor behind a running process', () => {
  it('gives the actor the process runs on: an event sent through the process shows in its snapshot', () => {
    const process = newProcess();
    const { actor } = xstateOf(process);
    const seen: unknown[] = [];
    const subscription = actor.subscribe((snapshot) => seen.push(snapshot.context.auditLog.length));
    const result = process.send(ev.submit(STEP.opstart, 'startnotitie', START));
    subscription.unsubscribe();
    expect(result.accepted).toBe(true);
    expect(actor.getSnapshot().context).toEqual(process.context());
    expect(seen).toContain(process.revision());
    expect(stepsRegionAt(actor.getSnapshot().value)).toBe(`running.${STEP.opstart}`);
  });

  it('gives the machine of a restored process, which draws the same diagram as a new machine', () => {
    const restored = restoreGebiedsproces(newProcess().snapshot(), testOptions);
    const fresh = createGebiedsprocesMachine(defaultStepTemplate, lindewaardSettings, testOptions);
    expect(gebiedsprocesDiagram(xstateOf(restored).machine)).toBe(gebiedsprocesDiagram(fresh));
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['an object without a machine', { actor: {} }],
    ['a look-alike whose actor has no snapshot', { machine: { root: {} }, actor: {} }],
  ])('throws invalid_argument (path running) for %s, never a TypeError', (_, value) => {
    let thrown: unknown;
    try {
      xstateOf(value as never);
    } catch (error) {
      thrown = error;
    }
    expect(isGebiedsgerichtError(thrown)).toBe(true);
    expect(thrown).toMatchObject({ code: 'invalid_argument', path: ['running'] });
  });
});

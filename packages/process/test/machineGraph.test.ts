/**
 * Model-based tests with @xstate/graph: the shortest paths from the initial state over a generated
 * set of events reach every state of the steps region, and every guard (with each of its
 * parameters) is seen both passing and failing.
 */
import type { GebiedsprocesContext, GebiedsprocesSettings, ProcessEvent } from '@gebiedsgericht/core';
import { getShortestPaths, getStateNodes } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { defaultStepTemplate } from '../src/index';
import { machineOf } from '../src/machine/createGebiedsprocesMachine';
import { validateDefinition } from '../src/machine/definition';
import { day, ev, START, testOptions } from './support/gebiedsprocesFixtures';

const settings: GebiedsprocesSettings = {
  processId: 'model',
  medeoverheden: [{ partyId: 'gemeente-beekdal', layer: 'gemeente' }],
  consentStepIds: ['visie-en-afwegingskader'],
  changeRules: {
    majorChangeApprovers: ['provincie-zuidmark'],
    reopenableStepIds: ['inzicht-verkrijgen', 'visie-en-afwegingskader'],
  },
};
const definition = validateDefinition(defaultStepTemplate, settings, testOptions);
const base = machineOf(definition);

type GuardCall = { guard: string; params: string; result: boolean };
const calls: GuardCall[] = [];
const originals = base.implementations.guards as Record<string, (args: unknown, params: unknown) => boolean>;
const instrumented = Object.fromEntries(
  Object.entries(originals).map(([name, fn]) => [
    name,
    (args: unknown, params: unknown) => {
      const result = fn(args, params);
      calls.push({ guard: name, params: JSON.stringify(params ?? null), result });
      return result;
    },
  ]),
);
const machine = base.provide({ guards: instrumented as never });

/** The events tried in every state, stamped one day after the last accepted event. */
function candidateEvents(context: GebiedsprocesContext): ProcessEvent[] {
  const at = day(context.auditLog.length + 1);
  const step = defaultStepTemplate.steps.find((s) => s.id === context.position);
  const events: ProcessEvent[] = [
    ev.suspend(at),
    ev.resume(at),
    ev.stop(at),
    ev.minor(`w-${context.auditLog.length}`, at),
    // Never accepted: an agreement nobody recorded, and a change dated before the start.
    ev.fulfil('onbekende-afspraak', '2026-02-01', at),
    ev.minor('te-vroeg', '2025-12-31T00:00:00Z'),
  ];
  for (const target of ['opstart', 'inzicht-verkrijgen', 'visie-en-afwegingskader']) {
    events.push(ev.major(`m-${target}`, target, at, ['provincie-zuidmark'], 'Nieuwe gegevens'));
    events.push(ev.major(`m-${target}`, target, at, ['gemeente-beekdal'], 'Zonder goedkeuring van de provincie'));
  }
  if (step) {
    events.push(
      ev.submit(step.id, step.deliverable.documentType, at, {
        chosenVariantId: 'variant-c',
        ranking: [{ variantId: 'variant-c', rank: 1 }],
      }),
    );
    events.push(ev.close(step.id, at));
    events.push(ev.consent(step.id, 'gemeente-beekdal', at));
  }
  return events;
}

function abstraction(context: GebiedsprocesContext): string {
  const record = context.steps[context.position];
  return JSON.stringify([
    context.status,
    context.position,
    Boolean(record?.deliverable),
    Boolean(record?.assessment),
    record?.consents.length ?? 0,
    Object.values(context.steps).filter((s) => s.needsReview).length > 0,
  ]);
}

describe('model-based: @xstate/graph over the default template', () => {
  calls.length = 0;
  const paths = getShortestPaths(machine, {
    input: { startedAt: START },
    events: (snapshot) => candidateEvents(snapshot.context),
    serializeState: (snapshot) => `${JSON.stringify(snapshot.value)}|${abstraction(snapshot.context)}`,
  });

  it('reaches every state of the steps region (each step, monitoring, suspended, stopped)', () => {
    // States down to the children of `running`; sub-states of monitoring belong to the second half's tests.
    const nodes = getStateNodes(machine.root).filter(
      (node) =>
        node.path[0] === 'steps' &&
        node.type !== 'history' &&
        node.key !== 'running' &&
        (node.path.length === 2 || (node.path.length === 3 && node.path[1] === 'running')),
    );
    expect(nodes.map((n) => n.key).sort()).toEqual(
      [...defaultStepTemplate.steps.map((s) => s.id), 'monitoring', 'suspended', 'stopped'].sort(),
    );
    for (const node of nodes) {
      const value = node.path.reduceRight<unknown>(
        (inner, key) => (inner === undefined ? key : { [key]: inner }),
        undefined,
      );
      const found = paths.some((p) => p.state.matches(value as never));
      expect(found, `state ${node.path.join('.')} reachable`).toBe(true);
    }
  });

  it('exercises every guard, with each of its parameters, both ways', () => {
    const outcomes = new Map<string, Set<boolean>>();
    for (const call of calls) {
      const key = `${call.guard}${call.params}`;
      outcomes.set(key, (outcomes.get(key) ?? new Set()).add(call.result));
    }
    const expected = [
      'accepted',
      ...defaultStepTemplate.steps.map((s) => `gateMet${JSON.stringify({ stepId: s.id })}`),
      ...['inzicht-verkrijgen', 'visie-en-afwegingskader'].map(
        (id) => `reopenAllowed${JSON.stringify({ stepId: id })}`,
      ),
    ];
    for (const key of expected) {
      const name = key === 'accepted' ? 'accepted' : key;
      const seen = [...outcomes.entries()].filter(
        ([k]) => k === name || (name === 'accepted' && k.startsWith('accepted')),
      );
      const results = new Set(seen.flatMap(([, v]) => [...v]));
      expect([...results].sort(), `guard ${key}`).toEqual([false, true]);
    }
    // The rules never let a reopen of step 0 pass: it is not reopenable in these settings.
    const opstart = outcomes.get(`reopenAllowed${JSON.stringify({ stepId: 'opstart' })}`);
    expect(opstart ? [...opstart] : []).toEqual([false]);
  });

  it('every path, replayed on a fresh actor, appends one audit entry per accepted event', () => {
    for (const path of paths) {
      const actor = createActor(base, { input: { startedAt: START } }).start();
      let accepted = 0;
      for (const step of path.steps) {
        if (!step.event.type.includes('.')) continue; // xstate.init
        const before = actor.getSnapshot();
        actor.send(step.event);
        if (actor.getSnapshot() !== before) accepted += 1;
      }
      expect(actor.getSnapshot().context.auditLog).toHaveLength(accepted);
      expect(actor.getSnapshot().value).toEqual(path.state.value);
    }
  });
});

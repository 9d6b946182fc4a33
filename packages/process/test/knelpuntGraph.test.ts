import type { DelegationRegimeInput, KnelpuntInput } from '@gebiedsgericht/core';
/**
 * Model-based tests with @xstate/graph for the knelpunt and delegation-regime machines: from the
 * initial state, shortest paths over a generated set of events reach every state, and every guard
 * (with each parameter) is seen both passing and failing.
 */
import { getShortestPaths, getStateNodes } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { type AnyStateMachine, createActor } from 'xstate';
import { knelpuntMachine } from '../src/knelpunten';
import { delegationRegimeMachine } from '../src/regimes';
import { lindewaardModel, nwegDijk } from './knelpuntSupport';

type GuardCall = { key: string; result: boolean };

function instrument<M extends AnyStateMachine>(machine: M, calls: GuardCall[]): M {
  const guards = machine.implementations.guards as Record<string, (args: unknown, params: unknown) => boolean>;
  const wrapped = Object.fromEntries(
    Object.entries(guards).map(([name, fn]) => [
      name,
      (args: unknown, params: unknown) => {
        const result = fn(args, params);
        calls.push({ key: `${name}${JSON.stringify(params ?? null)}`, result });
        return result;
      },
    ]),
  );
  return machine.provide({ guards: wrapped as never }) as M;
}

const at = (n: number) => new Date(Date.UTC(2027, 0, 1) + n * 86_400_000).toISOString();

function reachesAll(machine: AnyStateMachine, paths: { state: { matches: (v: never) => boolean } }[]) {
  for (const node of getStateNodes(machine.root)) {
    expect(
      paths.some((p) => p.state.matches(node.key as never)),
      `state ${node.key} reachable`,
    ).toBe(true);
  }
}

function bothWays(calls: GuardCall[], keys: string[]) {
  for (const key of keys) {
    const results = new Set(calls.filter((c) => c.key === key).map((c) => c.result));
    expect([...results].sort(), `guard ${key}`).toEqual([false, true]);
  }
}

describe('model-based: knelpunt machine', () => {
  const calls: GuardCall[] = [];
  const machine = instrument(knelpuntMachine, calls);
  // The province is a party to this knelpunt, so escalation is redirected to the rijk; a second
  // knelpunt without the province reaches the province's level.
  const inputs: KnelpuntInput[] = [
    { knelpunt: nwegDijk, model: lindewaardModel, timestamp: at(0), actor: 'waterschap-aa-en-lindt', role: 'partij' },
    {
      knelpunt: { ...nwegDijk, id: 'knelpunt-b', parties: ['gemeente-beekdal', 'waterschap-aa-en-lindt'] },
      model: lindewaardModel,
      timestamp: at(0),
      actor: 'gemeente-beekdal',
      role: 'partij',
    },
  ];
  const events = (n: number) => [
    {
      type: 'knelpunt.putOnAgenda',
      ijkmomentId: 'novex-najaar-2027',
      timestamp: at(n),
      actor: 'provincie-zuidmark',
      role: 'regisseur',
    },
    {
      type: 'knelpunt.startMediation',
      mediator: 'bureau-de-brug',
      style: 'facilitative',
      timestamp: at(n),
      actor: 'ministerie-vro',
      role: 'regisseur',
    },
    {
      type: 'knelpunt.startMediation',
      mediator: 'waterschap-aa-en-lindt',
      style: 'facilitative',
      timestamp: at(n),
      actor: 'x',
      role: 'regisseur',
    },
    { type: 'knelpunt.escalate', timestamp: at(n), actor: 'waterschap-aa-en-lindt', role: 'partij' },
    // Never accepted: dated before the knelpunt was raised.
    { type: 'knelpunt.escalate', timestamp: at(-5), actor: 'waterschap-aa-en-lindt', role: 'partij' },
    {
      type: 'knelpunt.recordOutcome',
      result: 'agreement',
      summary: { nl: 'a', en: 'a' },
      timestamp: at(n),
      actor: 'provincie-zuidmark',
      role: 'bevoegd_gezag',
    },
    {
      type: 'knelpunt.recordOutcome',
      result: 'decision',
      summary: { nl: 'd', en: 'd' },
      timestamp: at(n),
      actor: 'provincie-zuidmark',
      role: 'bevoegd_gezag',
    },
    {
      type: 'knelpunt.recordOutcome',
      result: 'decision',
      summary: { nl: 'd', en: 'd' },
      timestamp: at(n),
      actor: 'ministerie-vro',
      role: 'bevoegd_gezag',
    },
    {
      type: 'knelpunt.recordOutcome',
      result: 'no_agreement',
      summary: { nl: 'n', en: 'n' },
      timestamp: at(n),
      actor: 'provincie-zuidmark',
      role: 'bevoegd_gezag',
    },
    { type: 'knelpunt.withdraw', timestamp: at(n), actor: 'bureau-de-brug', role: 'mediator' },
    { type: 'knelpunt.withdraw', timestamp: at(n), actor: 'waterschap-aa-en-lindt', role: 'partij' },
  ];
  const paths = inputs.flatMap((input) =>
    getShortestPaths(machine, {
      input,
      events: (snapshot) => events(snapshot.context.outcomes.length + snapshot.context.stays.length) as never,
      serializeState: (snapshot) => JSON.stringify(snapshot.value),
    }),
  );

  it('reaches every level', () => reachesAll(machine, paths));

  it('exercises every guard parameter both ways', () => {
    bothWays(
      calls,
      [
        'ijkmoment_agenda',
        'mediation',
        'province_intervention',
        'rijk_decision',
        'settled',
        'decided',
        'withdrawn',
      ].map((level) => `leadsTo${JSON.stringify({ level })}`),
    );
  });

  it('every path replays on a fresh actor to the same state', () => {
    for (const path of paths.slice(0, 40)) {
      const input = inputs.find((i) => i.knelpunt.id === path.state.context.knelpunt.id) as KnelpuntInput;
      const actor = createActor(knelpuntMachine, { input }).start();
      for (const step of path.steps.slice(1)) actor.send(step.event as never);
      expect(actor.getSnapshot().value).toEqual(path.state.value);
    }
  });
});

describe('model-based: delegation-and-oversight regime', () => {
  const calls: GuardCall[] = [];
  const machine = instrument(delegationRegimeMachine, calls);
  const input: DelegationRegimeInput = {
    id: 'woonregio-lindt',
    region: 'regio-lindt',
    province: 'provincie-zuidmark',
    municipalities: ['gemeente-lindewaard', 'gemeente-beekdal'],
    subject: { nl: 'Woonvisie', en: 'Housing vision' },
    timestamp: at(0),
    actor: 'provincie-zuidmark',
    role: 'regisseur',
  };
  const province = { actor: 'provincie-zuidmark', role: 'bevoegd_gezag' };
  const events = (n: number, firstPlan: string) => [
    {
      type: 'regime.submitVision',
      visionId: `v-${n}`,
      consentingMunicipalities: input.municipalities,
      timestamp: at(n),
      actor: 'regio-lindt',
      role: 'trekker',
    },
    {
      type: 'regime.submitVision',
      visionId: `w-${n}`,
      consentingMunicipalities: ['gemeente-beekdal'],
      timestamp: at(n),
      actor: 'regio-lindt',
      role: 'trekker',
    },
    { type: 'regime.declareNoAgreement', timestamp: at(n), actor: 'regio-lindt', role: 'trekker' },
    // Never accepted: dated before the regime started.
    { type: 'regime.declareNoAgreement', timestamp: at(-5), actor: 'regio-lindt', role: 'trekker' },
    { type: 'regime.substitute', visionId: `p-${n}`, timestamp: at(n), ...province },
    { type: 'regime.approve', supraRegionalInterest: { nl: 'ok', en: 'ok' }, timestamp: at(n), ...province },
    { type: 'regime.reject', supraRegionalInterest: { nl: 'nee', en: 'no' }, timestamp: at(n), ...province },
    {
      type: 'regime.reject',
      supraRegionalInterest: { nl: 'nee', en: 'no' },
      timestamp: at(n),
      actor: 'regio-lindt',
      role: 'trekker',
    },
    { type: 'regime.redraft', timestamp: at(n), actor: 'regio-lindt', role: 'trekker' },
    {
      type: 'regime.municipalPlan',
      planId: `plan-${n}`,
      municipality: 'gemeente-beekdal',
      timestamp: at(n),
      actor: 'gemeente-beekdal',
      role: 'bevoegd_gezag',
    },
    {
      type: 'regime.intervene',
      planId: firstPlan,
      deviation: { nl: 'afwijking', en: 'deviation' },
      timestamp: at(n),
      ...province,
    },
  ];
  const paths = getShortestPaths(machine, {
    input,
    events: (snapshot) =>
      events(
        snapshot.context.visions.length + snapshot.context.plans.length + snapshot.context.round,
        snapshot.context.plans[0]?.planId ?? 'geen-plan',
      ) as never,
    serializeState: (snapshot) =>
      `${JSON.stringify(snapshot.value)}|${snapshot.context.round > 1}|${snapshot.context.plans.length > 0}|${snapshot.context.plans.some((p) => p.intervention)}`,
  });

  it('reaches every state', () => reachesAll(machine, paths));

  it('exercises every guard parameter both ways', () => {
    bothWays(
      calls,
      ['regional_drafting', 'province_drafting', 'under_review', 'approved', 'substituted', 'rejected'].map(
        (status) => `leadsTo${JSON.stringify({ status })}`,
      ),
    );
  });
});

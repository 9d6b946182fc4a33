import {
  INTERVENTION_LEVELS,
  type KnelpuntInput,
  type KnelpuntState,
  OPEN_KNELPUNT_LEVELS,
} from '@gebiedsgericht/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { initialKnelpuntState, knelpuntMachine, planKnelpuntEvent } from '../src/knelpunten';
import { beekdalWater, lindewaardModel, nwegDijk } from './knelpuntSupport';

const ACTORS = [
  'waterschap-aa-en-lindt',
  'gemeente-beekdal',
  'provincie-zuidmark',
  'ministerie-vro',
  'bureau-de-brug',
] as const;

/** A random knelpunt event, with a timestamp that usually moves forward (sometimes back). */
const eventArb = fc.record({
  type: fc.constantFrom(
    'knelpunt.putOnAgenda',
    'knelpunt.startMediation',
    'knelpunt.escalate',
    'knelpunt.recordOutcome',
    'knelpunt.withdraw',
  ),
  step: fc.integer({ min: -2, max: 40 }),
  actor: fc.constantFrom(...ACTORS),
  mediator: fc.constantFrom(...ACTORS),
  style: fc.constantFrom('facilitative', 'evaluative', 'transformative'),
  result: fc.constantFrom('agreement', 'decision', 'no_agreement'),
});

type EventDraft = typeof eventArb extends fc.Arbitrary<infer T> ? T : never;

function materialise(raw: EventDraft, day: number) {
  const timestamp = new Date(Date.UTC(2027, 0, 1) + day * 86_400_000).toISOString();
  const base = { type: raw.type, timestamp, actor: raw.actor, role: 'partij' };
  switch (raw.type) {
    case 'knelpunt.putOnAgenda':
      return { ...base, ijkmomentId: 'novex-najaar-2027' };
    case 'knelpunt.startMediation':
      return { ...base, mediator: raw.mediator, style: raw.style };
    case 'knelpunt.recordOutcome':
      return { ...base, result: raw.result, summary: { nl: 'Uitkomst', en: 'Outcome' } };
    default:
      return base;
  }
}

function sequence(raws: readonly EventDraft[]) {
  let day = 0;
  return raws.map((r) => {
    day = Math.max(0, day + r.step);
    return materialise(r, day);
  });
}

function invariants(state: KnelpuntState, value: unknown) {
  expect(value).toBe(state.level);
  expect(state.stays[0]?.level).toBe('between_parties');
  expect(state.stays.at(-1)?.level).toBe(state.level);
  for (let i = 1; i < state.stays.length; i++) {
    const before = state.stays[i - 1];
    const after = state.stays[i];
    if (!before || !after) continue;
    expect(Date.parse(after.enteredAt)).toBeGreaterThanOrEqual(Date.parse(before.enteredAt));
    expect(OPEN_KNELPUNT_LEVELS).toContain(before.level);
    // Leaving a level records its outcome at that moment.
    expect(state.outcomes.some((o) => o.level === before.level && o.at === after.enteredAt)).toBe(true);
  }
  for (const stay of state.stays) {
    if ((INTERVENTION_LEVELS as readonly string[]).includes(stay.level)) {
      expect(stay.intervener).toBeDefined();
      expect(state.knelpunt.parties).not.toContain(stay.intervener);
    }
    if (stay.level === 'mediation') expect(state.knelpunt.parties).not.toContain(stay.mediator);
  }
  for (const o of state.outcomes) {
    if (o.result === 'decision') expect(['province_intervention', 'rijk_decision']).toContain(o.level);
  }
}

const inputs: KnelpuntInput[] = [
  {
    knelpunt: beekdalWater,
    model: lindewaardModel,
    timestamp: '2027-01-01T00:00:00Z',
    actor: 'gemeente-beekdal',
    role: 'partij',
  },
  {
    knelpunt: nwegDijk,
    model: lindewaardModel,
    timestamp: '2027-01-01T00:00:00Z',
    actor: 'waterschap-aa-en-lindt',
    role: 'partij',
  },
];

describe('knelpunt machine: random event sequences', () => {
  it('keep every invariant, accept exactly what the pure rules accept, and persist/restore identically', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...inputs),
        fc.array(eventArb, { maxLength: 30 }),
        fc.nat(),
        (input, raws, cutSeed) => {
          const events = sequence(raws);
          const actor = createActor(knelpuntMachine, { input }).start();
          let expected = initialKnelpuntState(input);
          const cut = events.length === 0 ? 0 : cutSeed % (events.length + 1);
          let restored: ReturnType<typeof createActor<typeof knelpuntMachine>> | undefined;
          events.forEach((event, i) => {
            if (i === cut) {
              const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
              restored = createActor(knelpuntMachine, { input, snapshot: saved }).start();
            }
            const plan = planKnelpuntEvent(expected, event);
            const before = actor.getSnapshot().context;
            actor.send(event as never);
            restored?.send(event as never);
            if (plan.ok) expected = plan.next;
            else expect(actor.getSnapshot().context).toBe(before);
            expect(actor.getSnapshot().context).toEqual(expected);
            invariants(actor.getSnapshot().context, actor.getSnapshot().value);
          });
          if (restored) {
            expect(restored.getSnapshot().value).toEqual(actor.getSnapshot().value);
            expect(restored.getSnapshot().context).toEqual(actor.getSnapshot().context);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('an intervention per province (area across provinces)', () => {
  const PARTIES = [
    'provincie-zuidmark',
    'provincie-noordveld',
    'gemeente-grensbeek',
    'gemeente-veldrode',
    'waterschap-grensstromen',
    'ministerie-vro',
  ] as const;
  const model = {
    between_parties: { timeLimit: 'P4W' },
    interventions: [
      {
        level: 'province_intervention' as const,
        intervener: 'provincie-zuidmark',
        substituteIfParty: 'provincie-noordveld',
        timeLimit: 'P6W',
        perProvince: [
          // A part may list its own province: a knelpunt it is a party to is still not its to decide.
          {
            provinceId: 'provincie-noordveld',
            partyIds: ['provincie-noordveld', 'gemeente-veldrode', 'waterschap-grensstromen'],
          },
          { provinceId: 'provincie-zuidmark', partyIds: ['provincie-zuidmark', 'gemeente-grensbeek'] },
        ],
      },
      { level: 'rijk_decision' as const, intervener: 'ministerie-vro', timeLimit: 'P3M' },
    ],
  };

  it('never hands a knelpunt to a party, and gives it to a part’s province exactly when all its parties are in that part', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...PARTIES), { minLength: 2, maxLength: 4 }), (parties) => {
        const state = initialKnelpuntState({
          knelpunt: {
            id: 'k',
            title: { nl: 'k', en: 'k' },
            parties,
            raisedBy: parties[0] as string,
            stepId: 'stap-3',
          },
          model,
          timestamp: '2027-01-01T09:00:00Z',
          actor: parties[0] as string,
          role: 'partij',
        });
        const plan = planKnelpuntEvent(state, {
          type: 'knelpunt.escalate',
          timestamp: '2027-03-01T09:00:00Z',
          actor: parties[0] as string,
          role: 'partij',
        });
        if (!plan.ok) return;
        const intervener = plan.next.stays.at(-1)?.intervener as string;
        expect(parties).not.toContain(intervener);
        const part = model.interventions[0]?.perProvince?.find(
          (p) => !parties.includes(p.provinceId as never) && parties.every((x) => p.partyIds.includes(x)),
        );
        if (part !== undefined) expect(intervener).toBe(part.provinceId);
        else expect(['provincie-zuidmark', 'provincie-noordveld', 'ministerie-vro']).toContain(intervener);
      }),
    );
  });
});

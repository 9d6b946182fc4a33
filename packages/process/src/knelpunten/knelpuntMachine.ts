import type { KnelpuntEvent, KnelpuntInput, KnelpuntLevel, KnelpuntState } from '@gebiedsgericht/core';
import { assign, setup } from 'xstate';
import { initialKnelpuntState, planKnelpuntEvent } from './applyKnelpuntEvent';

const to = (level: KnelpuntLevel) => ({
  guard: { type: 'leadsTo' as const, params: { level } },
  target: level,
  actions: 'apply' as const,
});
const stay = (level: KnelpuntLevel) => ({
  guard: { type: 'leadsTo' as const, params: { level } },
  actions: 'apply' as const,
});

/**
 * The knelpunt child machine (XState v5): one actor per knelpunt, following the escalation model of
 * the startnotitie. Its states are the levels of {@link KnelpuntLevel}; its context is the plain
 * {@link KnelpuntState}. Every transition is guarded by {@link planKnelpuntEvent}, so an event the
 * model does not allow changes nothing, and the same function tells a caller why. It never reads
 * the clock: time limits are data and "overdue" is the query {@link overdueKnelpunten}.
 *
 * The area process machine spawns one per knelpunt (`spawnChild(knelpuntMachine, { id, input })`);
 * it also runs on its own with `createActor(knelpuntMachine, { input })`.
 *
 * @example
 * const actor = createActor(knelpuntMachine, { input: { knelpunt, model, timestamp: '2027-03-01T10:00:00+01:00', actor: 'waterschap-aa-en-lindt', role: 'partij' } }).start();
 * actor.send({ type: 'knelpunt.startMediation', mediator: 'bureau-tussenweg', style: 'facilitative', timestamp: '2027-03-20T10:00:00+01:00', actor: 'provincie-zuidmark', role: 'regisseur' });
 * actor.getSnapshot().value; // 'mediation'
 * @see handreiking §2.3 ("In gesprek over escalatie"); bijlage 1, onderdeel 4
 */
export const knelpuntMachine = setup({
  types: {
    context: {} as KnelpuntState,
    events: {} as KnelpuntEvent,
    input: {} as KnelpuntInput,
  },
  guards: {
    leadsTo: ({ context, event }, params: { level: KnelpuntLevel }) => {
      const plan = planKnelpuntEvent(context, event);
      return plan.ok && plan.next.level === params.level;
    },
  },
  actions: {
    apply: assign(({ context, event }) => {
      const plan = planKnelpuntEvent(context, event);
      return plan.ok ? plan.next : context;
    }),
  },
}).createMachine({
  id: 'knelpunt',
  context: ({ input }) => initialKnelpuntState(input),
  initial: 'between_parties',
  states: {
    between_parties: {
      on: {
        'knelpunt.putOnAgenda': to('ijkmoment_agenda'),
        'knelpunt.startMediation': to('mediation'),
        'knelpunt.escalate': [to('province_intervention'), to('rijk_decision')],
        'knelpunt.recordOutcome': [to('settled'), stay('between_parties')],
        'knelpunt.withdraw': to('withdrawn'),
      },
    },
    ijkmoment_agenda: {
      on: {
        'knelpunt.startMediation': to('mediation'),
        'knelpunt.escalate': [to('province_intervention'), to('rijk_decision')],
        'knelpunt.recordOutcome': [to('settled'), stay('ijkmoment_agenda')],
        'knelpunt.withdraw': to('withdrawn'),
      },
    },
    mediation: {
      on: {
        'knelpunt.putOnAgenda': to('ijkmoment_agenda'),
        'knelpunt.escalate': [to('province_intervention'), to('rijk_decision')],
        'knelpunt.recordOutcome': [to('settled'), stay('mediation')],
        'knelpunt.withdraw': to('withdrawn'),
      },
    },
    province_intervention: {
      on: {
        'knelpunt.escalate': to('rijk_decision'),
        'knelpunt.recordOutcome': [to('settled'), to('decided'), stay('province_intervention')],
        'knelpunt.withdraw': to('withdrawn'),
      },
    },
    rijk_decision: {
      on: {
        'knelpunt.recordOutcome': [to('settled'), to('decided')],
        'knelpunt.withdraw': to('withdrawn'),
      },
    },
    settled: {},
    decided: {},
    withdrawn: {},
  },
});

import type {
  DelegationRegimeEvent,
  DelegationRegimeInput,
  DelegationRegimeState,
  DelegationRegimeStatus,
} from '@gebiedsgericht/core';
import { assign, setup } from 'xstate';
import { initialRegimeState, planRegimeEvent } from './applyRegimeEvent';

const to = (status: DelegationRegimeStatus) => ({
  guard: { type: 'leadsTo' as const, params: { status } },
  target: status,
  actions: 'apply' as const,
});
const record = (status: DelegationRegimeStatus) => ({
  guard: { type: 'leadsTo' as const, params: { status } },
  actions: 'apply' as const,
});

/**
 * The Zuid-Holland delegation-and-oversight regime as its own XState v5 machine — not a knelpunt
 * ladder. The region drafts a regional vision; without agreement the province writes it
 * (substitution); the province approves it against the supra-regional interest or rejects it;
 * after rejection it takes part in every municipal plan, after approval it intervenes only on
 * deviation. Guards and actions use {@link planRegimeEvent}, so rejected events change nothing.
 *
 * @example
 * const regime = createActor(delegationRegimeMachine, { input }).start();
 * regime.send({ type: 'regime.declareNoAgreement', timestamp: '2027-06-01T10:00:00+02:00', actor: 'regio-lindt', role: 'trekker' });
 * regime.getSnapshot().value; // 'province_drafting'
 * @see handreiking bijlage 2, voorbeeld 5 (Woonbeleid in Zuid-Holland)
 */
export const delegationRegimeMachine = setup({
  types: {
    context: {} as DelegationRegimeState,
    events: {} as DelegationRegimeEvent,
    input: {} as DelegationRegimeInput,
  },
  guards: {
    leadsTo: ({ context, event }, params: { status: DelegationRegimeStatus }) => {
      const plan = planRegimeEvent(context, event);
      return plan.ok && plan.next.status === params.status;
    },
  },
  actions: {
    apply: assign(({ context, event }) => {
      const plan = planRegimeEvent(context, event);
      return plan.ok ? plan.next : context;
    }),
  },
}).createMachine({
  id: 'delegationRegime',
  context: ({ input }) => initialRegimeState(input),
  initial: 'regional_drafting',
  states: {
    regional_drafting: {
      on: {
        'regime.submitVision': to('under_review'),
        'regime.declareNoAgreement': to('province_drafting'),
        'regime.municipalPlan': record('regional_drafting'),
      },
    },
    province_drafting: { on: { 'regime.substitute': to('substituted') } },
    under_review: { on: { 'regime.approve': to('approved'), 'regime.reject': to('rejected') } },
    approved: {
      on: { 'regime.municipalPlan': record('approved'), 'regime.intervene': record('approved') },
    },
    substituted: {
      on: { 'regime.municipalPlan': record('substituted'), 'regime.intervene': record('substituted') },
    },
    rejected: {
      on: { 'regime.municipalPlan': record('rejected'), 'regime.redraft': to('regional_drafting') },
    },
  },
});

import type { DelegationRegimeInput, DelegationRegimeState } from '@gebiedsgericht/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { applyRegimeEvent, delegationRegimeMachine, initialRegimeState, planRegimeEvent } from '../src/regimes';

// Handreiking bijlage 2, voorbeeld 5 (Woonbeleid in Zuid-Holland), played in the fictional
// Provincie Zuidmark: a woonregio of the three Lindewaard gemeenten.
const input: DelegationRegimeInput = {
  id: 'woonregio-lindt',
  region: 'regio-lindt',
  province: 'provincie-zuidmark',
  municipalities: ['gemeente-lindewaard', 'gemeente-beekdal', 'gemeente-hoeverveen'],
  subject: { nl: 'Regionale woonvisie', en: 'Regional housing vision' },
  timestamp: '2027-01-10T10:00:00+01:00',
  actor: 'provincie-zuidmark',
  role: 'regisseur',
};
const all = input.municipalities;
const t = (day: string) => `2027-${day}T10:00:00+02:00`;

function run(state: DelegationRegimeState, ...events: unknown[]) {
  return events.reduce<DelegationRegimeState>((s, e) => applyRegimeEvent(s, e), state);
}

const submit = (consenting: readonly string[], at = t('04-01')) => ({
  type: 'regime.submitVision',
  visionId: 'woonvisie-lindt-2027',
  consentingMunicipalities: consenting,
  timestamp: at,
  actor: 'regio-lindt',
  role: 'trekker',
});
const province = { actor: 'provincie-zuidmark', role: 'bevoegd_gezag' } as const;

describe('Zuid-Holland delegation-and-oversight regime: approval', () => {
  const approved = run(initialRegimeState(input), submit(all), {
    type: 'regime.approve',
    supraRegionalInterest: { nl: 'Voldoende sociale huur in de regio', en: 'Enough social rent in the region' },
    timestamp: t('05-01'),
    ...province,
  });

  it('needs the consent of every municipality for a regional vision', () => {
    const plan = planRegimeEvent(initialRegimeState(input), submit(['gemeente-lindewaard', 'gemeente-beekdal']));
    expect(plan.ok || plan.error.code).toBe('regime_agreement_incomplete');
  });

  it('records the approval against the supra-regional interest', () => {
    expect(approved.status).toBe('approved');
    expect(approved.visions).toEqual([
      expect.objectContaining({ author: 'region', verdict: 'approved', supraRegionalInterest: expect.any(Object) }),
    ]);
  });

  it('gives the municipalities room, and the province intervenes only on deviation', () => {
    const withPlan = applyRegimeEvent(approved, {
      type: 'regime.municipalPlan',
      planId: 'op-beekdal-noord',
      municipality: 'gemeente-beekdal',
      timestamp: t('06-01'),
      actor: 'gemeente-beekdal',
      role: 'bevoegd_gezag',
    });
    expect(withPlan.plans[0]?.provinceInvolvement).toBe('free');
    const byGemeente = planRegimeEvent(withPlan, {
      type: 'regime.intervene',
      planId: 'op-beekdal-noord',
      deviation: { nl: 'x', en: 'x' },
      timestamp: t('06-02'),
      actor: 'gemeente-lindewaard',
      role: 'partij',
    });
    expect(byGemeente.ok || byGemeente.error.code).toBe('regime_actor_not_province');
    const intervened = applyRegimeEvent(withPlan, {
      type: 'regime.intervene',
      planId: 'op-beekdal-noord',
      deviation: { nl: 'Bouwt in het beekdal, in strijd met de visie', en: 'Builds in the valley, against the vision' },
      timestamp: t('06-15'),
      ...province,
    });
    expect(intervened.plans[0]?.intervention?.deviation.nl).toContain('beekdal');
    expect(intervened.status).toBe('approved');
  });

  it('only the province approves', () => {
    const under = applyRegimeEvent(initialRegimeState(input), submit(all));
    const plan = planRegimeEvent(under, {
      type: 'regime.approve',
      supraRegionalInterest: { nl: 'x', en: 'x' },
      timestamp: t('05-01'),
      actor: 'regio-lindt',
      role: 'trekker',
    });
    expect(plan.ok || plan.error.code).toBe('regime_actor_not_province');
  });
});

describe('Zuid-Holland delegation-and-oversight regime: rejection', () => {
  const rejected = run(initialRegimeState(input), submit(all), {
    type: 'regime.reject',
    supraRegionalInterest: { nl: 'Te weinig betaalbare woningen', en: 'Too few affordable homes' },
    timestamp: t('05-01'),
    ...province,
  });

  it('makes the province take part in every municipal plan, and offers no intervention-on-deviation', () => {
    const withPlans = run(
      rejected,
      ...all.map((m, i) => ({
        type: 'regime.municipalPlan',
        planId: `plan-${i}`,
        municipality: m,
        timestamp: t(`06-0${i + 1}`),
        actor: m,
        role: 'bevoegd_gezag',
      })),
    );
    expect(withPlans.plans.map((p) => p.provinceInvolvement)).toEqual(['participates', 'participates', 'participates']);
    const intervene = planRegimeEvent(withPlans, {
      type: 'regime.intervene',
      planId: 'plan-0',
      deviation: { nl: 'x', en: 'x' },
      timestamp: t('07-01'),
      ...province,
    });
    expect(intervene.ok || intervene.error.code).toBe('regime_event_not_allowed');
  });

  it('lets the region draft again, while the province keeps taking part until approval', () => {
    const redraft = applyRegimeEvent(rejected, {
      type: 'regime.redraft',
      timestamp: t('06-01'),
      actor: 'regio-lindt',
      role: 'trekker',
    });
    expect(redraft.status).toBe('regional_drafting');
    expect(redraft.round).toBe(2);
    const plan = applyRegimeEvent(redraft, {
      type: 'regime.municipalPlan',
      planId: 'plan-x',
      municipality: 'gemeente-hoeverveen',
      timestamp: t('06-02'),
      actor: 'gemeente-hoeverveen',
      role: 'bevoegd_gezag',
    });
    expect(plan.plans.at(-1)?.provinceInvolvement).toBe('participates');
  });
});

describe('Zuid-Holland delegation-and-oversight regime: substitution', () => {
  it('lets the province write the vision when the region does not agree', () => {
    const s = run(
      initialRegimeState(input),
      { type: 'regime.declareNoAgreement', timestamp: t('04-01'), actor: 'regio-lindt', role: 'trekker' },
      { type: 'regime.substitute', visionId: 'woonvisie-provincie', timestamp: t('06-01'), ...province },
    );
    expect(s.status).toBe('substituted');
    expect(s.visions).toEqual([expect.objectContaining({ author: 'province', verdict: 'adopted_by_province' })]);
  });

  it('runs as an actor whose states follow the regime and survive a JSON round trip', () => {
    const actor = createActor(delegationRegimeMachine, { input }).start();
    actor.send(submit(['gemeente-lindewaard']) as never);
    expect(actor.getSnapshot().value).toBe('regional_drafting');
    actor.send({ type: 'regime.declareNoAgreement', timestamp: t('04-02'), actor: 'regio-lindt', role: 'trekker' });
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const restored = createActor(delegationRegimeMachine, { input, snapshot: saved }).start();
    const e = { type: 'regime.substitute', visionId: 'v', timestamp: t('06-01'), ...province } as const;
    actor.send(e);
    restored.send(e);
    expect(restored.getSnapshot().value).toBe('substituted');
    expect(restored.getSnapshot().context).toEqual(actor.getSnapshot().context);
  });
});

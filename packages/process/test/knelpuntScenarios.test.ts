import { KnelpuntRecordSchema, type KnelpuntState, validate } from '@gebiedsgericht/core';
import { knelpuntBeekdalWater as fixture } from '@gebiedsgericht/core/fixtures';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  applyKnelpuntEvent,
  initialKnelpuntState,
  knelpuntMachine,
  overdueKnelpunten,
  planKnelpuntEvent,
  toKnelpuntRecord,
} from '../src/knelpunten';
import {
  beekdalWater,
  ev,
  lindewaardAssessment,
  lindewaardModel,
  nwegDijk,
  scoresOf,
  windHoeverveen,
  woningverdeling,
} from './knelpuntSupport';

function run(state: KnelpuntState, ...events: unknown[]): KnelpuntState {
  return events.reduce<KnelpuntState>((s, e) => applyKnelpuntEvent(s, e), state);
}

describe('knelpunt: Lindewaard water versus housing, settled in mediation in step 3', () => {
  const raised = initialKnelpuntState({
    knelpunt: beekdalWater,
    model: lindewaardModel,
    timestamp: '2026-12-03T10:00:00+01:00',
    actor: 'waterschap-aa-en-lindt',
    role: 'partij',
  });
  const settled = run(
    raised,
    ev('knelpunt.putOnAgenda', '2026-12-10T09:00:00+01:00', 'provincie-zuidmark', {
      role: 'regisseur',
      ijkmomentId: 'ontwikkeldagen-zuidmark:2027-01-28',
    }),
    ev('knelpunt.startMediation', '2027-02-10T09:00:00+01:00', 'provincie-zuidmark', {
      role: 'regisseur',
      mediator: 'bureau-de-brug',
      style: 'facilitative',
      motivation: 'Geen akkoord op de ontwikkeldag',
    }),
    ev('knelpunt.recordOutcome', '2027-03-20T16:00:00+01:00', 'bureau-de-brug', {
      role: 'mediator',
      result: 'package_deal',
      summary: {
        nl: 'Beekdal krijgt 300 woningen elders; het waterschap krijgt het beekdal en cofinanciering',
        en: 'Beekdal gets 300 homes elsewhere; the water board gets the valley and co-financing',
      },
      packageDeal: {
        assessment: lindewaardAssessment(),
        packageVariant: { id: 'variant-b-pakket', name: { nl: 'B met pakket', en: 'B with package' }, claims: [] },
        packageScores: scoresOf('variant-b-pakket', [3900, 150, 3, 390]),
        referenceVariantId: 'variant-b',
      },
    }),
  );

  it('takes the ijkmoment option, then switches to mediation, and settles with a package deal', () => {
    expect(settled.level).toBe('settled');
    expect(settled.stays.map((s) => s.level)).toEqual(['between_parties', 'ijkmoment_agenda', 'mediation', 'settled']);
    expect(settled.outcomes.map((o) => [o.level, o.result])).toEqual([
      ['between_parties', 'no_agreement'],
      ['ijkmoment_agenda', 'no_agreement'],
      ['mediation', 'package_deal'],
    ]);
    expect(settled.stays[2]).toMatchObject({ mediator: 'bureau-de-brug', style: 'facilitative' });
  });

  it('re-scores the package deal with the afwegingskader (overall quality, not only satisfaction)', () => {
    const quality = settled.outcomes.at(-1)?.packageDealQuality;
    // Min–max over B, C and the package; weights 0.3/0.3/0.2/0.2, kosten is a cost criterion:
    // package 0.3·0.75 + 0.3·1 + 0.2·1 + 0.2·0.5 = 0.825 against B 0.3·1 + 0 + 0 + 0 = 0.3.
    expect(quality?.score).toBeCloseTo(0.825, 10);
    expect(quality?.referenceScore).toBeCloseTo(0.3, 10);
    expect(quality).toMatchObject({ feasible: true, netGain: true, rank: 1, referenceVariantId: 'variant-b' });
  });

  it('flags a package deal that pleases the parties but loses overall quality', () => {
    const worse = applyKnelpuntEvent(
      run(
        raised,
        ev('knelpunt.startMediation', '2027-02-10T09:00:00+01:00', 'provincie-zuidmark', {
          role: 'regisseur',
          mediator: 'bureau-de-brug',
          style: 'evaluative',
        }),
      ),
      ev('knelpunt.recordOutcome', '2027-03-01T09:00:00+01:00', 'bureau-de-brug', {
        role: 'mediator',
        result: 'package_deal',
        summary: { nl: 'Beide krijgen de helft', en: 'Both get half' },
        packageDeal: {
          assessment: lindewaardAssessment(),
          packageVariant: { id: 'variant-half', name: { nl: 'Half om half', en: 'Half and half' }, claims: [] },
          packageScores: scoresOf('variant-half', [3600, 100, 2, 400]),
          referenceVariantId: 'variant-c',
        },
      }),
    );
    expect(worse.level).toBe('settled');
    const quality = worse.outcomes.at(-1)?.packageDealQuality;
    // 0.3 · (100 − 90) / (150 − 90) = 0.05 against C's 0.3 + 0.2 + 0.2 = 0.7.
    expect(quality?.score).toBeCloseTo(0.05, 10);
    expect(quality?.referenceScore).toBeCloseTo(0.7, 10);
    expect(quality?.netGain).toBe(false);
  });

  it('rejects a package deal without the data to re-score it', () => {
    const inMediation = applyKnelpuntEvent(
      raised,
      ev('knelpunt.startMediation', '2027-02-10T09:00:00+01:00', 'provincie-zuidmark', {
        role: 'regisseur',
        mediator: 'bureau-de-brug',
        style: 'facilitative',
      }),
    );
    const plan = planKnelpuntEvent(
      inMediation,
      ev('knelpunt.recordOutcome', '2027-03-01T09:00:00+01:00', 'bureau-de-brug', {
        role: 'mediator',
        result: 'package_deal',
        summary: { nl: 'Pakket', en: 'Package' },
      }),
    );
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.error.code).toBe('knelpunt_package_deal_needs_assessment');
  });

  it('yields a valid knelpunt record with the same route as the shared scenario fixture', () => {
    const record = toKnelpuntRecord(settled, 'gebiedsproces-lindewaard');
    expect(() => validate(KnelpuntRecordSchema, record)).not.toThrow();
    expect(record.status).toBe(fixture.status);
    expect(record.escalation.map((s) => [s.route, s.outcome?.result])).toEqual(
      fixture.escalation.map((s) => [s.route, s.outcome?.result]),
    );
    expect(record.escalation[1]?.handledBy.partyId).toBe('bureau-de-brug');
  });
});

describe('knelpunt: Hoeverveen wind goes to the province', () => {
  const raised = initialKnelpuntState({
    knelpunt: windHoeverveen,
    model: lindewaardModel,
    timestamp: '2027-05-03T19:30:00+02:00',
    actor: 'dorpsraad-hoeverveen',
    role: 'partij',
  });
  const atProvince = applyKnelpuntEvent(
    raised,
    ev('knelpunt.escalate', '2027-05-20T09:00:00+02:00', 'gemeente-hoeverveen', { motivation: 'Verzet blijft' }),
  );

  it('escalates to the province, which is not a party', () => {
    expect(atProvince.level).toBe('province_intervention');
    expect(atProvince.stays.at(-1)).toMatchObject({ intervener: 'provincie-zuidmark' });
    expect(atProvince.stays.at(-1)?.redirectedFrom).toBeUndefined();
    expect(atProvince.outcomes).toEqual([
      expect.objectContaining({ level: 'between_parties', result: 'no_agreement', motivation: 'Verzet blijft' }),
    ]);
  });

  it('lets only the province decide at its own level', () => {
    const byGemeente = planKnelpuntEvent(
      atProvince,
      ev('knelpunt.recordOutcome', '2027-06-24T11:00:00+02:00', 'gemeente-hoeverveen', {
        result: 'decision',
        summary: { nl: 'x', en: 'x' },
      }),
    );
    expect(byGemeente.ok).toBe(false);
    if (!byGemeente.ok) expect(byGemeente.error.code).toBe('knelpunt_actor_not_intervener');
    const decided = applyKnelpuntEvent(
      atProvince,
      ev('knelpunt.recordOutcome', '2027-06-24T11:00:00+02:00', 'provincie-zuidmark', {
        role: 'bevoegd_gezag',
        result: 'decision',
        decisionId: 'besluit-gs-wind-hoeverveen',
        summary: { nl: 'Vier turbines op afstand van de kern', en: 'Four turbines away from the village' },
      }),
    );
    expect(decided.level).toBe('decided');
    const record = toKnelpuntRecord(decided, 'gebiedsproces-lindewaard');
    expect(record.status).toBe('resolved');
    expect(record.escalation.map((s) => [s.route, s.outcome?.result])).toEqual([['province_intervenes', 'decided']]);
  });

  it('is overdue only after the province level time limit (60 days) has passed', () => {
    expect(overdueKnelpunten([atProvince], '2027-07-19T09:00:00+02:00')).toEqual([]);
    const overdue = overdueKnelpunten([atProvince], '2027-07-25T09:00:00+02:00');
    expect(overdue).toHaveLength(1);
    expect(overdue[0]).toMatchObject({ knelpuntId: 'knelpunt-wind-hoeverveen', level: 'province_intervention' });
    expect(overdue[0]?.daysOverdue).toBe(6);
  });
});

describe('knelpunt: all the way to the rijk', () => {
  it('passes mediation and the province, and the rijk decides', () => {
    const s0 = initialKnelpuntState({
      knelpunt: woningverdeling,
      model: lindewaardModel,
      timestamp: '2027-04-01T10:00:00+02:00',
      actor: 'gemeente-lindewaard',
      role: 'partij',
    });
    const atRijk = run(
      s0,
      ev('knelpunt.startMediation', '2027-04-15T10:00:00+02:00', 'provincie-zuidmark', {
        role: 'regisseur',
        mediator: 'bureau-de-brug',
        style: 'evaluative',
      }),
      ev('knelpunt.recordOutcome', '2027-06-15T10:00:00+02:00', 'bureau-de-brug', {
        role: 'mediator',
        result: 'no_agreement',
        summary: { nl: 'Geen akkoord na tien uur gesprekstijd', en: 'No agreement after ten hours of talks' },
      }),
      ev('knelpunt.escalate', '2027-06-16T10:00:00+02:00', 'gemeente-beekdal', {}),
      ev('knelpunt.recordOutcome', '2027-07-30T10:00:00+02:00', 'provincie-zuidmark', {
        role: 'bevoegd_gezag',
        result: 'no_agreement',
        summary: { nl: 'Provinciaal voorstel niet aanvaard', en: 'Provincial proposal not accepted' },
      }),
      ev('knelpunt.escalate', '2027-08-01T10:00:00+02:00', 'provincie-zuidmark', { role: 'regisseur' }),
    );
    expect(atRijk.level).toBe('rijk_decision');
    expect(atRijk.stays.at(-1)).toMatchObject({ intervener: 'ministerie-vro' });
    // The rijk is the last level: nothing to escalate to, and 'no agreement' is not an answer.
    expect(
      planKnelpuntEvent(atRijk, ev('knelpunt.escalate', '2027-08-02T10:00:00+02:00', 'gemeente-beekdal', {})).ok,
    ).toBe(false);
    const decided = applyKnelpuntEvent(
      atRijk,
      ev('knelpunt.recordOutcome', '2027-10-01T10:00:00+02:00', 'ministerie-vro', {
        role: 'bevoegd_gezag',
        result: 'decision',
        summary: { nl: 'Het rijk verdeelt de opgave', en: 'The rijk splits the target' },
      }),
    );
    expect(decided.level).toBe('decided');
    expect(decided.outcomes.map((o) => o.level)).toEqual([
      'between_parties',
      'mediation',
      'mediation',
      'province_intervention',
      'province_intervention',
      'rijk_decision',
    ]);
    const record = toKnelpuntRecord(decided, 'gebiedsproces-lindewaard');
    expect(record.escalation.map((s) => s.route)).toEqual(['facilitator', 'province_intervenes', 'rijk_decides']);
  });
});

describe('knelpunt: the province is a party (redirect)', () => {
  const s0 = initialKnelpuntState({
    knelpunt: nwegDijk,
    model: lindewaardModel,
    timestamp: '2027-05-01T10:00:00+02:00',
    actor: 'waterschap-aa-en-lindt',
    role: 'partij',
  });

  it('redirects the intervention step from the province to the rijk', () => {
    const next = run(
      s0,
      ev('knelpunt.putOnAgenda', '2027-05-02T10:00:00+02:00', 'waterschap-aa-en-lindt', {
        ijkmomentId: 'novex-najaar-2027',
      }),
      ev('knelpunt.escalate', '2027-10-20T10:00:00+02:00', 'waterschap-aa-en-lindt', {}),
    );
    expect(next.level).toBe('rijk_decision');
    expect(next.stays.at(-1)).toMatchObject({
      intervener: 'ministerie-vro',
      redirectedFrom: { level: 'province_intervention', intervener: 'provincie-zuidmark' },
    });
    const record = toKnelpuntRecord(next, 'gebiedsproces-lindewaard');
    expect(record.escalation.at(-1)?.redirectedFrom?.partyId).toBe('provincie-zuidmark');
    expect(record.status).toBe('escalated');
  });

  it('hands the step to the substitute the startnotitie names, when there is one', () => {
    const withSubstitute = initialKnelpuntState({
      knelpunt: nwegDijk,
      model: {
        ...lindewaardModel,
        interventions: [
          {
            level: 'province_intervention',
            intervener: 'provincie-zuidmark',
            substituteIfParty: 'ministerie-ienw',
            timeLimit: 'P60D',
          },
          { level: 'rijk_decision', intervener: 'ministerie-vro', timeLimit: 'P90D' },
        ],
      },
      timestamp: '2027-05-01T10:00:00+02:00',
      actor: 'waterschap-aa-en-lindt',
      role: 'partij',
    });
    const next = applyKnelpuntEvent(
      withSubstitute,
      ev('knelpunt.escalate', '2027-05-03T10:00:00+02:00', 'waterschap-aa-en-lindt', {}),
    );
    expect(next.level).toBe('province_intervention');
    expect(next.stays.at(-1)).toMatchObject({
      intervener: 'ministerie-ienw',
      redirectedFrom: { level: 'province_intervention', intervener: 'provincie-zuidmark' },
    });
  });

  it('never lets a party mediate', () => {
    const plan = planKnelpuntEvent(
      s0,
      ev('knelpunt.startMediation', '2027-05-02T10:00:00+02:00', 'provincie-zuidmark', {
        role: 'regisseur',
        mediator: 'provincie-zuidmark',
        style: 'facilitative',
      }),
    );
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.error.code).toBe('intervener_is_party');
  });

  it('says so when no impartial intervener is left', () => {
    const both = initialKnelpuntState({
      knelpunt: { ...nwegDijk, id: 'knelpunt-rijk-en-provincie', parties: ['provincie-zuidmark', 'ministerie-vro'] },
      model: lindewaardModel,
      timestamp: '2027-05-01T10:00:00+02:00',
      actor: 'provincie-zuidmark',
      role: 'partij',
    });
    const plan = planKnelpuntEvent(both, ev('knelpunt.escalate', '2027-05-03T10:00:00+02:00', 'ministerie-vro', {}));
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.error.code).toBe('knelpunt_no_impartial_intervener');
  });
});

describe('knelpunt: rules of the escalation model', () => {
  const s0 = initialKnelpuntState({
    knelpunt: beekdalWater,
    model: {
      between_parties: { timeLimit: 'P30D' },
      mediation: { timeLimit: 'P60D', styles: ['facilitative'] },
      interventions: lindewaardModel.interventions,
    },
    timestamp: '2027-01-01T10:00:00+01:00',
    actor: 'gemeente-beekdal',
    role: 'partij',
  });

  it('offers only the options the startnotitie agreed, with the agreed styles', () => {
    const agenda = planKnelpuntEvent(
      s0,
      ev('knelpunt.putOnAgenda', '2027-01-02T10:00:00+01:00', 'gemeente-beekdal', { ijkmomentId: 'x' }),
    );
    expect(agenda.ok || agenda.error.code).toBe('knelpunt_option_not_in_model');
    const style = planKnelpuntEvent(
      s0,
      ev('knelpunt.startMediation', '2027-01-02T10:00:00+01:00', 'provincie-zuidmark', {
        mediator: 'bureau-de-brug',
        style: 'transformative',
      }),
    );
    expect(style.ok || style.error.code).toBe('knelpunt_style_not_allowed');
  });

  it('rejects a decision outside an intervention level, and events from before the last one', () => {
    const decision = planKnelpuntEvent(
      s0,
      ev('knelpunt.recordOutcome', '2027-01-02T10:00:00+01:00', 'provincie-zuidmark', {
        result: 'decision',
        summary: { nl: 'x', en: 'x' },
      }),
    );
    expect(decision.ok || decision.error.code).toBe('knelpunt_event_not_allowed');
    const early = planKnelpuntEvent(s0, ev('knelpunt.escalate', '2026-12-31T10:00:00+01:00', 'gemeente-beekdal', {}));
    expect(early.ok || early.error.code).toBe('event_before_previous');
  });

  it('reports an invalid payload with its path', () => {
    const plan = planKnelpuntEvent(s0, { type: 'knelpunt.startMediation', timestamp: 'gisteren' });
    expect(plan.ok).toBe(false);
    if (!plan.ok) {
      expect(plan.error.code).toBe('invalid_input');
      expect(plan.error.issues.map((i) => i.path[1])).toContain('timestamp');
    }
  });

  it('refuses a withdrawal by someone who is not a party to the knelpunt, naming the knelpunt', () => {
    const plan = planKnelpuntEvent(
      s0,
      ev('knelpunt.withdraw', '2027-01-05T10:00:00+01:00', 'bureau-de-brug', { motivation: 'Geen belang' }),
    );
    expect(plan.ok).toBe(false);
    if (!plan.ok) {
      expect(plan.error).toMatchObject({ code: 'unknown_party', path: ['actor'] });
      expect(plan.error.label.en).toContain(s0.knelpunt.id);
    }
  });

  it('accepts nothing once closed', () => {
    const withdrawn = applyKnelpuntEvent(
      s0,
      ev('knelpunt.withdraw', '2027-01-05T10:00:00+01:00', 'gemeente-beekdal', { motivation: 'Locatie vervallen' }),
    );
    expect(withdrawn.level).toBe('withdrawn');
    expect(toKnelpuntRecord(withdrawn, 'gebiedsproces-lindewaard').status).toBe('withdrawn');
    const again = planKnelpuntEvent(
      withdrawn,
      ev('knelpunt.escalate', '2027-01-06T10:00:00+01:00', 'gemeente-beekdal', {}),
    );
    expect(again.ok || again.error.code).toBe('knelpunt_event_not_allowed');
  });
});

describe('knelpunt child machine', () => {
  it('follows the pure rules, ignores what they reject, and restores from JSON', () => {
    const input = {
      knelpunt: windHoeverveen,
      model: lindewaardModel,
      timestamp: '2027-05-03T19:30:00+02:00',
      actor: 'dorpsraad-hoeverveen',
      role: 'partij',
    } as const;
    const actor = createActor(knelpuntMachine, { input }).start();
    actor.send(
      ev('knelpunt.recordOutcome', '2027-05-04T10:00:00+02:00', 'gemeente-hoeverveen', {
        result: 'decision',
        summary: { nl: 'x', en: 'x' },
      }) as never,
    );
    expect(actor.getSnapshot().value).toBe('between_parties');
    expect(actor.getSnapshot().context.outcomes).toEqual([]);
    actor.send(ev('knelpunt.escalate', '2027-05-20T09:00:00+02:00', 'gemeente-hoeverveen', {}) as never);
    expect(actor.getSnapshot().value).toBe('province_intervention');
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const restored = createActor(knelpuntMachine, { input, snapshot: saved }).start();
    const decide = ev('knelpunt.recordOutcome', '2027-06-24T11:00:00+02:00', 'provincie-zuidmark', {
      role: 'bevoegd_gezag',
      result: 'decision',
      summary: { nl: 'Vier turbines', en: 'Four turbines' },
    });
    actor.send(decide as never);
    restored.send(decide as never);
    expect(restored.getSnapshot().value).toBe('decided');
    expect(restored.getSnapshot().context).toEqual(actor.getSnapshot().context);
  });
});

describe('knelpunt model from the startnotitie', () => {
  it('derives the options, time limits and interventions from the Lindewaard escalation model', async () => {
    const { lindewaardStartnotitie } = await import('@gebiedsgericht/core/fixtures');
    const { knelpuntModelFromStartnotitie } = await import('../src/knelpunten');
    const model = knelpuntModelFromStartnotitie(lindewaardStartnotitie.escalation, {
      mediationStyles: ['facilitative'],
    });
    expect(model).toEqual({
      between_parties: { timeLimit: 'P4W' },
      ijkmoment_agenda: {},
      mediation: { timeLimit: 'P8W', styles: ['facilitative'] },
      interventions: [
        {
          level: 'province_intervention',
          intervener: 'provincie-zuidmark',
          // The independent substitute the startnotitie names (a commissie van wijzen) is kept.
          substituteIfParty: 'niveau-3:onafhankelijk',
          substituteDescription: 'Onafhankelijke commissie van wijzen, aangewezen door de gebiedstafel',
          timeLimit: 'P6W',
        },
        {
          level: 'rijk_decision',
          intervener: 'ministerie-vro',
          substituteIfParty: 'ministerie-lvvn',
          timeLimit: 'P3M',
        },
      ],
    });
    // The province and the ministry of VRO are both parties: the commissie van wijzen the
    // startnotitie names steps in at the province's level (it has no party id of its own).
    const s = initialKnelpuntState({
      knelpunt: { ...nwegDijk, parties: ['provincie-zuidmark', 'ministerie-vro'] },
      model,
      timestamp: '2027-05-01T10:00:00+02:00',
      actor: 'provincie-zuidmark',
      role: 'partij',
    });
    const next = applyKnelpuntEvent(s, ev('knelpunt.escalate', '2027-05-02T10:00:00+02:00', 'provincie-zuidmark', {}));
    expect(next.stays.at(-1)).toMatchObject({
      level: 'province_intervention',
      intervener: 'niveau-3:onafhankelijk',
      redirectedFrom: { level: 'province_intervention', intervener: 'provincie-zuidmark' },
    });
    // The rijk's own substitute takes over when the ministry of VRO is itself a party.
    const rijk = initialKnelpuntState({
      knelpunt: { ...nwegDijk, parties: ['gemeente-beekdal', 'ministerie-vro'] },
      model,
      timestamp: '2027-05-01T10:00:00+02:00',
      actor: 'gemeente-beekdal',
      role: 'partij',
    });
    const atProvince = applyKnelpuntEvent(
      rijk,
      ev('knelpunt.escalate', '2027-05-02T10:00:00+02:00', 'gemeente-beekdal', {}),
    );
    const atRijk = applyKnelpuntEvent(
      atProvince,
      ev('knelpunt.escalate', '2027-05-03T10:00:00+02:00', 'gemeente-beekdal', {}),
    );
    expect(atRijk.stays.at(-1)).toMatchObject({ level: 'rijk_decision', intervener: 'ministerie-lvvn' });
  });
});

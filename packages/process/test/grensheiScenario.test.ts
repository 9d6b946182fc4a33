/**
 * Scenario: Gebied Grenshei (core fixtures), an area across Provincie Zuidmark (lead) and Provincie
 * Noordveld. The process is configured from its own startnotitie and actors, and every event is
 * checked for *who* sends it: each refused case asserts the code, the path into the event, and that
 * the snapshot is unchanged.
 */

import {
  type EscalationModel,
  EscalationModelSchema,
  isGebiedsgerichtError,
  type KnelpuntEscalationModel,
} from '@gebiedsgericht/core';
import { grensheiActors, grensheiStartnotitie } from '@gebiedsgericht/core/fixtures';
import { describe, expect, it } from 'vitest';
import type { GebiedsprocesEvent } from '../src/index';
import {
  createGebiedsproces,
  defaultStepTemplate,
  dueItems,
  effectiveSettings,
  knelpuntModelFromStartnotitie,
  nextIntervention,
  provincialRollup,
  restoreGebiedsproces,
  settingsFromStartnotitie,
  toKnelpuntRecord,
} from '../src/index';
import { initialKnelpuntState, planKnelpuntEvent } from '../src/knelpunten/applyKnelpuntEvent';
import {
  accepted,
  at,
  CONSENTING,
  close,
  consent,
  DECIDERS,
  decision,
  grensheiOptions,
  intoStep3,
  model,
  newGrenshei,
  refused,
  settings,
  submit,
} from './grensheiSupport';

describe('Gebied Grenshei: an area across two provinces, every event checked for who sends it', () => {
  it('configures itself from its startnotitie: lead province, both provinces, the medeoverheden (§2.1, §2.6)', () => {
    expect(settings.provinceId).toBe('provincie-zuidmark');
    expect(settings.provinceIds).toEqual(['provincie-zuidmark', 'provincie-noordveld']);
    // One definition: provincie, gemeente, waterschap with an agreement or a seat at the table; not the rijk.
    expect(settings.medeoverheden.map((m) => m.partyId)).toEqual([
      'gemeente-grensbeek',
      'gemeente-veldrode',
      'provincie-noordveld',
      'provincie-zuidmark',
      'waterschap-grensstromen',
    ]);
    expect(settings.authority?.minorChangeRecordedBy).toBe('programmateam-grenshei');
  });

  it('13: shows the effective settings and where each comes from — no silent precedence', () => {
    const process = newGrenshei();
    const effective = effectiveSettings(process.snapshot());
    const step = (id: string) => effective.find((e) => e.stepId === id);
    expect(step('visie-en-afwegingskader')).toMatchObject({
      consentRequired: true,
      consentSource: 'startnotitie_consent_steps',
    });
    expect(step('inzicht-verkrijgen')).toMatchObject({
      consentRequired: false,
      timeboxSource: 'startnotitie',
      timeboxDays: 168,
    });
    // With a rule that asks every medeoverheid, the step it names is a consent step because of that rule.
    const withRule = settingsFromStartnotitie(
      {
        ...grensheiStartnotitie,
        decisionMaking: {
          ...grensheiStartnotitie.decisionMaking,
          rules: grensheiStartnotitie.decisionMaking.rules.map((r) =>
            r.id === 'gh-besluit-stappen' ? { ...r, consentOfAllMedeoverheden: true } : r,
          ),
        },
      },
      grensheiActors,
      { processId: 'gebiedsproces-grenshei' },
    );
    const ruled = createGebiedsproces({
      template: defaultStepTemplate,
      settings: withRule,
      startedAt: at('2026-03-02', 8),
      options: grensheiOptions,
    });
    expect(effectiveSettings(ruled.snapshot()).find((e) => e.stepId === 'opstart')).toMatchObject({
      consentRequired: true,
      consentSource: 'decision_rule',
      consentRuleIds: ['gh-besluit-stappen'],
    });
  });

  it('1: only the deciders the startnotitie names for a step close it, from their own body', () => {
    const process = newGrenshei();
    accepted(process, submit('opstart', '2026-03-02'));
    // The raad is not the body the decision rule names.
    refused(process, close('opstart', '2026-03-02', 'gemeente-grensbeek', 'raad-grensbeek'), 'not_a_decider', [
      'decision',
      'bodyId',
    ]);
    // A body of another government.
    refused(process, close('opstart', '2026-03-02', 'gemeente-grensbeek', 'college-veldrode'), 'body_not_of_party', [
      'decision',
      'bodyId',
    ]);
    // The right decision, sent by another government's body.
    refused(
      process,
      close('opstart', '2026-03-02', 'provincie-noordveld', 'gs-noordveld', 'college-grensbeek'),
      'actor_not_authorised',
      ['actor'],
    );
    // An actor nobody knows.
    refused(
      process,
      close('opstart', '2026-03-02', 'provincie-noordveld', 'gs-noordveld', 'iemand-anders'),
      'actor_not_authorised',
      ['actor'],
    );
    // A role the party agreement does not give.
    refused(
      process,
      { ...close('opstart', '2026-03-02', 'provincie-noordveld', 'gs-noordveld'), role: 'mediator' },
      'actor_not_authorised',
      ['role'],
    );
    for (const [partyId, bodyId] of DECIDERS.slice(0, 1))
      accepted(process, close('opstart', '2026-03-02', partyId, bodyId));
    // Step 1 is decided by the lead province only (the rule without steps).
    accepted(process, submit('inzicht-verkrijgen', '2026-05-01'));
    refused(
      process,
      close('inzicht-verkrijgen', '2026-05-01', 'provincie-noordveld', 'gs-noordveld'),
      'not_a_decider',
      ['decision', 'bodyId'],
    );
  });

  it('2 and 12: a consent comes from the consenting government’s own body, about this step; the rijk is no medeoverheid', () => {
    const process = newGrenshei();
    accepted(process, submit('opstart', '2026-03-02'));
    accepted(process, close('opstart', '2026-03-02', 'provincie-zuidmark', 'gs-zuidmark'));
    accepted(process, submit('inzicht-verkrijgen', '2026-05-01'));
    accepted(process, close('inzicht-verkrijgen', '2026-05-01', 'provincie-zuidmark', 'gs-zuidmark'));
    accepted(process, submit('visie-en-afwegingskader', '2026-07-01'));
    const step = 'visie-en-afwegingskader';
    refused(process, consent(step, '2026-07-01', 'gemeente-grensbeek', 'raad-veldrode'), 'body_not_of_party', [
      'consent',
      'bodyId',
    ]);
    refused(
      process,
      consent(step, '2026-07-01', 'gemeente-grensbeek', 'raad-grensbeek', { consentStepId: 'afwegen-en-keuze' }),
      'consent_step_mismatch',
      ['consent', 'stepId'],
    );
    refused(
      process,
      consent(step, '2026-07-01', 'gemeente-grensbeek', 'raad-grensbeek', { actor: 'gemeente-veldrode' }),
      'actor_not_authorised',
      ['actor'],
    );
    refused(
      process,
      { ...consent(step, '2026-07-01', 'ministerie-vro', 'minister-vro'), role: 'partij' },
      'not_a_medeoverheid',
      ['consent', 'partyId'],
    );
    for (const [partyId, bodyId] of CONSENTING) accepted(process, consent(step, '2026-07-01', partyId, bodyId));
    accepted(process, close(step, '2026-07-01', 'waterschap-grensstromen', 'db-grensstromen'));
  });

  it('3: minor changes by whoever the change rules name; major changes by an approver, decided at the table', () => {
    const process = intoStep3();
    const minor = (actor: string): GebiedsprocesEvent => ({
      type: 'change.minor',
      timestamp: at('2026-07-02'),
      actor,
      role: 'regisseur',
      change: { id: 'gh-planning', description: 'Werkateliers een week later' },
    });
    refused(process, { ...minor('gemeente-veldrode'), role: 'partij' }, 'actor_not_authorised', ['actor']);
    // The procesregisseur is a person of a member of the programme team.
    accepted(process, minor('regisseur-grenshei'));
    const major = (actor: string, partyId: string, bodyId: string): GebiedsprocesEvent => ({
      type: 'change.major',
      timestamp: at('2026-07-03'),
      actor,
      role: 'bevoegd_gezag',
      motivation: 'Nieuwe wateropgave uit Noordveld',
      change: { id: 'gh-water', description: 'Nieuwe wateropgave' },
      reopenStepId: 'visie-en-afwegingskader',
      approvedBy: ['provincie-zuidmark', 'provincie-noordveld'],
      decision: decision('gh-besluit-wijziging', '2026-07-03', partyId, bodyId),
    });
    refused(process, major('college-grensbeek', 'provincie-zuidmark', 'gs-zuidmark'), 'actor_not_authorised', [
      'actor',
    ]);
    refused(process, major('gs-zuidmark', 'provincie-zuidmark', 'ps-noordveld'), 'body_not_of_party', [
      'decision',
      'bodyId',
    ]);
    accepted(process, major('gs-zuidmark', 'provincie-zuidmark', 'gs-zuidmark'));
  });

  it('4, 8, 14, 15: knelpunten between real parties, on the next scheduled ijkmoment, in the step they arose', () => {
    const process = intoStep3();
    const base = { timestamp: at('2026-07-10'), role: 'regisseur' as const };
    refused(
      process,
      { type: 'escalation.configure', model, ...base, actor: 'gemeente-veldrode', role: 'partij' },
      'actor_not_authorised',
      ['actor'],
    );
    accepted(process, { type: 'escalation.configure', model, ...base, actor: 'regisseur-grenshei' });
    accepted(process, {
      type: 'ijkmoment.schedule',
      schedule: grensheiStartnotitie.ijkmomenten,
      ...base,
      actor: 'regisseur-grenshei',
    });
    const knelpunt = {
      id: 'gh-knelpunt-berging',
      title: { nl: 'Waterberging of woningbouw', en: 'Water storage or housing' },
      parties: ['gemeente-grensbeek', 'waterschap-grensstromen'],
      raisedBy: 'gemeente-grensbeek',
    };
    const raise = (k: typeof knelpunt, actor: string): GebiedsprocesEvent => ({
      type: 'knelpunt.raise',
      knelpunt: k,
      timestamp: at('2026-07-11'),
      actor,
      role: 'partij',
    });
    refused(
      process,
      raise({ ...knelpunt, parties: ['gemeente-grensbeek', 'gemeente-nergensdorp'] }, 'gemeente-grensbeek'),
      'unknown_party',
      ['knelpunt', 'parties', 1],
    );
    refused(process, raise(knelpunt, 'gemeente-veldrode'), 'actor_not_authorised', ['actor']);
    accepted(process, raise(knelpunt, 'college-grensbeek'));
    // 14: raised without a step, it arose in step 3, where the process stands.
    const state = process.context().knelpunten.items[knelpunt.id];
    expect(state && toKnelpuntRecord(state, 'gebiedsproces-grenshei').stepId).toBe('ontwerpen-ontwikkelvarianten');
    // 4: a non-party cannot record the agreement that settles it between the parties.
    refused(
      process,
      {
        type: 'knelpunt.recordOutcome',
        knelpuntId: knelpunt.id,
        result: 'agreement',
        summary: { nl: 'Akkoord', en: 'Agreed' },
        timestamp: at('2026-07-12'),
        actor: 'gemeente-veldrode',
        role: 'partij',
      },
      'actor_not_authorised',
      ['actor'],
    );
    // 8: the agenda of the next ijkmoment — not an unknown one, not one already past.
    const agenda = (ijkmomentId: string): GebiedsprocesEvent => ({
      type: 'knelpunt.putOnAgenda',
      knelpuntId: knelpunt.id,
      ijkmomentId,
      timestamp: at('2026-07-20'),
      actor: 'waterschap-grensstromen',
      role: 'partij',
    });
    refused(process, agenda('grensdagen-bestaat-niet'), 'knelpunt_ijkmoment_not_next', ['ijkmomentId']);
    refused(process, agenda('grensdagen:2026-06-15'), 'knelpunt_ijkmoment_not_next', ['ijkmomentId']);
    accepted(process, agenda('grensdagen:2026-12-15'));
    // 15: only the regional moment it was put on counts it; the NOVEX moment before it does not.
    const next = dueItems(process.snapshot(), at('2026-07-21')).filter((d) => d.kind === 'next_ijkmoment');
    expect(next.find((d) => d.refId === 'grensdagen:2026-12-15')?.message.en).toContain('1 knelpunt');
    expect(next.find((d) => d.refId === 'novex-najaar-2026')?.message.en).not.toContain('knelpunt');
    // Restored from JSON, the process still checks who acts.
    const restored = restoreGebiedsproces(JSON.parse(JSON.stringify(process.snapshot())), grensheiOptions);
    expect(
      restored.rejectionOf({ ...agenda('grensdagen:2026-12-15'), actor: 'iemand-anders' } as GebiedsprocesEvent)?.code,
    ).toBe('actor_not_authorised');
  });

  it('5 and 6: whoever intervenes is not a party — a substitute province, a commissie van wijzen, never a table of parties', () => {
    const process = intoStep3();
    accepted(process, {
      type: 'escalation.configure',
      model,
      timestamp: at('2026-07-10'),
      actor: 'regisseur-grenshei',
      role: 'regisseur',
    });
    accepted(process, {
      type: 'knelpunt.raise',
      knelpunt: {
        id: 'gh-knelpunt-rijk',
        title: { nl: 'Woningbouwaantallen', en: 'Housing numbers' },
        parties: ['provincie-zuidmark', 'ministerie-vro'],
        raisedBy: 'provincie-zuidmark',
      },
      timestamp: at('2026-07-11'),
      actor: 'gs-zuidmark',
      role: 'partij',
    });
    const escalate = (date: string): GebiedsprocesEvent => ({
      type: 'knelpunt.escalate',
      knelpuntId: 'gh-knelpunt-rijk',
      timestamp: at(date),
      actor: 'gs-zuidmark',
      role: 'partij',
    });
    accepted(process, escalate('2026-08-10'));
    // The lead province is a party: Noordveld steps in.
    expect(process.context().knelpunten.items['gh-knelpunt-rijk']?.stays.at(-1)?.intervener).toBe(
      'provincie-noordveld',
    );
    refused(
      process,
      {
        type: 'knelpunt.recordOutcome',
        knelpuntId: 'gh-knelpunt-rijk',
        result: 'decision',
        summary: { nl: 'Besluit', en: 'Decision' },
        timestamp: at('2026-08-11'),
        actor: 'provincie-zuidmark',
        role: 'bevoegd_gezag',
      },
      'knelpunt_actor_not_intervener',
      ['actor'],
    );
    // 6: the ministry is a party at the final level: the commissie van wijzen the startnotitie names decides.
    accepted(process, escalate('2026-09-25'));
    expect(process.context().knelpunten.items['gh-knelpunt-rijk']?.stays.at(-1)).toMatchObject({
      level: 'rijk_decision',
      intervener: 'gh-niveau-3:onafhankelijk',
      redirectedFrom: { intervener: 'ministerie-vro' },
    });
    // 5: a gebiedstafel at the final level is a party whenever one of its members is.
    const tableModel: EscalationModel = {
      ...grensheiStartnotitie.escalation,
      levels: [],
      finalLevel: {
        ...grensheiStartnotitie.escalation.finalLevel,
        actor: { kind: 'structuur', structureId: 'gebiedstafel-grenshei' },
      },
    };
    const derived = knelpuntModelFromStartnotitie(tableModel, { actors: grensheiActors });
    expect(derived.interventions[0]?.intervenerPartyIds).toContain('gemeente-grensbeek');
    const state = initialKnelpuntState({
      knelpunt: {
        id: 'gh-knelpunt-tafel',
        title: { nl: 'Tafel', en: 'Table' },
        parties: ['gemeente-grensbeek', 'waterschap-grensstromen'],
        raisedBy: 'gemeente-grensbeek',
        stepId: 'ontwerpen-ontwikkelvarianten',
      },
      model: derived,
      timestamp: at('2026-07-11'),
      actor: 'gemeente-grensbeek',
      role: 'partij',
    });
    const before = JSON.stringify(state);
    const plan = planKnelpuntEvent(state, {
      type: 'knelpunt.escalate',
      timestamp: at('2026-08-11'),
      actor: 'gemeente-grensbeek',
      role: 'partij',
    });
    expect(plan.ok).toBe(false);
    if (!plan.ok) {
      expect(plan.error.code).toBe('knelpunt_no_impartial_intervener');
      expect(plan.error.path).toEqual(['type']);
    }
    expect(JSON.stringify(state)).toBe(before);
  });

  it('9: an intervention level per province — Noordveld for the knelpunten in its part where the startnotitie says so, the lead province otherwise', () => {
    // The startnotitie names Gedeputeerde Staten of Noordveld for knelpunten between Veldrode and the waterschap in the north.
    const northernPart = {
      provinceId: 'provincie-noordveld',
      bodyId: 'gs-noordveld',
      partyIds: ['gemeente-veldrode', 'waterschap-grensstromen'],
    };
    const withPart = (perProvince: unknown[]): EscalationModel => ({
      ...grensheiStartnotitie.escalation,
      levels: grensheiStartnotitie.escalation.levels.map((l) =>
        l.route === 'province_intervenes' ? ({ ...l, perProvince } as typeof l) : l,
      ),
    });
    const byProvince = knelpuntModelFromStartnotitie(withPart([northernPart]), { actors: grensheiActors });
    expect(byProvince.interventions[0]?.perProvince).toEqual([
      { provinceId: 'provincie-noordveld', partyIds: ['gemeente-veldrode', 'waterschap-grensstromen'] },
    ]);
    const process = intoStep3();
    const configure = (m: KnelpuntEscalationModel): GebiedsprocesEvent => ({
      type: 'escalation.configure',
      model: m,
      timestamp: at('2026-07-10'),
      actor: 'regisseur-grenshei',
      role: 'regisseur',
    });
    // A province the area does not lie in cannot intervene for a part of it.
    refused(
      process,
      configure({
        ...byProvince,
        interventions: byProvince.interventions.map((i) =>
          i.perProvince
            ? { ...i, perProvince: [{ provinceId: 'provincie-zuidmark-oost', partyIds: ['gemeente-veldrode'] }] }
            : i,
        ),
      }),
      'knelpunt_province_not_involved',
      ['model', 'interventions', 0, 'perProvince', 0, 'provinceId'],
    );
    accepted(process, configure(byProvince));
    const raise = (id: string, parties: string[], actor: string): GebiedsprocesEvent => ({
      type: 'knelpunt.raise',
      knelpunt: { id, title: { nl: id, en: id }, parties, raisedBy: parties[0] as string },
      timestamp: at('2026-07-11'),
      actor,
      role: 'partij',
    });
    accepted(process, raise('gh-noord', ['gemeente-veldrode', 'waterschap-grensstromen'], 'college-veldrode'));
    accepted(process, raise('gh-zuid', ['gemeente-grensbeek', 'waterschap-grensstromen'], 'college-grensbeek'));
    accepted(process, raise('gh-over-de-grens', ['gemeente-veldrode', 'gemeente-grensbeek'], 'college-veldrode'));
    accepted(process, raise('gh-met-noordveld', ['gemeente-veldrode', 'provincie-noordveld'], 'college-veldrode'));
    const item = (id: string) => {
      const state = process.context().knelpunten.items[id];
      if (!state) throw new Error(`knelpunt ${id} missing`);
      return state;
    };
    expect(nextIntervention(item('gh-noord'), 'between_parties')?.intervener).toBe('provincie-noordveld');
    for (const [id, actor] of [
      ['gh-noord', 'college-veldrode'],
      ['gh-zuid', 'college-grensbeek'],
      ['gh-over-de-grens', 'college-veldrode'],
      ['gh-met-noordveld', 'college-veldrode'],
    ] as const) {
      accepted(process, {
        type: 'knelpunt.escalate',
        knelpuntId: id,
        timestamp: at('2026-08-10'),
        actor,
        role: 'partij',
      });
    }
    const intervener = (id: string) => item(id).stays.at(-1)?.intervener;
    // Every party in Noordveld's part: Noordveld intervenes.
    expect(intervener('gh-noord')).toBe('provincie-noordveld');
    // Parties in the south, across the border, or Noordveld itself a party: the lead province.
    expect(intervener('gh-zuid')).toBe('provincie-zuidmark');
    expect(intervener('gh-over-de-grens')).toBe('provincie-zuidmark');
    expect(intervener('gh-met-noordveld')).toBe('provincie-zuidmark');
    const decide = (id: string, actor: string): GebiedsprocesEvent => ({
      type: 'knelpunt.recordOutcome',
      knelpuntId: id,
      result: 'decision',
      summary: { nl: 'Besluit van GS', en: 'Decision of the provincial executive' },
      timestamp: at('2026-08-20'),
      actor,
      role: 'bevoegd_gezag',
    });
    refused(process, decide('gh-noord', 'provincie-zuidmark'), 'knelpunt_actor_not_intervener', ['actor']);
    accepted(process, decide('gh-noord', 'provincie-noordveld'));
    refused(process, decide('gh-zuid', 'provincie-noordveld'), 'knelpunt_actor_not_intervener', ['actor']);
    accepted(process, decide('gh-zuid', 'provincie-zuidmark'));
    // Without the startnotitie saying so, the lead province intervenes for every part.
    const lead = intoStep3();
    accepted(lead, configure(model));
    accepted(lead, raise('gh-noord', ['gemeente-veldrode', 'waterschap-grensstromen'], 'college-veldrode'));
    accepted(lead, {
      type: 'knelpunt.escalate',
      knelpuntId: 'gh-noord',
      timestamp: at('2026-08-10'),
      actor: 'college-veldrode',
      role: 'partij',
    });
    expect(lead.context().knelpunten.items['gh-noord']?.stays.at(-1)?.intervener).toBe('provincie-zuidmark');
  });

  it('9: refuses interventions per province that the startnotitie cannot hold, with code and path', () => {
    const refusedModel = (m: unknown, code: string, path: (string | number)[]) => {
      const result = EscalationModelSchema.safeParse(m);
      expect(result.success).toBe(false);
      const issue = result.error?.issues.find((i) => i.path.join('.') === path.join('.'));
      expect(issue, JSON.stringify(result.error?.issues)).toBeDefined();
      expect((issue as { params?: { code?: string } } | undefined)?.params?.code).toBe(code);
    };
    const noord = { provinceId: 'provincie-noordveld', partyIds: ['gemeente-veldrode'] };
    // Only at the level where the province intervenes.
    refusedModel(
      {
        ...grensheiStartnotitie.escalation,
        finalLevel: { ...grensheiStartnotitie.escalation.finalLevel, perProvince: [noord] },
      },
      'per_province_not_province_level',
      ['finalLevel', 'perProvince'],
    );
    // One party in the part of two provinces.
    const [bilateral, province] = grensheiStartnotitie.escalation.levels;
    refusedModel(
      {
        ...grensheiStartnotitie.escalation,
        levels: [
          bilateral,
          { ...province, perProvince: [noord, { provinceId: 'provincie-zuidmark', partyIds: ['gemeente-veldrode'] }] },
        ],
      },
      'party_in_two_provinces',
      ['levels', 1, 'perProvince', 1, 'partyIds', 0],
    );
    // A party that is not a province, or a party the area does not know, cannot be a part's intervener.
    const attempt = (perProvince: unknown[]) => {
      try {
        knelpuntModelFromStartnotitie(
          { ...grensheiStartnotitie.escalation, levels: [bilateral, { ...province, perProvince }] } as EscalationModel,
          { actors: grensheiActors },
        );
      } catch (error) {
        return isGebiedsgerichtError(error) ? { code: error.code, path: error.path } : undefined;
      }
      return undefined;
    };
    expect(attempt([{ provinceId: 'gemeente-veldrode', partyIds: ['waterschap-grensstromen'] }])).toEqual({
      code: 'per_province_not_a_province',
      path: ['model', 'levels', 1, 'perProvince', 0, 'provinceId'],
    });
    expect(attempt([{ provinceId: 'provincie-noordveld', partyIds: ['gemeente-nergensdorp'] }])).toEqual({
      code: 'unknown_party',
      path: ['model', 'levels', 1, 'perProvince', 0, 'partyIds', 0],
    });
  });

  it('7: a regime is overseen by a province; only the region and its gemeenten submit its vision', () => {
    const process = intoStep3();
    const start = (province: string): GebiedsprocesEvent => ({
      type: 'regime.start',
      regime: {
        id: 'gh-woonregime',
        region: 'regio-grenshei',
        province,
        municipalities: ['gemeente-grensbeek', 'gemeente-veldrode'],
        subject: { nl: 'Regionale woonvisie', en: 'Regional housing vision' },
      },
      timestamp: at('2026-07-05'),
      actor: 'gs-zuidmark',
      role: 'bevoegd_gezag',
    });
    refused(process, start('gemeente-grensbeek'), 'regime_overseer_not_province', ['regime', 'province']);
    accepted(process, start('provincie-zuidmark'));
    const vision = (actor: string): GebiedsprocesEvent => ({
      type: 'regime.submitVision',
      regimeId: 'gh-woonregime',
      visionId: 'gh-woonvisie',
      consentingMunicipalities: ['gemeente-grensbeek', 'gemeente-veldrode'],
      timestamp: at('2026-07-06'),
      actor,
      role: 'partij',
    });
    refused(process, vision('waterschap-grensstromen'), 'regime_actor_not_in_region', ['actor']);
    accepted(process, vision('college-veldrode'));
  });

  it('9: each province’s rollup counts the area; a national rollup counts it once', () => {
    const process = intoStep3();
    accepted(process, {
      type: 'opgave.assess',
      assessment: {
        opgaveId: 'gh-opgave-wonen',
        nationalOpgaveId: 'wonen',
        placement: { status: 'fits', reasoning: 'Past in beide kernen' },
      },
      timestamp: at('2026-07-04'),
      actor: 'regisseur-grenshei',
      role: 'regisseur',
    });
    const snapshot = process.snapshot();
    expect(provincialRollup([snapshot], { provinceId: 'provincie-zuidmark' }).processes).toEqual([
      'gebiedsproces-grenshei',
    ]);
    expect(provincialRollup([snapshot], { provinceId: 'provincie-noordveld' }).processes).toEqual([
      'gebiedsproces-grenshei',
    ]);
    const national = provincialRollup([snapshot, snapshot]);
    expect(national.processes).toEqual(['gebiedsproces-grenshei']);
    expect(national.opgaven[0]?.counts.fits).toBe(1);
    // Beside an area that lies in Noordveld only: Zuidmark counts Grenshei, Noordveld counts both,
    // and the two provincial lists put together count Grenshei once.
    const northOnly = createGebiedsproces({
      template: defaultStepTemplate,
      settings: {
        ...settings,
        processId: 'gebiedsproces-veldrode-noord',
        provinceId: 'provincie-noordveld',
        provinceIds: ['provincie-noordveld'],
      },
      startedAt: at('2026-03-02', 8),
      options: grensheiOptions,
    });
    accepted(northOnly, {
      type: 'opgave.assess',
      assessment: {
        opgaveId: 'vn-opgave-wonen',
        nationalOpgaveId: 'wonen',
        placement: { status: 'fits', reasoning: 'Inbreiding in Veldrode' },
      },
      timestamp: at('2026-03-03'),
      actor: 'regisseur-grenshei',
      role: 'regisseur',
    });
    const both = [snapshot, northOnly.snapshot()];
    const zuidmark = provincialRollup(both, { provinceId: 'provincie-zuidmark' });
    const noordveld = provincialRollup(both, { provinceId: 'provincie-noordveld' });
    expect(zuidmark.processes).toEqual(['gebiedsproces-grenshei']);
    expect(noordveld.processes).toEqual(['gebiedsproces-grenshei', 'gebiedsproces-veldrode-noord']);
    const together = provincialRollup([snapshot, ...both]);
    expect(together.processes).toEqual(['gebiedsproces-grenshei', 'gebiedsproces-veldrode-noord']);
    expect(together.opgaven.find((o) => o.nationalOpgaveId === 'wonen')?.counts.fits).toBe(2);
  });
});

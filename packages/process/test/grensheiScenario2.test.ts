/**
 * Scenario: Gebied Grenshei, continued. The process configures itself from Grenshei's own
 * startnotitie when step 0 closes (no configure events), records where that startnotitie overrides
 * the step template, adjusts a goal target in a herijking that both provinces see in their rollup,
 * refuses queries at a moment before the last event, gives due dates in Europe/Amsterdam across the
 * end of summer time, and reflects on an unfinished design without throwing. Each refused case
 * asserts the code, the path and that the snapshot is unchanged.
 */
import { type AuditEntry, DerivedConfigurationSchema, DerivedOverridesSchema } from '@gebiedsgericht/core';
import { grensheiActors, grensheiStartnotitie } from '@gebiedsgericht/core/fixtures';
import { describe, expect, it } from 'vitest';
import type { GebiedsprocesEvent } from '../src/index';
import {
  defaultStepTemplate,
  dueItems,
  effectiveSettings,
  goalTargets,
  knelpuntModelFromStartnotitie,
  overdueKnelpunten,
  progressSummary,
  provincialRollup,
  type RunningGebiedsproces,
  reflect,
  replayGebiedsproces,
  restoreGebiedsproces,
  toKnelpuntRecord,
  verifyAuditLog,
} from '../src/index';
import {
  accepted,
  at,
  CONSENTING,
  close,
  consent,
  grensheiOptions,
  intoStep3,
  newGrenshei,
  refused,
  START,
  settings,
  submit,
  throughStep0,
} from './grensheiSupport';

const berging = {
  id: 'gh-knelpunt-beekdal',
  title: { nl: 'Berging in het beekdal of bouwgrond in Grensbeek', en: 'Storage in the brook valley or building land' },
  parties: ['gemeente-grensbeek', 'waterschap-grensstromen'],
  raisedBy: 'waterschap-grensstromen',
};

const raise = (date: string, hour = 10): GebiedsprocesEvent => ({
  type: 'knelpunt.raise',
  knelpunt: berging,
  timestamp: at(date, hour),
  actor: 'db-grensstromen',
  role: 'partij',
});

const regisseur = { actor: 'regisseur-grenshei', role: 'regisseur' as const };

/** Grenshei through steps 3, 4 and 5 into its monitoring loop (step 5 closed on 1 June 2027). */
function intoMonitoring(): RunningGebiedsproces {
  const process = intoStep3();
  accepted(process, submit('ontwerpen-ontwikkelvarianten', '2026-10-01'));
  accepted(process, close('ontwerpen-ontwikkelvarianten', '2026-10-01', 'provincie-zuidmark', 'gs-zuidmark'));
  accepted(process, submit('afwegen-en-keuze', '2027-01-15'));
  for (const [partyId, bodyId] of CONSENTING)
    accepted(process, consent('afwegen-en-keuze', '2027-01-15', partyId, bodyId));
  accepted(process, close('afwegen-en-keuze', '2027-01-15', 'gemeente-grensbeek', 'college-grensbeek'));
  accepted(process, submit('borgen-en-uitvoeren', '2027-06-01'));
  accepted(process, close('borgen-en-uitvoeren', '2027-06-01', 'provincie-zuidmark', 'gs-zuidmark'));
  return process;
}

describe('Gebied Grenshei, continued: configured by its own startnotitie, herijking, queries, reflection', () => {
  it('11: closing step 0 accepts the startnotitie and configures escalation, ijkmomenten and evaluation from it', () => {
    const process = newGrenshei();
    accepted(process, submit('opstart', '2026-03-02'));
    // Before the startnotitie is accepted there is no escalation model to raise a knelpunt under.
    refused(process, raise('2026-03-02', 12), 'knelpunt_no_escalation_model', ['type']);
    const seq = process.revision();
    accepted(process, close('opstart', '2026-03-02', 'provincie-noordveld', 'gs-noordveld', 'gedeputeerde-noordveld'));
    const context = process.context();
    expect(context.knelpunten.model).toEqual(
      knelpuntModelFromStartnotitie(grensheiStartnotitie.escalation, { actors: grensheiActors }),
    );
    expect(context.ijkmomenten.schedule).toEqual(grensheiStartnotitie.ijkmomenten);
    expect(context.monitoring.evaluationCadence).toEqual(grensheiStartnotitie.evaluation);
    const derivedFrom = {
      documentKind: 'startnotitie',
      documentId: 'startnotitie-grenshei',
      version: grensheiStartnotitie.version,
      seq,
    };
    const entry = context.auditLog[seq + 1];
    expect(entry).toMatchObject({
      seq: seq + 1,
      type: 'derived.configuration',
      accepted: false,
      actor: 'gedeputeerde-noordveld',
      derivedFrom,
      event: {
        escalation: context.knelpunten.model,
        ijkmomenten: grensheiStartnotitie.ijkmomenten,
        evaluation: grensheiStartnotitie.evaluation,
      },
    });
    expect(DerivedConfigurationSchema.safeParse(entry?.event).success).toBe(true);
    // Without escalation.configure, the knelpunt is raised, in the step where the process stands.
    accepted(process, raise('2026-03-10'));
    const state = process.context().knelpunten.items[berging.id];
    expect(state && toKnelpuntRecord(state, settings.processId).stepId).toBe('inzicht-verkrijgen');
    // Without ijkmoment.schedule, the next Grensdagen from the startnotitie take it on their agenda.
    const agenda = (ijkmomentId: string): GebiedsprocesEvent => ({
      type: 'knelpunt.putOnAgenda',
      knelpuntId: berging.id,
      ijkmomentId,
      timestamp: at('2026-03-20'),
      actor: 'gemeente-grensbeek',
      role: 'partij',
    });
    refused(process, agenda('grensdagen:2026-12-15'), 'knelpunt_ijkmoment_not_next', ['ijkmomentId']);
    accepted(process, agenda('grensdagen:2026-06-15'));
    expect(verifyAuditLog(process.snapshot()).ok).toBe(true);
    const replayed = replayGebiedsproces({
      template: defaultStepTemplate,
      settings,
      startedAt: START,
      log: process.context().auditLog,
      options: grensheiOptions,
    });
    expect(replayed.snapshot()).toEqual(process.snapshot());
  });

  it('11: the configure events still change what the startnotitie set, from whoever the change rules name', () => {
    const process = newGrenshei();
    throughStep0(process);
    const evaluation = grensheiStartnotitie.evaluation;
    const configure = (actor: string, role: 'regisseur' | 'partij' = 'regisseur'): GebiedsprocesEvent => ({
      type: 'monitoring.configure',
      cadence: { ...evaluation, evaluatorId: 'gebiedstafel-grenshei' },
      timestamp: at('2026-03-05'),
      actor,
      role,
    });
    refused(process, configure('college-veldrode', 'partij'), 'actor_not_authorised', ['actor']);
    accepted(process, configure('regisseur-grenshei'));
    expect(process.context().monitoring.evaluationCadence?.evaluatorId).toBe('gebiedstafel-grenshei');
    expect(
      process
        .context()
        .auditLog.filter((e) => e.derivedFrom !== undefined)
        .map((e) => e.type),
    ).toEqual(['derived.configuration', 'derived.overrides']);
  });

  it('13: the overrides entry of the accepted startnotitie is what effectiveSettings reports', () => {
    const process = newGrenshei();
    const seq = process.revision() + 1;
    throughStep0(process);
    const overrides = process.context().auditLog.filter((e) => e.type === 'derived.overrides');
    expect(overrides).toHaveLength(1);
    const entry = overrides[0] as AuditEntry;
    expect(entry.derivedFrom).toMatchObject({ documentId: 'startnotitie-grenshei', seq });
    expect(DerivedOverridesSchema.safeParse(entry.event).success).toBe(true);
    // Grenshei agreed 24 weeks for step 1 where the template allows 180 days; no step is a consent
    // step only because of a decision rule.
    expect(entry.event.overrides).toEqual([
      { setting: 'timeboxDays', stepId: 'inzicht-verkrijgen', source: 'startnotitie', from: 180, to: 168 },
    ]);
    const effective = effectiveSettings(process.snapshot());
    expect(entry.event.overrides).toEqual(
      effective
        .filter((s) => s.timeboxSource === 'startnotitie' && s.timeboxDays !== s.templateTimeboxDays)
        .map((s) => ({
          setting: 'timeboxDays',
          stepId: s.stepId,
          source: 'startnotitie',
          from: s.templateTimeboxDays,
          to: s.timeboxDays,
        })),
    );
    expect(effective.filter((s) => s.consentSource === 'decision_rule')).toEqual([]);
  });

  it('10: a herijking adjusts the water goal; both provinces’ rollups show the new target beside the original', () => {
    const process = intoMonitoring();
    for (const [opgaveId, nationalOpgaveId] of [
      ['gh-opgave-water', 'nationaal-waterberging'],
      ['gh-opgave-wonen', 'wonen'],
    ] as const) {
      accepted(process, {
        type: 'opgave.assess',
        assessment: { opgaveId, nationalOpgaveId, placement: { status: 'fits', reasoning: 'Past in het beekdal' } },
        timestamp: at('2027-06-10'),
        ...regisseur,
      });
    }
    accepted(process, {
      type: 'herijking.schedule',
      herijking: {
        id: 'gh-herijking-water',
        scope: { kind: 'opgave', opgaveId: 'gh-opgave-water' },
        reason: { nl: 'Minder ruimte in het beekdal aan de Noordveldse kant', en: 'Less room on the Noordveld side' },
        origin: 'evaluation',
      },
      timestamp: at('2027-07-01'),
      ...regisseur,
    });
    accepted(process, {
      type: 'herijking.start',
      herijkingId: 'gh-herijking-water',
      timestamp: at('2027-07-02'),
      ...regisseur,
    });
    const complete = (goalId: string, target: { value: number; unit: string; year: number }): GebiedsprocesEvent => ({
      type: 'herijking.complete',
      herijkingId: 'gh-herijking-water',
      result: { nl: 'Minder berging, later', en: 'Less storage, later' },
      decisionId: 'gh-besluit-herijking-water',
      adjustedTarget: { goalId, target },
      timestamp: at('2027-09-15'),
      ...regisseur,
    });
    const lowered = { value: 32, unit: 'ha', year: 2034 };
    refused(process, complete('gh-doel-water-2032', { ...lowered, unit: 'm³' }), 'herijking_target_unit_mismatch', [
      'adjustedTarget',
      'target',
      'unit',
    ]);
    // The housing goal does not cover the water opgave the herijking is about.
    refused(process, complete('gh-doel-wonen-2035', lowered), 'herijking_target_unknown_goal', [
      'adjustedTarget',
      'goalId',
    ]);
    accepted(process, complete('gh-doel-water-2032', lowered));
    const water = goalTargets(process.snapshot()).find((g) => g.goalId === 'gh-doel-water-2032');
    expect(water).toMatchObject({
      opgaveIds: ['gh-opgave-water'],
      original: { value: 40, unit: 'ha', year: 2032 },
      current: lowered,
      adjustments: [{ herijkingId: 'gh-herijking-water', decisionId: 'gh-besluit-herijking-water', after: lowered }],
    });
    expect(goalTargets(process.snapshot()).find((g) => g.goalId === 'gh-doel-wonen-2035')?.current.value).toBe(900);
    for (const provinceId of ['provincie-zuidmark', 'provincie-noordveld']) {
      const line = provincialRollup([process.snapshot()], { provinceId }).opgaven.find(
        (o) => o.nationalOpgaveId === 'nationaal-waterberging',
      );
      expect(line?.areas.map((a) => a.processId)).toEqual(['gebiedsproces-grenshei']);
      expect(line?.areas[0]?.targets).toEqual([water]);
    }
    const restored = restoreGebiedsproces(JSON.parse(JSON.stringify(process.snapshot())), grensheiOptions);
    expect(goalTargets(restored.snapshot())).toEqual(goalTargets(process.snapshot()));
  });

  it('16: a query at a now before the last event is refused; due dates are days in Amsterdam across the end of summer time', () => {
    const process = intoStep3();
    accepted(process, raise('2026-07-11'));
    // Escalated to the province at 00:30 on 14 September in Amsterdam (13 September in UTC); six
    // weeks later is 00:30 on 26 October, after the clocks went back on 25 October: still the 25th in UTC.
    accepted(process, {
      type: 'knelpunt.escalate',
      knelpuntId: berging.id,
      timestamp: '2026-09-14T00:30:00+02:00',
      actor: 'college-grensbeek',
      role: 'partij',
    });
    const snapshot = process.snapshot();
    const before = JSON.stringify(snapshot);
    for (const query of [
      () => dueItems(snapshot, '2026-09-01T10:00:00+02:00'),
      () => progressSummary(snapshot, '2026-09-01T10:00:00+02:00'),
    ]) {
      expect(query).toThrowError(expect.objectContaining({ code: 'now_before_last_event', path: ['now'] }));
    }
    expect(JSON.stringify(snapshot)).toBe(before);
    const state = process.context().knelpunten.items[berging.id];
    expect(state?.stays.at(-1)).toMatchObject({ intervener: 'provincie-zuidmark', dueAt: '2026-10-25T23:30:00.000Z' });
    expect(state && toKnelpuntRecord(state, settings.processId).escalation.at(-1)?.dueBy).toBe('2026-10-26');
    // Not yet overdue at 00:29 on the 26th in Amsterdam.
    expect(dueItems(snapshot, '2026-10-26T00:29:00+01:00').filter((d) => d.kind === 'escalation_overdue')).toEqual([]);
    const overdue = dueItems(snapshot, '2026-10-27T09:00:00+01:00').find((d) => d.kind === 'escalation_overdue');
    expect(overdue).toMatchObject({ refId: berging.id, date: '2026-10-26' });
    expect(overdue?.message.en).toContain('1 day(s)');
    expect(overdueKnelpunten(state ? [state] : [], '2026-10-27T09:00:00+01:00')).toEqual([
      {
        knelpuntId: berging.id,
        level: 'province_intervention',
        enteredAt: '2026-09-14T00:30:00.000+02:00',
        dueAt: '2026-10-26T00:30:00.000+01:00',
        daysOverdue: 1,
      },
    ]);
  });

  it('17c: reflecting on Grenshei’s startnotitie without a participation plan or evaluation cadence gives findings', () => {
    const { participation: _p, evaluation: _e, ...design } = structuredClone(grensheiStartnotitie);
    const input = { startnotitie: design };
    const before = JSON.stringify(input);
    const report = reflect(input, { now: '2026-02-15T10:00:00+01:00' });
    const gaps = report.findings.filter((f) =>
      ['participation-influence-level-missing', 'evaluation-cadence-missing'].includes(f.ruleId),
    );
    expect(gaps.map((f) => [f.ruleId, f.section, f.path])).toEqual([
      ['evaluation-cadence-missing', '§2.2', ['startnotitie', 'evaluation']],
      ['participation-influence-level-missing', '§2.6', ['startnotitie', 'participation']],
    ]);
    expect(JSON.stringify(input)).toBe(before);
    // The complete startnotitie has neither gap.
    const full = reflect({ startnotitie: grensheiStartnotitie }, { now: '2026-02-15T10:00:00+01:00' });
    expect(full.findings.filter((f) => gaps.some((g) => g.ruleId === f.ruleId))).toEqual([]);
  });
});

/**
 * One source of configuration: accepting the startnotitie (closing step 0, whose deliverable it is)
 * configures the escalation model, the ijkmoment schedule and the evaluation cadence from it, and
 * records that, and where the settings override the step template, as audit entries derived from
 * the startnotitie. The explicit events remain to change the configuration later.
 */
import {
  type AuditEntry,
  type Consent,
  DerivedConfigurationSchema,
  DerivedOverridesSchema,
  type ProcessEvent,
  type Startnotitie,
} from '@gebiedsgericht/core';
import {
  lindewaardActors,
  lindewaardConsents,
  lindewaardDecisions,
  lindewaardStartnotitie,
} from '@gebiedsgericht/core/fixtures';
import { describe, expect, it } from 'vitest';
import type { GebiedsprocesEvent } from '../src/index';
import {
  createGebiedsproces,
  defaultStepTemplate,
  effectiveSettings,
  knelpuntModelFromStartnotitie,
  listIjkmomenten,
  type RunningGebiedsproces,
  replayGebiedsproces,
  restoreGebiedsproces,
  settingsFromStartnotitie,
  verifyAuditLog,
} from '../src/index';
import { beekdalWater, lindewaardModel } from './knelpuntSupport';

const settings = settingsFromStartnotitie(lindewaardStartnotitie, lindewaardActors, {
  processId: 'gebiedsproces-lindewaard',
});
const startedAt = '2026-01-12T09:00:00+01:00';
const at = (date: string, hour = 10) => `${date}T${String(hour).padStart(2, '0')}:00:00+01:00`;

const closing = lindewaardDecisions.find((d) => d.stepId === 'opstart' && d.subject === 'step_closure');
if (!closing) throw new Error('the fixtures hold the decision that adopts the startnotitie');
const closeDate = closing.date;

/** The consent of a medeoverheid for step 0: the fixture's where it exists, else one adopted on the closing date. */
function consentFor(partyId: string): Consent {
  const bodies = lindewaardActors.parties.find((p) => p.id === partyId)?.bodies ?? [];
  const body = bodies.find((b) => ['gemeenteraad', 'provinciale_staten', 'algemeen_bestuur'].includes(b.kind));
  return (
    lindewaardConsents.find((c) => c.stepId === 'opstart' && c.partyId === partyId) ?? {
      id: `instemming-${partyId}-opstart`,
      partyId,
      bodyId: (body ?? bodies[0])?.id ?? partyId,
      stepId: 'opstart',
      outcome: 'adopted',
      date: closeDate,
      targetChanges: [],
    }
  );
}

const submit = (document: Record<string, unknown>): ProcessEvent => ({
  type: 'deliverable.submit',
  timestamp: at(closeDate, 9),
  actor: 'procesregisseur-zuidmark',
  role: 'regisseur',
  stepId: 'opstart',
  document,
});

const close: ProcessEvent = {
  type: 'step.close',
  timestamp: at(closeDate, 11),
  actor: closing.decidedBy.partyId,
  role: closing.decidedBy.role,
  stepId: 'opstart',
  decision: closing,
};

const raise = (date: string): GebiedsprocesEvent => ({
  type: 'knelpunt.raise',
  knelpunt: beekdalWater,
  timestamp: at(date),
  actor: 'waterschap-aa-en-lindt',
  role: 'partij',
});

function accept(process: RunningGebiedsproces, event: unknown) {
  const result = process.send(event, { untyped: true });
  expect(result.accepted, JSON.stringify(result.accepted ? '' : result.reason)).toBe(true);
  return result;
}

/** Hands in the startnotitie and every consent step 0 needs (`round` keeps the consent ids unique). */
function handIn(process: RunningGebiedsproces, document: Record<string, unknown>, date = closeDate, round = 1): void {
  accept(process, { ...submit(document), timestamp: at(date, 9) });
  for (const m of settings.medeoverheden) {
    const consent = consentFor(m.partyId);
    accept(process, {
      type: 'consent.record',
      timestamp: at(date, 10),
      actor: m.partyId,
      role: 'partij',
      stepId: 'opstart',
      consent: round === 1 ? consent : { ...consent, id: `${consent.id}-ronde-${round}`, date },
    });
  }
}

/** A Lindewaard process in step 0 with the startnotitie handed in and every consent step 0 needs. */
function readyToAccept(
  document: Record<string, unknown> = lindewaardStartnotitie,
  processSettings = settings,
): RunningGebiedsproces {
  const process = createGebiedsproces({ template: defaultStepTemplate, settings: processSettings, startedAt });
  handIn(process, document);
  return process;
}

const derivedOf = (log: readonly AuditEntry[]) => log.filter((e) => e.derivedFrom !== undefined);

describe('accepting the startnotitie configures the process', () => {
  it('raises a knelpunt without escalation.configure; ijkmomenten and monitoring come from the startnotitie', () => {
    const process = readyToAccept();
    // Before the startnotitie is accepted, there is no escalation model yet.
    const before = process.snapshot();
    const early = process.send(raise(closeDate));
    expect(early.accepted ? null : early.reason.code).toBe('knelpunt_no_escalation_model');
    expect(process.snapshot()).toEqual(before);

    const seq = process.revision();
    const closed = accept(process, close);
    expect(closed.entry).toMatchObject({ seq, type: 'step.close', accepted: true });
    const context = process.context();
    expect(context.knelpunten.model).toEqual(
      knelpuntModelFromStartnotitie(lindewaardStartnotitie.escalation, { actors: lindewaardActors }),
    );
    expect(context.ijkmomenten.schedule).toEqual(lindewaardStartnotitie.ijkmomenten);
    expect(context.monitoring.evaluationCadence).toEqual(lindewaardStartnotitie.evaluation);
    expect(listIjkmomenten(context.ijkmomenten.schedule!, '2026-03-10', '2027-12-31')).toEqual(
      listIjkmomenten(lindewaardStartnotitie.ijkmomenten, '2026-03-10', '2027-12-31'),
    );
    expect(listIjkmomenten(context.ijkmomenten.schedule!, '2026-03-10', '2027-12-31').length).toBeGreaterThan(0);

    // The configuration is one entry of its own kind, right after the closing, by its actor.
    const derivedFrom = {
      documentKind: 'startnotitie',
      documentId: lindewaardStartnotitie.id,
      version: lindewaardStartnotitie.version,
      seq,
    };
    const log = context.auditLog;
    expect(log[seq + 1]).toMatchObject({
      seq: seq + 1,
      type: 'derived.configuration',
      accepted: false,
      actor: close.actor,
      role: close.role,
      timestamp: close.timestamp,
      derivedFrom,
      event: {
        type: 'derived.configuration',
        escalation: context.knelpunten.model,
        ijkmomenten: lindewaardStartnotitie.ijkmomenten,
        evaluation: lindewaardStartnotitie.evaluation,
      },
    });
    expect(log[seq + 1]?.reason).toBeUndefined();
    expect(DerivedConfigurationSchema.safeParse(log[seq + 1]?.event).success).toBe(true);

    const raised = process.send(raise('2026-04-01'));
    expect(raised.accepted).toBe(true);
    expect(verifyAuditLog(process.snapshot()).ok).toBe(true);
    // A derived entry is in the chain: changing what it says shows.
    const tampered = JSON.parse(JSON.stringify(process.snapshot()));
    tampered.context.auditLog[seq + 1].event.evaluation.evaluatorId = 'iemand-anders';
    expect(verifyAuditLog(tampered)).toMatchObject({ ok: false, index: seq + 1, problem: 'edited' });

    const replayed = replayGebiedsproces({
      template: defaultStepTemplate,
      settings,
      startedAt,
      log: process.context().auditLog,
    });
    expect(replayed.snapshot()).toEqual(process.snapshot());
    const restored = restoreGebiedsproces(JSON.parse(JSON.stringify(process.snapshot())));
    expect(restored.snapshot()).toEqual(process.snapshot());
  });

  it('records each override of the step template once, in order, as effectiveSettings shows them', () => {
    const process = readyToAccept();
    const seq = process.revision();
    accept(process, close);
    const overrides = process.context().auditLog.filter((e) => e.type === 'derived.overrides');
    expect(overrides).toHaveLength(1);
    const entry = overrides[0] as AuditEntry;
    expect(entry.seq).toBe(seq + 2);
    expect(entry.derivedFrom).toEqual({
      documentKind: 'startnotitie',
      documentId: lindewaardStartnotitie.id,
      version: lindewaardStartnotitie.version,
      seq,
    });
    // The decision rule that adopts the startnotitie asks every medeoverheid's consent for step 0,
    // which the startnotitie's own consent steps do not list; step 1's agreed timebox replaces the
    // template's. Both are what effectiveSettings reports as coming from the startnotitie.
    expect(lindewaardStartnotitie.decisionMaking.consentStepIds).not.toContain('opstart');
    const effective = effectiveSettings(process.snapshot());
    const fromRules = effective.filter((s) => s.consentSource === 'decision_rule' && s.stepId === 'opstart');
    const timeboxes = effective.filter(
      (s) => s.timeboxSource === 'startnotitie' && s.timeboxDays !== s.templateTimeboxDays,
    );
    expect(timeboxes.length).toBeGreaterThan(0);
    expect(entry.event.overrides).toEqual([
      ...fromRules.map((s) => ({
        setting: 'consent',
        stepId: s.stepId,
        source: 'decision_rule',
        ruleIds: s.consentRuleIds,
        from: 'not_asked',
        to: 'required',
      })),
      ...timeboxes.map((s) => ({
        setting: 'timeboxDays',
        stepId: s.stepId,
        source: 'startnotitie',
        from: s.templateTimeboxDays,
        to: s.timeboxDays,
      })),
    ]);
    expect(fromRules.map((s) => s.consentRuleIds)).toEqual([['besluit-startnotitie']]);
    expect(DerivedOverridesSchema.safeParse(entry.event).success).toBe(true);
    // Later events add no second overrides entry.
    accept(process, raise('2026-04-01'));
    expect(process.context().auditLog.filter((e) => e.type === 'derived.overrides')).toHaveLength(1);
  });

  it('keeps the explicit events for later changes: one replaces, an identical one is accepted and recorded', () => {
    const process = readyToAccept();
    accept(process, close);
    const configure = (date: string, actor = 'provincie-zuidmark'): GebiedsprocesEvent => ({
      type: 'escalation.configure',
      model: lindewaardModel,
      timestamp: at(date),
      actor,
      role: 'regisseur',
    });
    // Only whoever the change rules name may change it.
    const before = process.snapshot();
    const refused = process.send(configure('2026-03-20', 'dorpsraad-hoeverveen'));
    expect(refused.accepted ? null : refused.reason.code).toBe('actor_not_authorised');
    expect(process.snapshot()).toEqual(before);

    expect(lindewaardModel).not.toEqual(process.context().knelpunten.model);
    accept(process, configure('2026-03-20'));
    expect(process.context().knelpunten.model).toEqual(lindewaardModel);
    const length = process.revision();
    const again = accept(process, configure('2026-03-21'));
    expect(again.accepted && again.duplicate).toBeUndefined();
    expect(process.revision()).toBe(length + 1);
    expect(process.context().knelpunten.model).toEqual(lindewaardModel);
    // The derived configuration stays in the log as what the startnotitie set.
    expect(derivedOf(process.context().auditLog).map((e) => e.type)).toEqual([
      'derived.configuration',
      'derived.overrides',
    ]);
  });

  it('configures again from a new version accepted after step 0 reopened, and records the overrides only once', () => {
    expect(settings.consentStepIds).toContain('opstart');
    const reopenable = {
      ...settings,
      changeRules: { ...settings.changeRules, reopenableStepIds: ['opstart', 'visie-en-afwegingskader'] },
    };
    const process = readyToAccept(lindewaardStartnotitie, reopenable);
    accept(process, close);
    accept(process, {
      type: 'change.major',
      timestamp: at('2026-04-02'),
      actor: 'provincie-zuidmark',
      role: closing.decidedBy.role,
      motivation: 'De evaluatie komt vaker op de agenda',
      change: { id: 'wijziging-evaluatie', description: 'Evaluatie elk half jaar' },
      reopenStepId: 'opstart',
      approvedBy: settings.changeRules.majorChangeApprovers,
      decision: { ...closing, id: 'besluit-heropening-startnotitie', date: '2026-04-02' },
    });
    const second: Startnotitie = {
      ...lindewaardStartnotitie,
      version: lindewaardStartnotitie.version + 1,
      evaluation: { ...lindewaardStartnotitie.evaluation, evaluatorId: 'gebiedstafel-lindewaard' },
    };
    handIn(process, second, '2026-04-20', 2);
    const seq = process.revision();
    accept(process, {
      ...close,
      timestamp: at('2026-04-20', 11),
      decision: { ...closing, id: 'besluit-startnotitie-versie-2', date: '2026-04-20' },
    });
    expect(process.context().monitoring.evaluationCadence).toEqual(second.evaluation);
    const derived = derivedOf(process.context().auditLog);
    expect(derived.map((e) => [e.type, e.derivedFrom?.version])).toEqual([
      ['derived.configuration', lindewaardStartnotitie.version],
      ['derived.overrides', lindewaardStartnotitie.version],
      ['derived.configuration', second.version],
    ]);
    expect(derived.at(-1)?.derivedFrom?.seq).toBe(seq);
    expect(verifyAuditLog(process.snapshot()).ok).toBe(true);
    const replayed = replayGebiedsproces({
      template: defaultStepTemplate,
      settings: reopenable,
      startedAt,
      log: process.context().auditLog,
    });
    expect(replayed.snapshot()).toEqual(process.snapshot());
  });

  it('refuses to accept a startnotitie whose escalation model names no level where the province or the rijk steps in', () => {
    const escalation = lindewaardStartnotitie.escalation;
    const talksOnly: Startnotitie = {
      ...lindewaardStartnotitie,
      escalation: {
        ...escalation,
        levels: escalation.levels.filter((l) => l.route === 'bilateral' || l.route === 'facilitator'),
        finalLevel: { ...escalation.finalLevel, route: 'facilitator' },
      },
    };
    const process = readyToAccept(talksOnly);
    const before = process.snapshot();
    const result = process.send(close);
    expect(result.accepted).toBe(false);
    if (result.accepted) return;
    expect(result.reason.code).toBe('startnotitie_not_configurable');
    expect(result.reason.path).toEqual([]);
    expect(result.reason.message.en).toContain('escalation.finalLevel.route');
    expect(process.snapshot()).toEqual(before);
  });

  it('refuses a startnotitie that lets a province outside the area intervene for a part of it', () => {
    const escalation = lindewaardStartnotitie.escalation;
    const withOutsider: Startnotitie = {
      ...lindewaardStartnotitie,
      escalation: {
        ...escalation,
        levels: escalation.levels.map((l) =>
          l.route === 'province_intervenes'
            ? { ...l, perProvince: [{ provinceId: 'provincie-noordveld', partyIds: ['gemeente-beekdal'] }] }
            : l,
        ),
      },
    };
    const process = readyToAccept(withOutsider);
    const before = process.snapshot();
    const result = process.send(close);
    expect(result.accepted).toBe(false);
    if (result.accepted) return;
    expect(result.reason.code).toBe('startnotitie_not_configurable');
    expect(result.reason.message.en).toContain('provincie-noordveld is not one of the provinces');
    expect(process.snapshot()).toEqual(before);
  });
});

/**
 * Scenario test on the shared fixtures (SCENARIO.md, @gebiedsgericht/core/fixtures): the
 * Lindewaard area process runs steps 0–5 with the real startnotitie, the real step deliverables
 * validated by core's registered schemas, the recorded decisions and the consents of the
 * medeoverheden, and then stays in monitoring.
 */
import type { Consent, Decision, ProcessEvent } from '@gebiedsgericht/core';
import {
  lindewaardActors,
  lindewaardAssessmentAndChoice,
  lindewaardConsents,
  lindewaardDataInventory,
  lindewaardDecisions,
  lindewaardDevelopmentVariants,
  lindewaardEmbedding,
  lindewaardStartnotitie,
  lindewaardVisionAndFramework,
} from '@gebiedsgericht/core/fixtures';
import { describe, expect, it } from 'vitest';
import {
  createGebiedsproces,
  currentPosition,
  decisionsAndConsents,
  defaultStepTemplate,
  deliverableStatus,
  dueItems,
  progressSummary,
  settingsFromStartnotitie,
} from '../src/index';

const settings = settingsFromStartnotitie(lindewaardStartnotitie, lindewaardActors, {
  processId: 'gebiedsproces-lindewaard',
});

const DELIVERABLES: Record<string, Record<string, unknown>> = {
  opstart: lindewaardStartnotitie,
  'inzicht-verkrijgen': lindewaardDataInventory,
  'visie-en-afwegingskader': lindewaardVisionAndFramework,
  'ontwerpen-ontwikkelvarianten': lindewaardDevelopmentVariants,
  'afwegen-en-keuze': lindewaardAssessmentAndChoice,
  'borgen-en-uitvoeren': lindewaardEmbedding,
};

const closing = (stepId: string): Decision => {
  const decision = lindewaardDecisions.find(
    (d) => d.stepId === stepId && (d.subject === 'step_closure' || d.subject === 'administrative_choice'),
  );
  if (!decision) throw new Error(`no decision for ${stepId}`);
  return decision;
};

/** The body in which a party consents: its elected body (raad, Staten, algemeen bestuur), else its first. */
function bodyOf(partyId: string): string {
  const bodies = lindewaardActors.parties.find((p) => p.id === partyId)?.bodies ?? [];
  const body =
    bodies.find((b) => ['gemeenteraad', 'provinciale_staten', 'algemeen_bestuur'].includes(b.kind)) ?? bodies[0];
  if (!body) throw new Error(`no body for ${partyId}`);
  return body.id;
}

/** The consent of a medeoverheid for a step: the fixture's where it exists, else one adopted on `date`. */
function consentFor(stepId: string, partyId: string, date: string): Consent {
  return (
    lindewaardConsents.find((c) => c.stepId === stepId && c.partyId === partyId) ?? {
      id: `instemming-${partyId}-${stepId}`,
      partyId,
      bodyId: bodyOf(partyId),
      stepId,
      outcome: 'adopted',
      date,
      targetChanges: [],
    }
  );
}

const at = (date: string, hour = 10) => `${date}T${String(hour).padStart(2, '0')}:00:00+01:00`;

function lindewaardEvents(): ProcessEvent[] {
  const events: ProcessEvent[] = [];
  for (const step of defaultStepTemplate.steps) {
    const decision = closing(step.id);
    const document = DELIVERABLES[step.id]!;
    events.push({
      type: 'deliverable.submit',
      timestamp: at(decision.date, 9),
      actor: 'procesregisseur-zuidmark',
      role: 'regisseur',
      stepId: step.id,
      document,
    });
    if (settings.consentStepIds.includes(step.id)) {
      for (const m of settings.medeoverheden) {
        events.push({
          type: 'consent.record',
          timestamp: at(decision.date, 10),
          actor: m.partyId,
          role: 'partij',
          stepId: step.id,
          consent: consentFor(step.id, m.partyId, decision.date),
        });
      }
    }
    events.push({
      type: 'step.close',
      timestamp: at(decision.date, 11),
      actor: decision.decidedBy.partyId,
      role: decision.decidedBy.role,
      stepId: step.id,
      decision,
    });
  }
  return events;
}

describe('Lindewaard area process on the shared fixtures', () => {
  it('derives the settings from the startnotitie and actors', () => {
    expect(settings.consentStepIds).toEqual(expect.arrayContaining(['visie-en-afwegingskader', 'afwegen-en-keuze']));
    expect(settings.medeoverheden.map((m) => m.partyId)).toEqual(
      expect.arrayContaining(['provincie-zuidmark', 'gemeente-beekdal', 'waterschap-aa-en-lindt']),
    );
    expect(settings.changeRules.reopenableStepIds).toEqual(['visie-en-afwegingskader', 'ontwerpen-ontwikkelvarianten']);
  });

  it('runs steps 0–5 with core-validated deliverables, the recorded decisions and consents, into monitoring', () => {
    const process = createGebiedsproces({ template: defaultStepTemplate, settings, startedAt: at('2026-01-12', 9) });
    for (const event of lindewaardEvents()) {
      const result = process.send(event);
      expect(result.accepted, JSON.stringify(result.accepted ? '' : result.reason)).toBe(true);
    }
    const snapshot = process.snapshot();
    expect(currentPosition(snapshot)).toMatchObject({ phase: 'monitoring', status: 'running' });
    expect(deliverableStatus(snapshot).missing).toEqual([]);
    const beekdal = decisionsAndConsents(snapshot).consents.find((c) => c.stepId === 'afwegen-en-keuze');
    expect(beekdal?.given.find((c) => c.partyId === 'gemeente-beekdal')?.outcome).toBe('amended');
    expect(progressSummary(snapshot, '2028-01-01T09:00:00+01:00')).toMatchObject({ stepsClosed: 6, share: 1 });
    // Step 0 took from 12 January to 10 March 2026: more than the 42 days that would look rushed.
    expect(
      dueItems(snapshot, '2028-01-01T09:00:00+01:00').filter((d) => d.kind === 'closed_suspiciously_fast'),
    ).toEqual([]);
  });

  it('refuses a deliverable that does not validate against core’s schema, with the path', () => {
    const process = createGebiedsproces({ template: defaultStepTemplate, settings, startedAt: at('2026-01-12', 9) });
    const result = process.send({
      type: 'deliverable.submit',
      timestamp: at('2026-02-24'),
      actor: 'procesregisseur-zuidmark',
      role: 'regisseur',
      stepId: 'opstart',
      document: { ...lindewaardStartnotitie, version: 0 },
    });
    expect(result).toMatchObject({
      accepted: false,
      reason: { code: 'invalid_document', path: ['document', 'version'] },
    });
  });

  it('step 1 has the startnotitie’s timebox of 13 weeks (P13W = 91 days), and dueItems flags it when exceeded', () => {
    expect(settings.stepTimeboxDays?.['inzicht-verkrijgen']).toBe(91);
    const process = createGebiedsproces({ template: defaultStepTemplate, settings, startedAt: at('2026-01-12', 9) });
    const events = lindewaardEvents();
    const step0Closed = events.findIndex((e) => e.type === 'step.close' && e.stepId === 'opstart');
    for (const event of events.slice(0, step0Closed + 1)) expect(process.send(event).accepted).toBe(true);
    // Step 1 opened on 10 March 2026: on 9 June it is 91 days open, on 10 June 92.
    const kinds = (now: string) => dueItems(process.snapshot(), now).map((d) => d.kind);
    expect(kinds('2026-06-09T12:00:00+02:00')).not.toContain('timebox_exceeded');
    expect(kinds('2026-06-10T12:00:00+02:00')).toContain('timebox_exceeded');
  });

  it('new water data in step 3 reopen the vision with the approvals the startnotitie names; later work is kept for review', () => {
    const process = createGebiedsproces({ template: defaultStepTemplate, settings, startedAt: at('2026-01-12', 9) });
    const events = lindewaardEvents();
    const upToStep3 = events.findIndex(
      (e) => e.type === 'deliverable.submit' && e.stepId === 'ontwerpen-ontwikkelvarianten',
    );
    for (const event of events.slice(0, upToStep3 + 1)) expect(process.send(event).accepted).toBe(true);
    const reopen = (approvedBy: string[]): ProcessEvent => ({
      type: 'change.major',
      timestamp: at('2027-04-02'),
      actor: 'procesregisseur-zuidmark',
      role: 'regisseur',
      motivation: 'Nieuwe piekafvoeren van de Lindt vragen meer waterberging dan de visie aanneemt.',
      change: {
        id: 'wijziging-piekafvoer-lindt',
        description: 'Waterbergingsopgave herzien',
        stepIds: ['visie-en-afwegingskader'],
      },
      reopenStepId: 'visie-en-afwegingskader',
      approvedBy,
      decision: {
        ...closing('visie-en-afwegingskader'),
        id: 'besluit-heropening-visie',
        subject: 'change',
        date: '2027-04-02',
      },
    });
    const partial = process.send(reopen(['provincie-zuidmark', 'waterschap-aa-en-lindt']));
    expect(partial).toMatchObject({ accepted: false, reason: { code: 'missing_approval' } });
    const approvers = lindewaardStartnotitie.changeRules.major.approverPartyIds;
    expect(process.send(reopen([...approvers])).accepted).toBe(true);
    const status = deliverableStatus(process.snapshot());
    expect(status.needsReview).toEqual(['visie-en-afwegingskader', 'ontwerpen-ontwikkelvarianten']);
    expect(status.steps.find((l) => l.stepId === 'ontwerpen-ontwikkelvarianten')).toMatchObject({
      present: true,
      stepStatus: 'interrupted',
    });
    expect(currentPosition(process.snapshot())).toMatchObject({ stepId: 'visie-en-afwegingskader', round: 2 });
    // Step 1 is not reopenable under this startnotitie.
    const notAllowed = process.send(
      {
        ...reopen([...approvers]),
        reopenStepId: 'inzicht-verkrijgen',
        timestamp: at('2027-04-03'),
      },
      { untyped: true },
    );
    expect(notAllowed).toMatchObject({ accepted: false, reason: { code: 'reopen_not_allowed' } });
  });
});

/**
 * The Lindewaard area process on core's fixtures, for the ZGW tests: steps 0–5 with the recorded
 * deliverables, decisions and consents, the escalation model from the startnotitie, and two
 * knelpunten (one escalated and still open, one withdrawn). Also the ZGW configuration an
 * organisation would supply (fictional RSINs that pass the elfproef; placeholder Selectielijst URLs).
 */
import {
  type Consent,
  type Decision,
  type GebiedsprocesSettings,
  type GebiedsprocesSnapshot,
  isElectedBody,
} from '@gebiedsgericht/core';
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
import {
  createGebiedsproces,
  defaultStepTemplate,
  type RunningGebiedsproces,
  settingsFromStartnotitie,
} from '@gebiedsgericht/process';
import type { ZgwConfigInput } from '../../src/index';

/**
 * The process settings derived from Lindewaard's startnotitie and actors (medeoverheden, consent
 * steps, change rules, and who may do what), as every host derives them.
 */
export const settings: GebiedsprocesSettings = settingsFromStartnotitie(lindewaardStartnotitie, lindewaardActors, {
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

const at = (date: string, time = '10:00') => `${date}T${time}:00+01:00`;

function closing(stepId: string): Decision {
  const decision = lindewaardDecisions.find(
    (d) => d.stepId === stepId && (d.subject === 'step_closure' || d.subject === 'administrative_choice'),
  );
  if (!decision) throw new Error(`no decision for ${stepId}`);
  return decision;
}

/** The body in which a party consents: its elected body (raad, Staten, algemeen bestuur), else its first. */
function consentingBodyOf(partyId: string): string {
  const bodies = lindewaardActors.parties.find((p) => p.id === partyId)?.bodies ?? [];
  const body = bodies.find((b) => isElectedBody(b.kind)) ?? bodies[0];
  if (!body) throw new Error(`no body for ${partyId} in the fixtures`);
  return body.id;
}

function consentFor(stepId: string, partyId: string, date: string): Consent {
  return (
    lindewaardConsents.find((c) => c.stepId === stepId && c.partyId === partyId) ?? {
      id: `instemming-${partyId}-${stepId}`,
      partyId,
      bodyId: consentingBodyOf(partyId),
      stepId,
      outcome: 'adopted',
      date,
      targetChanges: [],
    }
  );
}

type Event = Record<string, unknown> & { type: string; timestamp: string };

function stepEvents(stepIds: readonly string[]): Event[] {
  const events: Event[] = [];
  for (const step of defaultStepTemplate.steps.filter((s) => stepIds.includes(s.id))) {
    const decision = closing(step.id);
    events.push({
      type: 'deliverable.submit',
      timestamp: at(decision.date, '09:00'),
      actor: 'procesregisseur-zuidmark',
      role: 'regisseur',
      stepId: step.id,
      document: DELIVERABLES[step.id] ?? {},
    });
    if (settings.consentStepIds.includes(step.id))
      for (const m of settings.medeoverheden)
        events.push({
          type: 'consent.record',
          timestamp: at(decision.date, '10:00'),
          actor: m.partyId,
          role: 'partij',
          stepId: step.id,
          consent: consentFor(step.id, m.partyId, decision.date),
        });
    events.push({
      type: 'step.close',
      timestamp: at(decision.date, '11:00'),
      actor: decision.decidedBy.partyId,
      role: decision.decidedBy.role,
      stepId: step.id,
      decision,
    });
  }
  return events;
}

const regisseur = { actor: 'provincie-zuidmark', role: 'regisseur' };

function knelpuntEvents(): Event[] {
  return [
    {
      type: 'escalation.configure',
      // The escalation model of Lindewaard's startnotitie: the parties first, then the ijkmoment
      // agenda or mediation, then the province, then the rijk.
      model: {
        between_parties: { timeLimit: 'P4W' },
        ijkmoment_agenda: {},
        mediation: { timeLimit: 'P8W', styles: ['facilitative', 'evaluative', 'transformative'] },
        interventions: [
          { level: 'province_intervention', intervener: 'provincie-zuidmark', timeLimit: 'P6W' },
          {
            level: 'rijk_decision',
            intervener: 'ministerie-vro',
            substituteIfParty: 'ministerie-lvvn',
            timeLimit: 'P3M',
          },
        ],
      },
      timestamp: at('2026-03-12'),
      ...regisseur,
    },
    {
      type: 'knelpunt.raise',
      knelpunt: {
        id: 'knelpunt-beekdal-water',
        title: { nl: 'Wonen of water in het beekdal', en: 'Housing or water in the brook valley' },
        parties: ['waterschap-aa-en-lindt', 'gemeente-beekdal'],
        raisedBy: 'waterschap-aa-en-lindt',
        stepId: 'ontwerpen-ontwikkelvarianten',
      },
      timestamp: at('2026-12-03'),
      actor: 'waterschap-aa-en-lindt',
      role: 'partij',
    },
    {
      type: 'knelpunt.escalate',
      knelpuntId: 'knelpunt-beekdal-water',
      motivation: 'Geen akkoord tussen waterschap en gemeente',
      timestamp: at('2026-12-20'),
      actor: 'gemeente-beekdal',
      role: 'partij',
    },
    {
      type: 'knelpunt.raise',
      knelpunt: {
        id: 'knelpunt-wind-hoeverveen',
        title: { nl: 'Windturbines bij Hoeverveen', en: 'Wind turbines near Hoeverveen' },
        parties: ['gemeente-hoeverveen', 'dorpsraad-hoeverveen'],
        raisedBy: 'dorpsraad-hoeverveen',
        stepId: 'afwegen-en-keuze',
      },
      timestamp: at('2027-05-03', '19:30'),
      actor: 'dorpsraad-hoeverveen',
      role: 'partij',
    },
    {
      type: 'knelpunt.withdraw',
      knelpuntId: 'knelpunt-wind-hoeverveen',
      motivation: 'Afspraken over afstand tot de kern',
      timestamp: at('2027-05-20'),
      actor: 'dorpsraad-hoeverveen',
      role: 'partij',
    },
  ];
}

/** Runs the Lindewaard process up to and including the given steps (all six by default). */
export function lindewaardProcess(
  stepIds: readonly string[] = defaultStepTemplate.steps.map((s) => s.id),
): RunningGebiedsproces {
  const process = createGebiedsproces({
    template: defaultStepTemplate,
    settings,
    startedAt: at('2026-01-12', '09:00'),
  });
  const last = stepEvents(stepIds).at(-1)?.timestamp ?? at('2026-01-12', '09:00');
  const events = [
    ...stepEvents(stepIds),
    ...knelpuntEvents().filter((e) => Date.parse(e.timestamp) <= Date.parse(last)),
  ]
    .map((event, i) => ({ event, i }))
    .sort((a, b) => Date.parse(a.event.timestamp) - Date.parse(b.event.timestamp) || a.i - b.i)
    .map((e) => e.event);
  for (const event of events) {
    const result = process.send(event, { untyped: true });
    if (!result.accepted) throw new Error(`${event.type} refused: ${JSON.stringify(result.reason)}`);
  }
  return process;
}

/** The finished Lindewaard process as a plain JSON snapshot. */
export function lindewaardSnapshot(): GebiedsprocesSnapshot {
  return JSON.parse(JSON.stringify(lindewaardProcess().snapshot())) as GebiedsprocesSnapshot;
}

const selectielijst = (kind: 'resultaten' | 'resultaattypeomschrijvingen', n: number) =>
  `https://selectielijst.example.org/api/v1/${kind}/00000000-0000-4000-8000-00000000000${n}`;

const resultaat = (n: number) => ({
  selectielijstklasse: selectielijst('resultaten', n),
  resultaattypeomschrijving: selectielijst('resultaattypeomschrijvingen', n),
});

/** What Provincie Zuidmark's case system would configure (fictional values). */
export const config: ZgwConfigInput = {
  rsin: '123456782',
  domein: 'GGW',
  catalogusNaam: 'Gebiedsgericht werken Zuidmark',
  contactpersoonBeheerNaam: 'Team zaaktypen Zuidmark',
  bronorganisatie: '123456782',
  verantwoordelijkeOrganisatie: '123456782',
  verantwoordelijke: 'Programmabureau gebiedsgericht werken',
  vertrouwelijkheidaanduiding: 'openbaar',
  doorlooptijd: 'P4Y',
  knelpuntDoorlooptijd: 'P6M',
  beginGeldigheid: '2026-01-01',
  resultaattypen: { afgerond: resultaat(1), gestopt: resultaat(2) },
  knelpuntResultaattypen: { opgelost: resultaat(3), beslist: resultaat(4), ingetrokken: resultaat(5) },
  parties: {
    'provincie-zuidmark': { rsin: '123456782' },
    'gemeente-lindewaard': { rsin: '002220647' },
    'gemeente-beekdal': { rsin: '111222333' },
    'gemeente-hoeverveen': { rsin: '100000009' },
    'waterschap-aa-en-lindt': { rsin: '200000007' },
    'ministerie-vro': { rsin: '300000005' },
  },
};

/**
 * Lindewaard in the ZGW APIs (fictional scenario): runs the area process through steps 0–5 on the
 * shared fixtures, then prints as JSON the ZGW catalogue planned from the step template and the
 * zaak with its statuses, rollen, besluiten and resultaat. Nothing is sent anywhere: `syncToZgw`
 * would push the same objects to an Open Zaak (see docs/zgw.md).
 */
import { type Consent, type Decision, isElectedBody } from '@gebiedsgericht/core';
import {
  lindewaardActors,
  lindewaardArea,
  lindewaardAssessmentAndChoice,
  lindewaardConsents,
  lindewaardDataInventory,
  lindewaardDecisions,
  lindewaardDevelopmentVariants,
  lindewaardEmbedding,
  lindewaardStartnotitie,
  lindewaardVisionAndFramework,
} from '@gebiedsgericht/core/fixtures';
import { createGebiedsproces, defaultStepTemplate, settingsFromStartnotitie } from '@gebiedsgericht/process';
import { emitZaakHistory, planCatalogue, type ZgwConfigInput } from '@gebiedsgericht/zgw';

const at = (date: string, time: string) => `${date}T${time}:00+01:00`;

const deliverables: Record<string, Record<string, unknown>> = {
  opstart: lindewaardStartnotitie,
  'inzicht-verkrijgen': lindewaardDataInventory,
  'visie-en-afwegingskader': lindewaardVisionAndFramework,
  'ontwerpen-ontwikkelvarianten': lindewaardDevelopmentVariants,
  'afwegen-en-keuze': lindewaardAssessmentAndChoice,
  'borgen-en-uitvoeren': lindewaardEmbedding,
};

function closingDecision(stepId: string): Decision {
  const decision = lindewaardDecisions.find(
    (d) => d.stepId === stepId && (d.subject === 'step_closure' || d.subject === 'administrative_choice'),
  );
  if (!decision) throw new Error(`Geen besluit voor ${stepId} in de fixtures`);
  return decision;
}

/** The body in which a party consents: its elected body (raad, Staten, algemeen bestuur), else its first. */
function consentingBodyOf(partyId: string): string {
  const bodies = lindewaardActors.parties.find((p) => p.id === partyId)?.bodies ?? [];
  const body = bodies.find((b) => isElectedBody(b.kind)) ?? bodies[0];
  if (!body) throw new Error(`Geen orgaan voor ${partyId} in de fixtures`);
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

// The process settings from Lindewaard's startnotitie and actors: medeoverheden, consent steps,
// change rules and who may do what.
const settings = settingsFromStartnotitie(lindewaardStartnotitie, lindewaardActors, {
  processId: 'gebiedsproces-lindewaard',
});
const gebiedsproces = createGebiedsproces({
  template: defaultStepTemplate,
  settings,
  startedAt: at('2026-01-12', '09:00'),
});
for (const step of defaultStepTemplate.steps) {
  const decision = closingDecision(step.id);
  const events: Record<string, unknown>[] = [
    {
      type: 'deliverable.submit',
      timestamp: at(decision.date, '09:00'),
      actor: 'procesregisseur-zuidmark',
      role: 'regisseur',
      stepId: step.id,
      document: deliverables[step.id] ?? {},
    },
    ...(settings.consentStepIds.includes(step.id)
      ? settings.medeoverheden.map((m) => ({
          type: 'consent.record',
          timestamp: at(decision.date, '10:00'),
          actor: m.partyId,
          role: 'partij',
          stepId: step.id,
          consent: consentFor(step.id, m.partyId, decision.date),
        }))
      : []),
    {
      type: 'step.close',
      timestamp: at(decision.date, '11:00'),
      actor: decision.decidedBy.partyId,
      role: decision.decidedBy.role,
      stepId: step.id,
      decision,
    },
  ];
  for (const event of events) {
    const result = gebiedsproces.send(event, { untyped: true });
    if (!result.accepted) throw new Error(`${String(event.type)} geweigerd: ${result.reason.message.nl}`);
  }
}

// What only Provincie Zuidmark's own case system can supply. The RSIN is fictional (it passes the
// elfproef); the Selectielijst URLs stand for the ones of the province's Selectielijst API.
const resultaat = (n: number) => ({
  selectielijstklasse: `https://selectielijst.example.org/api/v1/resultaten/00000000-0000-4000-8000-00000000000${n}`,
  resultaattypeomschrijving: `https://selectielijst.example.org/api/v1/resultaattypeomschrijvingen/00000000-0000-4000-8000-00000000000${n}`,
});
const config: ZgwConfigInput = {
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
  parties: { 'provincie-zuidmark': { rsin: '123456782' } },
};

const catalogue = planCatalogue(defaultStepTemplate, config);
const history = emitZaakHistory(gebiedsproces.snapshot(), config, {
  actors: lindewaardActors,
  ...(lindewaardArea.geometry ? { geometry: { crs: 'EPSG:4326' as const, geometry: lindewaardArea.geometry } } : {}),
});

console.log(
  JSON.stringify(
    {
      catalogus: catalogue,
      zaak: {
        zaak: history.zaak,
        statussen: history.statussen,
        rollen: history.rollen,
        besluiten: history.besluiten,
        zaakeigenschappen: history.zaakeigenschappen,
        resultaat: history.resultaat,
        eindstatus: history.eindstatus,
      },
    },
    null,
    2,
  ),
);

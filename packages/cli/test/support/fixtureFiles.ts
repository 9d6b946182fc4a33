// Writes the scenario's documents as JSON files, the way a user of the command has them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  lindewaard,
  lindewaardActors,
  lindewaardAssessmentInput,
  lindewaardConsents,
  lindewaardDataInventory,
  lindewaardDecisions,
  lindewaardStartnotitie,
  nWegEstimate,
  zuidmarkArrangement,
} from '@gebiedsgericht/core/fixtures';
import { createGebiedsproces, defaultStepTemplate, settingsFromStartnotitie } from '@gebiedsgericht/process';

/** A Lindewaard area process after step 0 closed and the step 1 product was submitted. */
function lindewaardSnapshot() {
  const settings = settingsFromStartnotitie(lindewaardStartnotitie, lindewaardActors, { processId: 'lindewaard' });
  const process = createGebiedsproces({
    template: defaultStepTemplate,
    settings,
    startedAt: '2026-01-12T09:00:00+01:00',
  });
  const decision = lindewaardDecisions.find((d) => d.stepId === 'opstart' && d.subject === 'step_closure');
  const meta = { actor: 'procesregisseur-zuidmark', role: 'regisseur' } as const;
  const consents = settings.medeoverheden.map((m) => ({
    type: 'consent.record',
    timestamp: '2026-03-02T10:00:00+01:00',
    actor: m.partyId,
    role: 'partij',
    stepId: 'opstart',
    consent: lindewaardConsents.find((c) => c.stepId === 'opstart' && c.partyId === m.partyId) ?? {
      id: `instemming-${m.partyId}-opstart`,
      partyId: m.partyId,
      bodyId: lindewaardActors.parties.find((p) => p.id === m.partyId)?.bodies?.[0]?.id ?? m.partyId,
      stepId: 'opstart',
      outcome: 'adopted',
      date: '2026-03-02',
      targetChanges: [],
    },
  }));
  const events = [
    {
      type: 'deliverable.submit',
      timestamp: '2026-02-20T09:00:00+01:00',
      ...meta,
      stepId: 'opstart',
      document: lindewaardStartnotitie,
    },
    ...(settings.consentStepIds.includes('opstart') ? consents : []),
    {
      type: 'step.close',
      timestamp: '2026-03-02T11:00:00+01:00',
      actor: decision?.decidedBy.partyId,
      role: decision?.decidedBy.role,
      stepId: 'opstart',
      decision,
    },
    {
      type: 'deliverable.submit',
      timestamp: '2026-05-04T09:00:00+02:00',
      ...meta,
      stepId: 'inzicht-verkrijgen',
      document: lindewaardDataInventory,
    },
  ];
  for (const event of events) {
    const result = process.send(event, { untyped: true });
    if (!result.accepted) throw new Error(`fixture event ${event.type} rejected: ${result.reason.message.en}`);
  }
  return process.snapshot();
}

/** A consistent AHP comparison over the criteria of the Lindewaard afwegingskader (weights 4:2:1:…). */
function ahpComparison(criterionIds: readonly string[]) {
  const w = criterionIds.map((_, i) => 2 ** (criterionIds.length - 1 - i));
  return {
    kind: 'ahpComparison',
    schemaVersion: 2,
    id: 'lindewaard-ahp',
    criterionIds,
    matrix: w.map((wi) => w.map((wj) => wi / wj)),
  };
}

/** A ZGW configuration for the fictional province of Zuidmark (RSINs pass the elfproef; URLs are examples). */
function zgwConfig() {
  const resultaat = (n: number) => ({
    selectielijstklasse: `https://selectielijst.example.org/api/v1/resultaten/00000000-0000-4000-8000-00000000000${n}`,
    resultaattypeomschrijving: `https://selectielijst.example.org/api/v1/resultaattypeomschrijvingen/00000000-0000-4000-8000-00000000000${n}`,
  });
  return {
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
}

export function writeFixtureFiles(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const write = (name: string, value: unknown) => writeFileSync(join(dir, name), `${JSON.stringify(value, null, 2)}\n`);
  const input = lindewaardAssessmentInput();
  write('startnotitie.json', lindewaardStartnotitie);
  write('gebiedsproces.json', lindewaard);
  write('arrangement.json', zuidmarkArrangement);
  write('estimate.json', nWegEstimate);
  write('assessmentInput.json', input);
  write('ahpComparison.json', ahpComparison(input.afwegingskader.criteria.map((c) => c.id)));
  write('snapshot.json', lindewaardSnapshot());
  write('stepTemplate.json', defaultStepTemplate);
  write('zgw-config.json', zgwConfig());
  const { escalation: _, ...withoutEscalation } = lindewaardStartnotitie;
  write('startnotitie-invalid.json', { ...withoutEscalation, scope: 42, extra: true });
  write('unknown-kind.json', { kind: 'boodschappenlijst', schemaVersion: 2, id: 'x' });
  write('older-version.json', { ...lindewaardStartnotitie, schemaVersion: 0 });
  writeFileSync(join(dir, 'malformed.json'), '{ "kind": "startnotitie", ');
}

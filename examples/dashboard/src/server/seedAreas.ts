/**
 * The areas the dashboard starts with, built from the shared fixtures of `@gebiedsgericht/core`
 * (fictional Provincie Zuidmark). Each area is one entry of {@link seedAreas}: its template,
 * settings, start and the events that bring it to where the dashboard shows it. Adding an area is
 * one more line in that list.
 */
import {
  type Consent,
  type Decision,
  type GebiedsprocesSettings,
  isElectedBody,
  type StepTemplate,
} from '@gebiedsgericht/core';
import {
  grensheiActors,
  grensheiStartnotitie,
  hogeZand,
  hogeZandActors,
  hogeZandConsents,
  hogeZandDataInventory,
  hogeZandDecisions,
  hogeZandStartnotitie,
  lindewaard,
  lindewaardActors,
  lindewaardStartnotitie,
} from '@gebiedsgericht/core/fixtures';
import { defaultStepTemplate, knelpuntModelFromStartnotitie, settingsFromStartnotitie } from '@gebiedsgericht/process';
import type { GebiedsprocesStore } from '@gebiedsgericht/store';
import { inOrder, secondHalfEvents, stepEvents, t } from '../../../lindewaard/src/scenario';

/** One event as the store receives it. */
export type SeedEvent = Record<string, unknown> & { readonly type: string; readonly timestamp: string };

/** An area process to put in the store: what `store.create` needs plus the events to append. */
export interface SeedArea {
  /** The name the dashboard shows. */
  readonly name: string;
  readonly template: StepTemplate;
  readonly settings: GebiedsprocesSettings;
  readonly startedAt: string;
  readonly events: readonly SeedEvent[];
}

/**
 * Lindewaard on 24 June 2027: steps 0–3 closed, the product of step 4 submitted and three of the six
 * medeoverheden consented; the wind knelpunt near Hoeverveen is with the province (its outcome is
 * not yet recorded), so the overview has an open knelpunt with a due date and missing consents.
 */
export function lindewaardSeed(): SeedArea {
  const settings = settingsFromStartnotitie(lindewaardStartnotitie, lindewaardActors, {
    processId: 'gebiedsproces-lindewaard',
  });
  const all = inOrder([...stepEvents(settings), ...secondHalfEvents()]).map((e) => e.event);
  const windOutcome = (e: SeedEvent) =>
    e.type === 'knelpunt.recordOutcome' && e.knelpuntId === 'knelpunt-wind-hoeverveen';
  const consentsOfStep4 = all.filter((e) => e.type === 'consent.record' && e.stepId === 'afwegen-en-keuze');
  const lastKept = consentsOfStep4[2];
  const end = lastKept ? all.indexOf(lastKept) + 1 : all.length;
  return {
    name: lindewaard.name,
    template: defaultStepTemplate,
    settings,
    startedAt: t('2026-01-12', '09:00'),
    events: all.slice(0, end).filter((e) => !windOutcome(e)),
  };
}

/** The body in which a Hoge Zand party consents: its elected body (raad, Staten, algemeen bestuur). */
function consentingBodyOf(partyId: string): string {
  const bodies = hogeZandActors.parties.find((p) => p.id === partyId)?.bodies ?? [];
  const body = bodies.find((b) => isElectedBody(b.kind)) ?? bodies[0];
  if (!body) throw new Error(`Geen orgaan voor ${partyId} in de fixtures van Hoge Zand`);
  return body.id;
}

function hogeZandConsent(stepId: string, partyId: string, date: string): Consent {
  return (
    hogeZandConsents.find((c) => c.stepId === stepId && c.partyId === partyId) ?? {
      id: `hz-instemming-${partyId}-${stepId}`,
      partyId,
      bodyId: consentingBodyOf(partyId),
      stepId,
      outcome: 'adopted',
      date,
      targetChanges: [],
    }
  );
}

/**
 * Hoge Zand in step 2, with the Regio Zandmark as regisseur: the plan of approach and the data
 * inventory adopted (the fixtures' decisions and consents), escalation model and ijkmomenten from
 * its startnotitie.
 */
export function hogeZandSeed(): SeedArea {
  const settings = settingsFromStartnotitie(hogeZandStartnotitie, hogeZandActors, {
    processId: 'gebiedsproces-hoge-zand',
  });
  const regisseur = { actor: 'regio-zandmark', role: 'regisseur' };
  const decision = (stepId: string): Decision => {
    const found = hogeZandDecisions.find((d) => d.stepId === stepId);
    if (!found) throw new Error(`Geen besluit voor ${stepId} in de fixtures van Hoge Zand`);
    return found;
  };
  const consents = (stepId: string, date: string): SeedEvent[] =>
    settings.consentStepIds.includes(stepId)
      ? settings.medeoverheden.map((m) => ({
          type: 'consent.record',
          timestamp: t(date, '10:00'),
          actor: m.partyId,
          role: 'partij',
          stepId,
          consent: hogeZandConsent(stepId, m.partyId, date),
        }))
      : [];
  const start = decision('opstart');
  const inventory = decision('inzicht-verkrijgen');
  const events: SeedEvent[] = [
    {
      type: 'deliverable.submit',
      timestamp: t(start.date, '09:00'),
      ...regisseur,
      stepId: 'opstart',
      document: hogeZandStartnotitie,
    },
    ...consents('opstart', start.date),
    { type: 'step.close', timestamp: t(start.date, '11:00'), ...regisseur, stepId: 'opstart', decision: start },
    {
      type: 'escalation.configure',
      model: knelpuntModelFromStartnotitie(hogeZandStartnotitie.escalation),
      timestamp: t(start.date, '11:05'),
      ...regisseur,
    },
    {
      type: 'ijkmoment.schedule',
      schedule: hogeZandStartnotitie.ijkmomenten,
      timestamp: t(start.date, '11:10'),
      ...regisseur,
    },
    {
      type: 'deliverable.submit',
      timestamp: t(inventory.date, '09:00'),
      ...regisseur,
      stepId: 'inzicht-verkrijgen',
      document: hogeZandDataInventory,
    },
    ...consents('inzicht-verkrijgen', inventory.date),
    {
      type: 'step.close',
      timestamp: t(inventory.date, '11:00'),
      ...regisseur,
      stepId: 'inzicht-verkrijgen',
      decision: inventory,
    },
  ];
  return { name: hogeZand.name, template: defaultStepTemplate, settings, startedAt: t('2026-04-01', '09:00'), events };
}

/**
 * Grenshei, the area across Provincie Zuidmark (lead) and Provincie Noordveld, in step 1: its
 * startnotitie adopted by Gedeputeerde Staten of Noordveld, the decider the startnotitie names for
 * step 0. It shows in the overview of both provinces.
 */
export function grensheiSeed(): SeedArea {
  const settings = settingsFromStartnotitie(grensheiStartnotitie, grensheiActors, {
    processId: 'gebiedsproces-grenshei',
  });
  const date = '2026-03-02';
  const decision: Decision = {
    id: 'gh-besluit-startnotitie',
    subject: 'step_closure',
    stepId: 'opstart',
    title: { nl: 'Startnotitie Grenshei vastgesteld', en: 'Grenshei start memo adopted' },
    partyId: 'provincie-noordveld',
    bodyId: 'gs-noordveld',
    date,
    decidedBy: { partyId: 'provincie-noordveld', role: 'bevoegd_gezag', bodyId: 'gs-noordveld' },
    motivation: { nl: 'Voorbereid aan de gebiedstafel.', en: 'Prepared at the area table.' },
    documents: [],
    servesGoalIds: [],
  };
  const events: SeedEvent[] = [
    {
      type: 'deliverable.submit',
      timestamp: t(date, '09:00'),
      actor: 'regisseur-grenshei',
      role: 'regisseur',
      stepId: 'opstart',
      document: grensheiStartnotitie,
    },
    {
      type: 'step.close',
      timestamp: t(date, '15:00'),
      actor: 'gedeputeerde-noordveld',
      role: 'bevoegd_gezag',
      stepId: 'opstart',
      decision,
    },
  ];
  return { name: 'Grenshei', template: defaultStepTemplate, settings, startedAt: t(date, '08:00'), events };
}

/** Every area the dashboard starts with; one line per area. */
export const seedAreas: readonly (() => SeedArea)[] = [lindewaardSeed, hogeZandSeed, grensheiSeed];

/**
 * Writes every seed area into an empty store; fails on an event the process refuses, since the
 * fixtures must form a valid history.
 */
export async function seedStore(store: GebiedsprocesStore, areas = seedAreas): Promise<void> {
  for (const make of areas) {
    const area = make();
    const { processId } = await store.create({
      template: area.template,
      settings: area.settings,
      startedAt: area.startedAt,
    });
    let version = 0;
    for (const event of area.events) {
      const result = await store.append(processId, event, { expectedVersion: version });
      if (result.status !== 'accepted') {
        const reason = result.status === 'rejected' ? result.reason.message.nl : `versieconflict`;
        throw new Error(`${processId}: ${event.type} van ${event.timestamp} geweigerd: ${reason}`);
      }
      version = result.version;
    }
  }
}

/**
 * The events of the Lindewaard area process (fictional, see the shared SCENARIO): the steps 0–5 with
 * the shared fixtures' deliverables, decisions and consents, and beside them the escalation model,
 * the ijkmomenten, two knelpunten, the two tracks, and the monitoring loop with an evaluation and a
 * scoped herijking.
 */
import {
  type Consent,
  type Decision,
  type GebiedsprocesSettings,
  isElectedBody,
  type Knelpunt,
  type Score,
} from '@gebiedsgericht/core';
import {
  lindewaardActors,
  lindewaardAssessmentAndChoice,
  lindewaardAssessmentInput,
  lindewaardConsents,
  lindewaardDataInventory,
  lindewaardDecisions,
  lindewaardDevelopmentVariants,
  lindewaardEmbedding,
  lindewaardStartnotitie,
  lindewaardVisionAndFramework,
  ontwikkeldagJanuari2027,
} from '@gebiedsgericht/core/fixtures';
import { defaultStepTemplate, knelpuntModelFromStartnotitie } from '@gebiedsgericht/process';

/** One event with the Dutch line the progress log prints for it. */
export interface ScenarioEvent {
  readonly tekst: string;
  readonly event: Record<string, unknown> & { type: string; timestamp: string };
}

/** A moment in Dutch winter time (the example keeps one offset for readability). */
export const t = (date: string, time = '10:00') => `${date}T${time}:00+01:00`;

const DELIVERABLES: Record<string, Record<string, unknown>> = {
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

/** The events that close every step of the default template, with the fixtures' decisions. */
export function stepEvents(settings: GebiedsprocesSettings): ScenarioEvent[] {
  const out: ScenarioEvent[] = [];
  for (const step of defaultStepTemplate.steps) {
    const decision = closingDecision(step.id);
    out.push({
      tekst: `Product van "${step.label.nl}" ingediend`,
      event: {
        type: 'deliverable.submit',
        timestamp: t(decision.date, '09:00'),
        actor: 'procesregisseur-zuidmark',
        role: 'regisseur',
        stepId: step.id,
        document: DELIVERABLES[step.id] ?? {},
      },
    });
    if (settings.consentStepIds.includes(step.id)) {
      for (const m of settings.medeoverheden) {
        out.push({
          tekst: `Instemming van ${m.partyId}`,
          event: {
            type: 'consent.record',
            timestamp: t(decision.date, '10:00'),
            actor: m.partyId,
            role: 'partij',
            stepId: step.id,
            consent: consentFor(step.id, m.partyId, decision.date),
          },
        });
      }
    }
    out.push({
      tekst: `Stap "${step.label.nl}" gesloten bij besluit van ${decision.decidedBy.partyId}`,
      event: {
        type: 'step.close',
        timestamp: t(decision.date, '11:00'),
        actor: decision.decidedBy.partyId,
        role: decision.decidedBy.role,
        stepId: step.id,
        decision,
      },
    });
  }
  return out;
}

/** Knelpunt 1 of the scenario: housing in the brook valley versus water storage (step 3). */
export const beekdalWater: Knelpunt = {
  id: 'knelpunt-beekdal-water',
  title: { nl: 'Wonen of water in het beekdal', en: 'Housing or water in the brook valley' },
  parties: ['waterschap-aa-en-lindt', 'gemeente-beekdal'],
  raisedBy: 'waterschap-aa-en-lindt',
  stepId: 'ontwerpen-ontwikkelvarianten',
  opgaveIds: ['opgave-wonen', 'opgave-water'],
};

/** Knelpunt 2: organised resistance against wind turbines near Hoeverveen (step 4). */
export const windHoeverveen: Knelpunt = {
  id: 'knelpunt-wind-hoeverveen',
  title: { nl: 'Windturbines bij Hoeverveen', en: 'Wind turbines near Hoeverveen' },
  parties: ['gemeente-hoeverveen', 'dorpsraad-hoeverveen'],
  raisedBy: 'dorpsraad-hoeverveen',
  stepId: 'afwegen-en-keuze',
  opgaveIds: ['opgave-wind'],
};

/**
 * Variant C with the package deal: Beekdal builds 300 more homes elsewhere (from Hoge Zand), the
 * waterschap co-finances, and support in the area improves; every other score as for C.
 */
export function packageDealScores(variantId: string): Score[] {
  return lindewaardAssessmentInput()
    .scores.filter((s) => s.variantId === 'variant-c')
    .map((s): Score => {
      const { uncertainty: _u, mitigated: _m, ...score } = s;
      const value = score.value;
      if (score.criterionId === 'woningen' && value.scale === 'quantitative')
        return { ...score, variantId, value: { ...value, value: value.value + 300 } };
      if (score.criterionId === 'kosten' && value.scale === 'quantitative')
        return { ...score, variantId, value: { ...value, value: value.value + 5 } };
      if (score.criterionId === 'draagvlak') return { ...score, variantId, value: { scale: 'plus_minus', value: '0' } };
      return { ...score, variantId };
    });
}

/** The events beside the steps: escalation model, ijkmomenten, knelpunten, two tracks, monitoring. */
export function secondHalfEvents(): ScenarioEvent[] {
  const regisseur = { actor: 'provincie-zuidmark', role: 'regisseur' };
  return [
    {
      tekst: 'Escalatiemodel uit de startnotitie vastgelegd (onderling → ijkmoment of bemiddeling → provincie → rijk)',
      event: {
        type: 'escalation.configure',
        model: knelpuntModelFromStartnotitie(lindewaardStartnotitie.escalation, {
          mediationStyles: ['facilitative', 'evaluative', 'transformative'],
        }),
        timestamp: t('2026-03-12', '10:00'),
        ...regisseur,
      },
    },
    {
      tekst: 'IJkmomenten uit de startnotitie: NOVEX voorjaar en najaar, ontwikkeldagen twee keer per jaar',
      event: {
        type: 'ijkmoment.schedule',
        schedule: lindewaardStartnotitie.ijkmomenten,
        timestamp: t('2026-03-12', '10:05'),
        ...regisseur,
      },
    },
    {
      tekst: 'Evaluatieritme uit de startnotitie: jaarlijks',
      event: {
        type: 'monitoring.configure',
        cadence: lindewaardStartnotitie.evaluation,
        timestamp: t('2026-03-12', '10:10'),
        ...regisseur,
      },
    },
    {
      tekst: 'Langetermijndoel vastgelegd: een waterrobuust beekdal in 2040',
      event: {
        type: 'track.defineGoal',
        goal: {
          id: 'doel-waterrobuust-beekdal',
          label: { nl: 'Een waterrobuust beekdal', en: 'A water-robust brook valley' },
          horizonYear: 2040,
        },
        timestamp: t('2026-03-12', '10:15'),
        ...regisseur,
      },
    },
    {
      tekst: 'Spoor 1 (korte termijn): pilot "Zon op waterberging" gestart',
      event: {
        type: 'track.start',
        item: {
          id: 'pilot-zon-op-waterberging',
          kind: 'pilot',
          title: { nl: 'Zon op waterberging', en: 'Solar on water storage' },
          longTermGoalId: 'doel-waterrobuust-beekdal',
          partners: ['waterschap-aa-en-lindt', 'gemeente-beekdal'],
        },
        timestamp: t('2026-04-01'),
        ...regisseur,
      },
    },
    {
      tekst: 'Les uit de pilot: netcapaciteit vroeg vastleggen bij de netbeheerder',
      event: {
        type: 'track.recordLesson',
        itemId: 'pilot-zon-op-waterberging',
        lesson: {
          id: 'les-netcapaciteit',
          text: { nl: 'Netcapaciteit vroeg vastleggen', en: 'Secure grid capacity early' },
        },
        timestamp: t('2026-09-20'),
        ...regisseur,
      },
    },
    {
      tekst: 'Knelpunt gemeld door het waterschap: wonen of water in het beekdal',
      event: {
        type: 'knelpunt.raise',
        knelpunt: beekdalWater,
        timestamp: t('2026-12-03'),
        actor: 'waterschap-aa-en-lindt',
        role: 'partij',
      },
    },
    {
      tekst: 'Knelpunt geagendeerd voor de ontwikkeldag van 28 januari 2027',
      event: {
        type: 'knelpunt.putOnAgenda',
        knelpuntId: beekdalWater.id,
        ijkmomentId: 'ontwikkeldagen-zuidmark:2027-01-28',
        timestamp: t('2026-12-10'),
        ...regisseur,
      },
    },
    {
      tekst: 'Ontwikkeldag gehouden: geen akkoord over het beekdal, inzet van een procesbegeleider',
      event: {
        type: 'ijkmoment.hold',
        record: ontwikkeldagJanuari2027,
        timestamp: t('2027-01-28', '16:30'),
        actor: 'provincie-zuidmark',
        role: 'voorzitter',
      },
    },
    {
      tekst: 'Faciliterende bemiddeling door Bureau De Brug (geen partij bij het knelpunt)',
      event: {
        type: 'knelpunt.startMediation',
        knelpuntId: beekdalWater.id,
        mediator: 'bureau-de-brug',
        style: 'facilitative',
        motivation: 'Geen akkoord op de ontwikkeldag',
        timestamp: t('2027-02-10'),
        ...regisseur,
      },
    },
    {
      tekst: 'Pakketdeal: Beekdal krijgt 300 woningen elders, het waterschap het beekdal met cofinanciering',
      event: {
        type: 'knelpunt.recordOutcome',
        knelpuntId: beekdalWater.id,
        result: 'package_deal',
        summary: {
          nl: 'Beekdal krijgt 300 extra woningen elders (van Hoge Zand); het waterschap krijgt het beekdal en cofinanciering',
          en: 'Beekdal gets 300 extra homes elsewhere (from Hoge Zand); the water board gets the valley and co-financing',
        },
        packageDeal: {
          // the step 4 assessment (fixtures), in which the package deal is re-scored against variant C
          assessment: lindewaardAssessmentInput(),
          packageVariant: {
            id: 'variant-c-pakketdeal',
            name: { nl: 'C met pakketdeal', en: 'C with package deal' },
            claims: [],
          },
          packageScores: packageDealScores('variant-c-pakketdeal'),
          referenceVariantId: 'variant-c',
        },
        timestamp: t('2027-03-20', '16:00'),
        actor: 'bureau-de-brug',
        role: 'mediator',
      },
    },
    {
      tekst: 'Knelpunt gemeld door de dorpsraad: windturbines bij Hoeverveen',
      event: {
        type: 'knelpunt.raise',
        knelpunt: windHoeverveen,
        timestamp: t('2027-05-03', '19:30'),
        actor: 'dorpsraad-hoeverveen',
        role: 'partij',
      },
    },
    {
      tekst: 'Geen akkoord tussen gemeente en dorpsraad: geëscaleerd, de provincie grijpt in',
      event: {
        type: 'knelpunt.escalate',
        knelpuntId: windHoeverveen.id,
        motivation: 'Verzet blijft',
        timestamp: t('2027-05-20'),
        actor: 'gemeente-hoeverveen',
        role: 'partij',
      },
    },
    {
      tekst: 'Gedeputeerde Staten besluiten: vier turbines op afstand van de kern',
      event: {
        type: 'knelpunt.recordOutcome',
        knelpuntId: windHoeverveen.id,
        result: 'decision',
        decisionId: 'besluit-gs-wind-hoeverveen',
        summary: {
          nl: 'Vier turbines op afstand van de kern; twee niet realistisch in Zuidmark',
          en: 'Four turbines away from the village; two not realistic in Zuidmark',
        },
        timestamp: t('2027-06-23', '15:00'),
        actor: 'provincie-zuidmark',
        role: 'bevoegd_gezag',
      },
    },
    {
      tekst: 'Pilot "Zon op waterberging" afgerond',
      event: {
        type: 'track.complete',
        itemId: 'pilot-zon-op-waterberging',
        result: { nl: '2 ha zon op een bergingsvak', en: '2 ha of solar on a storage basin' },
        timestamp: t('2027-09-01'),
        ...regisseur,
      },
    },
    {
      tekst: 'Indicator afgesproken: gerealiseerde waterberging, signaalwaarde onder 100 ha',
      event: {
        type: 'indicator.agree',
        indicator: {
          id: 'ind-waterberging',
          label: { nl: 'Gerealiseerde waterberging', en: 'Water storage realised' },
          unit: 'ha',
          trigger: { when: 'below', value: 100 },
          herijkingScope: { kind: 'opgave', opgaveId: 'opgave-water' },
        },
        timestamp: t('2027-12-21'),
        ...regisseur,
      },
    },
    {
      tekst: 'Eerste periodieke evaluatie na de laatste stap',
      event: {
        type: 'evaluation.record',
        evaluation: {
          id: 'evaluatie-2028',
          heldOn: '2028-01-20',
          findings: {
            nl: 'Uitvoering op koers; netcapaciteit blijft een risico',
            en: 'Implementation on track; grid capacity remains a risk',
          },
        },
        timestamp: t('2028-01-20', '16:00'),
        actor: 'programmateam-lindewaard',
        role: 'secretaris',
      },
    },
    {
      tekst: 'Actie op de les uit de pilot: netbeheerder aan de gebiedstafel',
      event: {
        type: 'action.record',
        action: {
          id: 'actie-netbeheerder',
          lessonId: 'les-netcapaciteit',
          description: { nl: 'Netbeheerder aan de gebiedstafel', en: 'Grid operator at the area table' },
          owner: 'provincie-zuidmark',
          dueOn: '2028-06-30',
        },
        timestamp: t('2028-01-25'),
        ...regisseur,
      },
    },
    {
      tekst: 'PBL publiceert de Planmonitor 2028',
      event: {
        type: 'pbl.publish',
        publication: { id: 'planmonitor-2028', series: 'planmonitor', publishedOn: '2028-06-20' },
        timestamp: t('2028-06-21'),
        ...regisseur,
      },
    },
    {
      tekst: 'Meting: 80 ha waterberging gerealiseerd (onder de signaalwaarde)',
      event: {
        type: 'indicator.measure',
        indicatorId: 'ind-waterberging',
        value: 80,
        measuredOn: '2028-12-31',
        timestamp: t('2029-01-10'),
        actor: 'waterschap-aa-en-lindt',
        role: 'partij',
      },
    },
  ];
}

/** The herijking after the last step and the evaluation that takes in the PBL publication. */
export function herijkingEvents(herijkingId: string): ScenarioEvent[] {
  const regisseur = { actor: 'provincie-zuidmark', role: 'regisseur' };
  return [
    {
      tekst: 'Herijking gestart, alleen voor de opgave water (geen herhaling van alle stappen)',
      event: { type: 'herijking.start', herijkingId, timestamp: t('2029-01-24'), ...regisseur },
    },
    {
      tekst: 'Tweede periodieke evaluatie, met de Planmonitor 2028',
      event: {
        type: 'evaluation.record',
        evaluation: {
          id: 'evaluatie-2029',
          heldOn: '2029-01-28',
          findings: {
            nl: 'Waterberging blijft achter; herijking loopt',
            en: 'Water storage lags behind; herijking underway',
          },
          pblPublicationIds: ['planmonitor-2028'],
        },
        timestamp: t('2029-01-28', '16:00'),
        actor: 'programmateam-lindewaard',
        role: 'secretaris',
      },
    },
    {
      tekst: 'Herijking afgerond: extra berging in de Lindtse Broek, vastgesteld door GS',
      event: {
        type: 'herijking.complete',
        herijkingId,
        result: { nl: '40 ha extra berging in de Lindtse Broek', en: '40 ha of extra storage in the Lindtse Broek' },
        decisionId: 'besluit-gs-herijking-water',
        timestamp: t('2029-06-01'),
        ...regisseur,
      },
    },
  ];
}

/** All events in the order of their timestamps (stable for equal moments). */
export function inOrder(events: readonly ScenarioEvent[]): ScenarioEvent[] {
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => Date.parse(a.e.event.timestamp) - Date.parse(b.e.event.timestamp) || a.i - b.i)
    .map(({ e }) => e);
}

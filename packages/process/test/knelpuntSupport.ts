// Shared builders for the knelpunt tests (fictional scenario of SCENARIO.md: Gebied Lindewaard).
import type { AssessmentInput, Knelpunt, KnelpuntEscalationModel, Score } from '@gebiedsgericht/core';
import type { KnelpuntEvent } from '../src/knelpunten';

/** The escalation model of the Lindewaard startnotitie (fictional): both options, province then rijk. */
export const lindewaardModel: KnelpuntEscalationModel = {
  between_parties: { timeLimit: 'P30D' },
  ijkmoment_agenda: { timeLimit: 'P4M' },
  mediation: { timeLimit: 'P3M', styles: ['facilitative', 'evaluative', 'transformative'] },
  interventions: [
    { level: 'province_intervention', intervener: 'provincie-zuidmark', timeLimit: 'P60D' },
    { level: 'rijk_decision', intervener: 'ministerie-vro', timeLimit: 'P90D' },
  ],
};

/** Knelpunt 1: housing in the brook valley versus water storage (step 3). */
export const beekdalWater: Knelpunt = {
  id: 'knelpunt-beekdal-water',
  title: { nl: 'Wonen of water in het beekdal', en: 'Housing or water in the brook valley' },
  parties: ['waterschap-aa-en-lindt', 'gemeente-beekdal'],
  raisedBy: 'waterschap-aa-en-lindt',
  stepId: 'stap-3',
  opgaveIds: ['opgave-wonen', 'opgave-waterberging'],
};

/** Knelpunt 2: wind turbines near Hoeverveen (step 4). */
export const windHoeverveen: Knelpunt = {
  id: 'knelpunt-wind-hoeverveen',
  title: { nl: 'Windturbines bij Hoeverveen', en: 'Wind turbines near Hoeverveen' },
  parties: ['gemeente-hoeverveen', 'dorpsraad-hoeverveen'],
  raisedBy: 'dorpsraad-hoeverveen',
  stepId: 'stap-4',
  opgaveIds: ['opgave-wind'],
};

/** A knelpunt with the province as a party: provincial N-road versus the waterschap's dike plan. */
export const nwegDijk: Knelpunt = {
  id: 'knelpunt-nweg-dijk',
  title: { nl: 'N-weg door de dijkzone', en: 'N-road through the dike zone' },
  parties: ['provincie-zuidmark', 'waterschap-aa-en-lindt'],
  raisedBy: 'waterschap-aa-en-lindt',
  stepId: 'stap-4',
  opgaveIds: ['opgave-bereikbaarheid'],
};

/** A knelpunt between two gemeenten about the housing split that goes all the way to the rijk. */
export const woningverdeling: Knelpunt = {
  id: 'knelpunt-woningverdeling',
  title: { nl: 'Verdeling van de woningbouwopgave', en: 'Split of the housing target' },
  parties: ['gemeente-lindewaard', 'gemeente-beekdal'],
  raisedBy: 'gemeente-lindewaard',
  stepId: 'stap-4',
  opgaveIds: ['opgave-wonen'],
};

/** Builds an event with timestamp, actor and role. */
export function ev<T extends KnelpuntEvent['type']>(
  type: T,
  timestamp: string,
  actor: string,
  extra: Omit<Extract<KnelpuntEvent, { type: T }>, 'type' | 'timestamp' | 'actor' | 'role'> & { role?: string },
): KnelpuntEvent {
  const { role, ...rest } = extra as { role?: string };
  return { type, timestamp, actor, role: role ?? 'partij', ...rest } as KnelpuntEvent;
}

const label = (nl: string, en = nl) => ({ nl, en });
const CRITERIA = [
  { id: 'woningen', unit: 'woningen', direction: 'benefit', weight: 0.3 },
  { id: 'waterberging', unit: 'ha', direction: 'benefit', weight: 0.3 },
  { id: 'landschap', unit: 'punten', direction: 'benefit', weight: 0.2 },
  { id: 'kosten', unit: 'mln euro', direction: 'cost', weight: 0.2 },
] as const;

/** The scores of one variant on the four criteria (woningen, ha waterberging, landschap, kosten). */
export function scoresOf(variantId: string, values: readonly [number, number, number, number]): Score[] {
  return CRITERIA.map((c, k) => ({
    variantId,
    criterionId: c.id,
    value: { scale: 'quantitative' as const, value: values[k] as number, unit: c.unit, basis: 'absolute' as const },
  }));
}

/**
 * A small afwegingskader of Lindewaard (fictional figures) with variants B "Groeiende dorpen" and C
 * "Water als drager", min–max normalised weighted sum.
 */
export function lindewaardAssessment(): AssessmentInput {
  return {
    kind: 'assessmentInput',
    schemaVersion: 2,
    id: 'lindewaard-afweging-knelpunt',
    afwegingskader: {
      kind: 'afwegingskader',
      schemaVersion: 2,
      id: 'lindewaard-afwegingskader',
      title: label('Afwegingskader Lindewaard', 'Assessment framework Lindewaard'),
      weightTolerance: 1e-9,
      criteria: CRITERIA.map((c) => ({
        id: c.id,
        name: label(c.id),
        indicator: label(c.id),
        unit: c.unit,
        method: label('Rekenregel', 'Rule'),
        source: 'Programmateam Lindewaard',
        referenceSituation: { description: label('Referentie', 'Reference'), value: 0 },
        direction: c.direction,
        scale: 'quantitative' as const,
        weight: c.weight,
        noviPrinciples: [],
      })),
    },
    randvoorwaarden: [],
    variants: [
      { id: 'variant-b', name: label('Groeiende dorpen', 'Growing villages'), claims: [] },
      { id: 'variant-c', name: label('Water als drager', 'Water leads'), claims: [] },
    ],
    scores: [...scoresOf('variant-b', [4000, 90, 2, 400]), ...scoresOf('variant-c', [3600, 150, 3, 380])],
    method: { method: 'weighted_sum' },
    normalisation: 'min_max',
  };
}

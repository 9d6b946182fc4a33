/**
 * Test support for the Gebied Grenshei scenario (core fixtures): an area across Provincie Zuidmark
 * (lead) and Provincie Noordveld. The process is created from Grenshei's own startnotitie and
 * actors; step 0 hands in that startnotitie and step 2 a vision of Grenshei, both checked against
 * core's registered document schemas. Event builders, and the checks every refused case makes.
 */
import { type Decision, type VisionAndFramework, VisionAndFrameworkSchema } from '@gebiedsgericht/core';
import { grensheiActors, grensheiStartnotitie, lindewaardVisionAndFramework } from '@gebiedsgericht/core/fixtures';
import { expect } from 'vitest';
import type { GebiedsprocesEvent } from '../src/index';
import {
  createGebiedsproces,
  defaultStepTemplate,
  knelpuntModelFromStartnotitie,
  type RunningGebiedsproces,
  settingsFromStartnotitie,
} from '../src/index';
import { deliverableOf, standInDocuments } from './support/gebiedsprocesFixtures';

export const settings = settingsFromStartnotitie(grensheiStartnotitie, grensheiActors, {
  processId: 'gebiedsproces-grenshei',
});
export const model = knelpuntModelFromStartnotitie(grensheiStartnotitie.escalation, { actors: grensheiActors });

/**
 * Stand-ins for the deliverables core does not hold for Grenshei; the startnotitie and the vision
 * are checked against core's own schemas.
 */
const { startnotitie: _startnotitie, visionAndFramework: _vision, ...standIns } = standInDocuments();
export const grensheiOptions = { documents: standIns };

/**
 * Step 2 of Grenshei: the vision with two measurable goals, 40 ha of water storage in the brook
 * valley across the border by 2032 and 900 homes in Grensbeek and Veldrode by 2035; the
 * developments and the afwegingskader are those of the Lindewaard fixture.
 */
export const grensheiVisionAndFramework: VisionAndFramework = VisionAndFrameworkSchema.parse({
  ...lindewaardVisionAndFramework,
  id: 'visie-grenshei',
  gebiedsprocesId: 'gebiedsproces-grenshei',
  vision: {
    horizonYear: 2040,
    statement: {
      nl: 'Grenshei in 2040: één beekdal over de provinciegrens, met ruimte voor water en wonen.',
      en: 'Grenshei in 2040: one brook valley across the provincial border, with room for water and homes.',
    },
    values: [{ id: 'gh-waarde-beekdal', name: { nl: 'Het beekdal als geheel', en: 'The brook valley as a whole' } }],
    goals: [
      {
        id: 'gh-doel-water-2032',
        title: { nl: '40 ha waterberging in het beekdal', en: '40 ha of water storage in the brook valley' },
        opgaveIds: ['gh-opgave-water'],
        target: { value: 40, unit: 'ha', year: 2032 },
      },
      {
        id: 'gh-doel-wonen-2035',
        title: { nl: '900 woningen in Grensbeek en Veldrode', en: '900 homes in Grensbeek and Veldrode' },
        opgaveIds: ['gh-opgave-wonen'],
        target: { value: 900, unit: 'woningen', year: 2035 },
      },
    ],
    milestones: [],
  },
});

/** A moment on `date` at `hour` in Amsterdam summer time. */
export const at = (date: string, hour = 10) => `${date}T${String(hour).padStart(2, '0')}:00:00+02:00`;

export function decision(id: string, date: string, partyId: string, bodyId: string, stepId?: string): Decision {
  return {
    id,
    subject: 'step_closure',
    ...(stepId ? { stepId } : {}),
    title: { nl: `Besluit ${id}`, en: `Decision ${id}` },
    partyId,
    bodyId,
    date,
    decidedBy: { partyId, role: 'bevoegd_gezag', bodyId },
    motivation: { nl: 'Voorbereid aan de gebiedstafel.', en: 'Prepared at the area table.' },
    documents: [],
    servesGoalIds: [],
  };
}

/** The deliverable of a step: Grenshei's startnotitie for step 0, its vision for step 2, else a stand-in. */
function documentFor(stepId: string): Record<string, unknown> {
  if (stepId === 'opstart') return grensheiStartnotitie;
  if (stepId === 'visie-en-afwegingskader') return grensheiVisionAndFramework;
  const documentType = defaultStepTemplate.steps.find((s) => s.id === stepId)?.deliverable.documentType ?? '';
  return deliverableOf(documentType, {
    id: `${documentType}-grenshei`,
    ...(stepId === 'afwegen-en-keuze'
      ? {
          chosenVariantId: 'gh-variant-beekdal',
          ranking: [
            { variantId: 'gh-variant-beekdal', rank: 1 },
            { variantId: 'gh-variant-kernen', rank: 2 },
          ],
        }
      : {}),
  });
}

export const submit = (stepId: string, date: string): GebiedsprocesEvent => ({
  type: 'deliverable.submit',
  timestamp: at(date, 9),
  actor: 'regisseur-grenshei',
  role: 'regisseur',
  stepId,
  document: documentFor(stepId),
});

export const close = (
  stepId: string,
  date: string,
  partyId: string,
  bodyId: string,
  actor = bodyId,
): GebiedsprocesEvent => ({
  type: 'step.close',
  timestamp: at(date, 15),
  actor,
  role: 'bevoegd_gezag',
  stepId,
  decision: decision(`gh-besluit-${stepId}`, date, partyId, bodyId, stepId),
});

export const consent = (
  stepId: string,
  date: string,
  partyId: string,
  bodyId: string,
  extra: { actor?: string; consentStepId?: string } = {},
): GebiedsprocesEvent => ({
  type: 'consent.record',
  timestamp: at(date, 11),
  actor: extra.actor ?? bodyId,
  role: 'bevoegd_gezag',
  stepId,
  consent: {
    id: `gh-instemming-${partyId}-${stepId}`,
    partyId,
    bodyId,
    stepId: extra.consentStepId ?? stepId,
    outcome: 'adopted',
    date,
    targetChanges: [],
  },
});

/** Sends the event, expects it refused with this code and path, and the snapshot unchanged. */
export function refused(
  process: RunningGebiedsproces,
  event: GebiedsprocesEvent,
  code: string,
  path: (string | number)[],
) {
  const before = JSON.stringify(process.snapshot());
  const result = process.send(event);
  expect(result.accepted, `${event.type} should be refused`).toBe(false);
  if (result.accepted) return;
  expect(result.reason.code).toBe(code);
  expect(result.reason.path).toEqual(path);
  expect(result.reason.message.nl.length).toBeGreaterThan(0);
  expect(result.reason.message.en.length).toBeGreaterThan(0);
  expect(JSON.stringify(process.snapshot())).toBe(before);
}

export function accepted(process: RunningGebiedsproces, event: GebiedsprocesEvent) {
  const result = process.send(event);
  expect(result.accepted, result.accepted ? '' : JSON.stringify(result.reason)).toBe(true);
  return result;
}

export const DECIDERS = [
  ['provincie-zuidmark', 'gs-zuidmark'],
  ['provincie-noordveld', 'gs-noordveld'],
  ['gemeente-grensbeek', 'college-grensbeek'],
  ['gemeente-veldrode', 'college-veldrode'],
  ['waterschap-grensstromen', 'db-grensstromen'],
] as const;
export const CONSENTING = [
  ['provincie-noordveld', 'ps-noordveld'],
  ['provincie-zuidmark', 'ps-zuidmark'],
  ['gemeente-grensbeek', 'raad-grensbeek'],
  ['gemeente-veldrode', 'raad-veldrode'],
  ['waterschap-grensstromen', 'ab-grensstromen'],
] as const;

export const START = at('2026-03-02', 8);

/** A new Grenshei process in step 0, started on 2 March 2026. */
export function newGrenshei(): RunningGebiedsproces {
  return createGebiedsproces({ template: defaultStepTemplate, settings, startedAt: START, options: grensheiOptions });
}

/** Hands in Grenshei's startnotitie and closes step 0 on 2 March 2026, which accepts it. */
export function throughStep0(process: RunningGebiedsproces): void {
  accepted(process, submit('opstart', '2026-03-02'));
  accepted(process, close('opstart', '2026-03-02', 'provincie-noordveld', 'gs-noordveld', 'gedeputeerde-noordveld'));
}

/** Runs Grenshei through steps 0–2 into step 3 (ontwerpen) on 1 July 2026. */
export function intoStep3(): RunningGebiedsproces {
  const process = newGrenshei();
  throughStep0(process);
  accepted(process, submit('inzicht-verkrijgen', '2026-05-01'));
  accepted(process, close('inzicht-verkrijgen', '2026-05-01', 'provincie-zuidmark', 'gs-zuidmark'));
  accepted(process, submit('visie-en-afwegingskader', '2026-07-01'));
  for (const [partyId, bodyId] of CONSENTING)
    accepted(process, consent('visie-en-afwegingskader', '2026-07-01', partyId, bodyId));
  accepted(
    process,
    close('visie-en-afwegingskader', '2026-07-01', 'gemeente-veldrode', 'college-veldrode', 'wethouder-veldrode'),
  );
  return process;
}

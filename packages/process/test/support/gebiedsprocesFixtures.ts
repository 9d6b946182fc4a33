/**
 * Test support for the area process: Lindewaard settings (SCENARIO.md: Provincie Zuidmark, gemeenten
 * Lindewaard, Beekdal and Hoeverveen, Waterschap Aa en Lindt, the rijk), stand-in deliverable
 * schemas for document types not (yet) registered in core, and event builders.
 */
import type { GebiedsprocesSettings, ProcessEvent, StepTemplate } from '@gebiedsgericht/core';
import * as z from 'zod';
import type { DocumentRegistry } from '../../src/index';
import { createGebiedsproces, defaultStepTemplate, rivierenlandStepTemplate } from '../../src/index';

export const STEP = {
  opstart: 'opstart',
  inzicht: 'inzicht-verkrijgen',
  visie: 'visie-en-afwegingskader',
  varianten: 'ontwerpen-ontwikkelvarianten',
  keuze: 'afwegen-en-keuze',
  borgen: 'borgen-en-uitvoeren',
} as const;

export const MEDEOVERHEDEN = [
  'provincie-zuidmark',
  'gemeente-lindewaard',
  'gemeente-beekdal',
  'gemeente-hoeverveen',
  'waterschap-aa-en-lindt',
  'ministerie-vro',
] as const;

export const lindewaardSettings: GebiedsprocesSettings = {
  processId: 'gebiedsproces-lindewaard',
  areaId: 'gebied-lindewaard',
  provinceId: 'provincie-zuidmark',
  medeoverheden: [
    { partyId: 'provincie-zuidmark', layer: 'provincie' },
    { partyId: 'gemeente-lindewaard', layer: 'gemeente' },
    { partyId: 'gemeente-beekdal', layer: 'gemeente' },
    { partyId: 'gemeente-hoeverveen', layer: 'gemeente' },
    { partyId: 'waterschap-aa-en-lindt', layer: 'waterschap' },
    { partyId: 'ministerie-vro', layer: 'rijk' },
  ],
  consentStepIds: [STEP.visie, STEP.keuze],
  changeRules: {
    majorChangeApprovers: ['provincie-zuidmark', 'ministerie-vro'],
    reopenableStepIds: [STEP.inzicht, STEP.visie, STEP.varianten],
  },
};

/** A stand-in document schema: header plus a title and free fields used by the tests. */
function standIn(kind: string) {
  return z.strictObject({
    kind: z.literal(kind),
    schemaVersion: z.literal(2),
    id: z.string().min(1),
    title: z.string().min(1),
    chosenVariantId: z.string().min(1).optional(),
    ranking: z.array(z.strictObject({ variantId: z.string(), rank: z.number().int().min(1) })).optional(),
  });
}

/** Stand-ins for every document type the default and Rivierenland templates name. */
export function standInDocuments(...templates: StepTemplate[]): DocumentRegistry {
  const names = new Set<string>(['assessmentRecord']);
  for (const template of [defaultStepTemplate, rivierenlandStepTemplate, ...templates]) {
    for (const step of template.steps) {
      names.add(step.deliverable.documentType);
      if (step.gate.assessmentDocumentType) names.add(step.gate.assessmentDocumentType);
    }
  }
  return Object.fromEntries([...names].map((name) => [name, { schema: standIn(name) }]));
}

export const testOptions = { documents: standInDocuments() };

export function deliverableOf(documentType: string, extra: Record<string, unknown> = {}) {
  return { kind: documentType, schemaVersion: 2, id: `${documentType}-lindewaard`, title: documentType, ...extra };
}

/** An ISO moment `days` days after 2026-01-12 09:00 UTC. */
export function day(days: number): string {
  return new Date(Date.UTC(2026, 0, 12, 9, 0, 0) + days * 86_400_000).toISOString();
}
export function dateOf(moment: string): string {
  return moment.slice(0, 10);
}

export const START = day(0);

/** A new Lindewaard process on the default template, started at {@link START}, with the stand-in documents. */
export function newLindewaardProcess() {
  return createGebiedsproces({
    template: defaultStepTemplate,
    settings: lindewaardSettings,
    startedAt: START,
    options: testOptions,
  });
}

/** The ranking of the Lindewaard variants used in the tests: C "Water als drager" first. */
export const RANKING = [
  { variantId: 'variant-c', rank: 1 },
  { variantId: 'variant-a', rank: 2 },
  { variantId: 'variant-b', rank: 3 },
];

const meta = (at: string, actor = 'regisseur-zuidmark') => ({ timestamp: at, actor, role: 'regisseur' as const });

export function decision(
  id: string,
  at: string,
  subject: 'step_closure' | 'process_control' | 'change' = 'step_closure',
) {
  return {
    id,
    subject,
    title: { nl: `Besluit ${id}`, en: `Decision ${id}` },
    partyId: 'provincie-zuidmark',
    bodyId: 'gs-zuidmark',
    date: dateOf(at),
    decidedBy: { partyId: 'provincie-zuidmark', role: 'bevoegd_gezag' as const },
    motivation: { nl: 'Besproken aan de gebiedstafel.', en: 'Discussed at the area table.' },
    documents: [],
    servesGoalIds: [],
  };
}

export const ev = {
  submit(stepId: string, documentType: string, at: string, extra: Record<string, unknown> = {}): ProcessEvent {
    return { type: 'deliverable.submit', ...meta(at), stepId, document: deliverableOf(documentType, extra) };
  },
  assess(stepId: string, at: string, ranking: { variantId: string; rank: number }[]): ProcessEvent {
    return {
      type: 'assessment.record',
      ...meta(at),
      stepId,
      document: deliverableOf('assessmentRecord', { ranking }),
    };
  },
  consent(stepId: string, partyId: string, at: string, outcome: 'adopted' | 'rejected' = 'adopted'): ProcessEvent {
    return {
      type: 'consent.record',
      ...meta(at, partyId),
      role: 'partij',
      stepId,
      consent: {
        id: `instemming-${partyId}-${stepId}-${dateOf(at)}`,
        partyId,
        bodyId: `bestuur-${partyId}`,
        stepId,
        outcome,
        date: dateOf(at),
        targetChanges: [],
        ...(outcome === 'rejected' ? { reason: { nl: 'Niet akkoord', en: 'Not agreed' } } : {}),
      },
    };
  },
  close(stepId: string, at: string, extra: { deviationMotivation?: string } = {}): ProcessEvent {
    return {
      type: 'step.close',
      ...meta(at),
      stepId,
      decision: decision(`besluit-${stepId}-${dateOf(at)}`, at),
      ...extra,
    };
  },
  suspend(at: string): ProcessEvent {
    return {
      type: 'process.suspend',
      ...meta(at),
      decision: decision(`opschorten-${at.slice(0, 10)}`, at, 'process_control'),
    };
  },
  resume(at: string): ProcessEvent {
    return {
      type: 'process.resume',
      ...meta(at),
      decision: decision(`hervatten-${at.slice(0, 10)}`, at, 'process_control'),
    };
  },
  stop(at: string): ProcessEvent {
    return {
      type: 'process.stop',
      ...meta(at),
      decision: decision(`stoppen-${at.slice(0, 10)}`, at, 'process_control'),
    };
  },
  minor(id: string, at: string): ProcessEvent {
    return { type: 'change.minor', ...meta(at), change: { id, description: 'Planning twee weken opgeschoven' } };
  },
  major(id: string, reopenStepId: string, at: string, approvedBy: string[], motivation?: string): ProcessEvent {
    return {
      type: 'change.major',
      ...meta(at),
      ...(motivation ? { motivation } : {}),
      change: { id, description: 'Nieuwe gegevens over wateroverlast in het beekdal' },
      reopenStepId,
      approvedBy,
      decision: decision(`besluit-${id}`, at, 'change'),
    };
  },
  planDecision(id: string, partyId: string, plannedDate: string, at: string, stepId?: string): ProcessEvent {
    return {
      type: 'decision.plan',
      ...meta(at),
      plannedDecision: {
        id,
        partyId,
        body: 'Gemeenteraad',
        subject: 'Vaststellen visie en afwegingskader',
        plannedDate,
        ...(stepId ? { stepId } : {}),
      },
    };
  },
  agreement(id: string, partyId: string, dueDate: string, at: string): ProcessEvent {
    return {
      type: 'agreement.record',
      ...meta(at),
      agreement: { id, partyId, description: 'Aanleveren van de woningbouwprogrammering', dueDate },
    };
  },
  fulfil(agreementId: string, date: string, at: string): ProcessEvent {
    return { type: 'agreement.fulfil', ...meta(at), agreementId, date };
  },
  assessOpgave(
    opgaveId: string,
    nationalOpgaveId: string,
    placement: Extract<ProcessEvent, { type: 'opgave.assess' }>['assessment']['placement'],
    at: string,
  ): ProcessEvent {
    return { type: 'opgave.assess', ...meta(at), assessment: { opgaveId, nationalOpgaveId, placement } };
  },
  extendFramework(id: string, at: string): ProcessEvent {
    return {
      type: 'framework.extend',
      ...meta(at),
      addition: { kind: 'criterion', id, label: { nl: 'Hittestress', en: 'Heat stress' } },
      decision: decision(`besluit-${id}`, at, 'change'),
    };
  },
};

/** The events that walk the default template through one step, with consent where the settings ask. */
export function stepEvents(
  template: StepTemplate,
  settings: GebiedsprocesSettings,
  stepIndex: number,
  startDay: number,
): ProcessEvent[] {
  const step = template.steps[stepIndex];
  if (!step) return [];
  const events: ProcessEvent[] = [];
  let d = startDay;
  const extra = step.gate.choosesVariant ? { chosenVariantId: 'variant-c', ranking: RANKING } : {};
  events.push(ev.submit(step.id, step.deliverable.documentType, day(d++), extra));
  if (step.gate.assessmentDocumentType) {
    events.push(
      ev.assess(step.id, day(d++), [
        { variantId: 'variant-c', rank: 1 },
        { variantId: 'variant-a', rank: 2 },
      ]),
    );
  }
  const needsConsent =
    step.gate.consent === 'always' ||
    (step.gate.consent === 'startnotitie' && settings.consentStepIds.includes(step.id));
  if (needsConsent) for (const m of settings.medeoverheden) events.push(ev.consent(step.id, m.partyId, day(d++)));
  events.push(ev.close(step.id, day(d + 60)));
  return events;
}

/** All events that walk a template from its first step into monitoring. */
export function fullRun(template: StepTemplate, settings: GebiedsprocesSettings): ProcessEvent[] {
  const events: ProcessEvent[] = [];
  template.steps.forEach((_, index) => {
    events.push(...stepEvents(template, settings, index, 1 + index * 100));
  });
  return events;
}

/**
 * Where the steps region stands as a dotted path (`running.opstart`, `running.monitoring`,
 * `suspended`), ignoring any child states inside a step or monitoring.
 */
export function stepsRegionAt(value: unknown): string {
  const steps = (value as { steps?: unknown }).steps;
  if (typeof steps === 'string') return steps;
  if (steps && typeof steps === 'object') {
    const [outer, inner] = Object.entries(steps as Record<string, unknown>)[0] ?? [];
    if (typeof inner === 'string') return `${outer}.${inner}`;
    if (inner && typeof inner === 'object') return `${outer}.${Object.keys(inner)[0]}`;
    return String(outer);
  }
  return '';
}

/** Event metadata: the moment `d` days after the start, and who sends it (default: the regisseur). */
export const eventMeta = (d: number, actor = 'provincie-zuidmark', role = 'regisseur') => ({
  timestamp: day(d),
  actor,
  role,
});

/** The long-term goal of a water-robust brook valley (day `goalDay`) and its solar pilot (day `pilotDay`). */
export function waterGoalAndPilot(goalDay: number, pilotDay: number): Record<string, unknown>[] {
  return [
    {
      type: 'track.defineGoal',
      goal: { id: 'doel-waterrobuust', label: { nl: 'Een waterrobuust beekdal', en: 'A water-robust brook valley' } },
      ...eventMeta(goalDay),
    },
    {
      type: 'track.start',
      item: {
        id: 'pilot-zon-op-berging',
        kind: 'pilot',
        title: { nl: 'Zon op waterberging', en: 'Solar on storage' },
        longTermGoalId: 'doel-waterrobuust',
      },
      ...eventMeta(pilotDay),
    },
  ];
}

/** The pilot's lesson on grid capacity, recorded on day `d`. */
export function gridLesson(d: number): Record<string, unknown> {
  return {
    type: 'track.recordLesson',
    itemId: 'pilot-zon-op-berging',
    lesson: {
      id: 'les-netcongestie',
      text: { nl: 'Netcapaciteit vroeg vastleggen', en: 'Secure grid capacity early' },
    },
    ...eventMeta(d),
  };
}

/** The water-storage indicator: a herijking of the water opgave when fewer than 100 ha are realised. */
export const WATER_INDICATOR = {
  id: 'ind-waterberging',
  label: { nl: 'Gerealiseerde waterberging', en: 'Water storage realised' },
  unit: 'ha',
  trigger: { when: 'below', value: 100 },
  herijkingScope: { kind: 'opgave', opgaveId: 'opgave-waterberging' },
} as const;

/**
 * After the last step (day `after`): the indicator agreed, an evaluation 10 days later, and a reading
 * of 80 ha 300 days later, which triggers the herijking `herijking-ind-waterberging-<date>`.
 */
export function waterMonitoringEvents(after: number): Record<string, unknown>[] {
  return [
    { type: 'indicator.agree', indicator: WATER_INDICATOR, ...eventMeta(after) },
    {
      type: 'evaluation.record',
      evaluation: {
        id: 'evaluatie-2028',
        heldOn: day(after + 10).slice(0, 10),
        findings: { nl: 'Op koers', en: 'On track' },
      },
      ...eventMeta(after + 10, 'programmateam-lindewaard'),
    },
    {
      type: 'indicator.measure',
      indicatorId: 'ind-waterberging',
      value: 80,
      measuredOn: day(after + 300).slice(0, 10),
      ...eventMeta(after + 300, 'waterschap-aa-en-lindt', 'partij'),
    },
  ];
}

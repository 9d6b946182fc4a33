/**
 * Data of the example: the GOKIT-R of the Lindewaard programme in the fictional Provincie Zuidmark
 * (the shared scenario of the SDK). All names and figures are invented.
 */
import type { ControlSheet, Estimate, ProjectSetup, RiskRegister } from '@gebiedsgericht/core';
import { defaultRiskScales } from '@gebiedsgericht/risk';

export const lindewaardRegister: RiskRegister = {
  kind: 'riskRegister',
  schemaVersion: 1,
  id: 'lindewaard-risicoregister',
  scope: { level: 'programme', programmeId: 'lindewaard' },
  version: 1,
  asOf: '2026-04-01',
  scales: defaultRiskScales,
  risks: [
    {
      id: 'r-netcongestie',
      title: 'Netcongestie vertraagt zonneveld',
      cause: 'Het elektriciteitsnet in Zuidmark-Oost is vol',
      event: 'De netbeheerder kan de 90 ha zon niet op tijd aansluiten',
      consequence: 'Vertraging van de energieopgave en extra kosten voor tijdelijke oplossingen',
      ownerId: 'provincie-zuidmark',
      probability: 4,
      impact: { time: 4, money: 3 },
      measures: [
        {
          id: 'm-netbeheerder',
          strategy: 'reduce',
          description: 'Vroegtijdig capaciteitsoverleg met de netbeheerder en cable pooling',
          ownerId: 'provincie-zuidmark',
          progress: 'inProgress',
        },
      ],
      residual: { probability: 3, impact: { time: 3, money: 3 } },
      status: 'treating',
      identifiedOn: '2026-01-15',
      history: [{ on: '2026-01-15', actorId: 'provincie-zuidmark', change: 'identified', probability: 4 }],
    },
    {
      id: 'r-capaciteit-hoeverveen',
      title: 'Te weinig capaciteit bij de kleinste gemeente',
      cause: 'Gemeente Hoeverveen heeft één beleidsmedewerker ruimte',
      event: 'Hoeverveen kan niet aan alle gebiedstafels en werkateliers deelnemen',
      consequence: 'Vertraging en minder draagvlak voor keuzes in Hoeverveen',
      ownerId: 'gemeente-hoeverveen',
      probability: 3,
      impact: { organisation: 4, time: 2 },
      measures: [
        {
          id: 'm-flexpool',
          strategy: 'transfer',
          description: 'Inzet uit de regionale flexpool, bekostigd door de provincie',
          progress: 'planned',
        },
      ],
      status: 'open',
      identifiedOn: '2026-02-01',
      history: [],
    },
    {
      id: 'r-stikstofdata',
      title: 'Onvolledige data over stikstofdepositie',
      cause: 'Metingen rond de Lindtse Broek zijn verouderd',
      event: 'De effecten van varianten op stikstofdepositie zijn niet te bepalen',
      consequence: 'Afweging in stap 4 op onvolledige informatie',
      ownerId: 'provincie-zuidmark',
      probability: 4,
      impact: { information: 3, quality: 3 },
      measures: [],
      status: 'open',
      identifiedOn: '2026-02-01',
      history: [],
    },
    {
      id: 'r-kosten-nweg',
      title: 'Kostenoverschrijding opwaardering N-weg',
      cause: 'Onzekere grondprijzen en bodemgesteldheid',
      event: 'De opwaardering van de N-weg Lindewaard–Beekdal valt duurder uit',
      consequence: 'Tekort in de cofinanciering',
      ownerId: 'provincie-zuidmark',
      probability: 3,
      impact: { money: 5 },
      measures: [
        {
          id: 'm-reserve',
          strategy: 'accept',
          description: 'Risicoreservering op P85 in de investeringsagenda',
          progress: 'done',
        },
      ],
      status: 'treating',
      identifiedOn: '2026-01-15',
      history: [],
    },
    {
      id: 'r-landschap',
      title: 'Kwaliteit landschappelijke inpassing',
      cause: 'Zonneveld en waterberging raken het historische landgoederenlandschap',
      event: 'Inpassing voldoet niet aan de kwaliteitscriteria',
      consequence: 'Aantasting erfgoed en minder draagvlak',
      ownerId: 'gemeente-lindewaard',
      probability: 2,
      impact: { quality: 3 },
      measures: [],
      status: 'open',
      identifiedOn: '2026-03-01',
      history: [],
    },
  ],
};

export const stap3Sheet: ControlSheet = {
  kind: 'controlSheet',
  schemaVersion: 1,
  id: 'gokit-stap3-2026-04',
  scope: { level: 'step', processId: 'lindewaard', stepId: 'stap-3' },
  measuredOn: '2026-04-01',
  riskRegisterId: 'lindewaard-risicoregister',
  aspects: {
    money: {
      budget: 400_000_00,
      actual: 150_000_00,
      forecast: 390_000_00,
      tolerance: { mode: 'relative', over: 0.1, under: 0.25 },
    },
    organisation: {
      requiredHours: 3000,
      actualHours: 1200,
      forecastHours: 2500,
      roles: [
        { role: 'procesregisseur', partyId: 'provincie-zuidmark', holderId: 'p-de-vries' },
        { role: 'ontwerper watersysteem', partyId: 'waterschap-aa-en-lindt' },
      ],
      tolerance: { mode: 'relative', over: 0.2, under: 0.1 },
    },
    quality: {
      criteria: [
        {
          id: 'k-varianten',
          description: 'Aantal maakbare ontwikkelvarianten',
          indicator: 'varianten die alle randvoorwaarden respecteren',
          unit: 'varianten',
          target: 3,
          direction: 'atLeast',
          acceptedBy: ['provincie-zuidmark', 'waterschap-aa-en-lindt'],
          realisticBasis: 'Drie ontwerpateliers gepland',
          deadline: '2026-06-30',
          forecast: 3,
          tolerance: { mode: 'absolute', over: 5, under: 1 },
        },
      ],
    },
    information: {
      agreements: [
        {
          id: 'i-stikstof',
          subject: 'Stikstofdepositie per hexagon',
          supplierId: 'provincie-zuidmark',
          recipientIds: ['gebiedstafel-lindewaard'],
          dueDate: '2026-02-01',
        },
      ],
      tolerance: { lateDays: 30 },
    },
    time: {
      plannedStart: '2026-01-05',
      plannedFinish: '2026-06-30',
      forecastFinish: '2026-07-21',
      tolerance: { lateDays: 30, earlyDays: 60 },
    },
  },
};

export const nWegEstimate: Estimate = {
  kind: 'estimate',
  schemaVersion: 1,
  id: 'n-weg-kosten',
  scope: { level: 'project', programmeId: 'lindewaard', projectId: 'n-weg' },
  aspect: 'money',
  unit: 'euroCents',
  certainAbove: 0.5,
  items: [
    {
      id: 'grondverwerving',
      label: 'Grondverwerving',
      range: { type: 'pert', min: 2_000_000_00, mode: 2_400_000_00, max: 3_600_000_00 },
    },
    {
      id: 'wegconstructie',
      label: 'Wegconstructie',
      range: { type: 'pert', min: 5_500_000_00, mode: 6_000_000_00, max: 7_500_000_00 },
    },
    {
      id: 'kunstwerken',
      label: 'Kunstwerken',
      range: { type: 'triangular', min: 1_500_000_00, mode: 1_800_000_00, max: 2_700_000_00 },
    },
    {
      id: 'engineering',
      label: 'Engineering en toezicht',
      range: { type: 'uniform', min: 900_000_00, max: 1_200_000_00 },
    },
  ],
  riskEvents: [
    {
      id: 'ev-bodem',
      label: 'Verontreinigde grond',
      probability: 0.3,
      consequence: { type: 'uniform', min: 300_000_00, max: 900_000_00 },
      riskId: 'r-kosten-nweg',
    },
    {
      id: 'ev-archeologie',
      label: 'Archeologische vondst',
      probability: 0.1,
      consequence: { type: 'triangular', min: 100_000_00, mode: 200_000_00, max: 600_000_00 },
    },
    {
      id: 'ev-kabels',
      label: 'Verleggen kabels en leidingen',
      probability: 0.6,
      consequence: { type: 'pert', min: 150_000_00, mode: 250_000_00, max: 500_000_00 },
    },
  ],
};

export const nWegSetup: ProjectSetup = {
  kind: 'projectSetup',
  schemaVersion: 1,
  id: 'n-weg-opzet',
  scope: { level: 'project', programmeId: 'lindewaard', projectId: 'n-weg' },
  start: '2026-01-01',
  plannedFinish: '2028-12-31',
  principals: [
    { partyId: 'provincie-zuidmark', lead: true },
    { partyId: 'gemeente-beekdal', lead: false },
  ],
  plan: {
    approvedOn: '2026-02-15',
    covers: ['goal', 'result', 'approach', 'organisation', 'planning', 'budget', 'risks', 'decisionPoints'],
  },
  goal: 'Betere bereikbaarheid tussen Lindewaard en Beekdal',
  result: 'Opgewaardeerde N-weg met fietspad en twee ongelijkvloerse kruisingen',
  qualityCriteria: [
    {
      id: 'k-reistijd',
      description: 'Reistijd spits Lindewaard–Beekdal',
      indicator: 'reistijd',
      unit: 'minuten',
      target: 18,
      direction: 'atMost',
      acceptedBy: ['provincie-zuidmark', 'gemeente-beekdal'],
      realisticBasis: 'Verkeersmodel 2025',
      deadline: '2028-12-31',
      forecast: 18,
      tolerance: { mode: 'absolute', over: 2, under: 18 },
    },
  ],
  method: {
    method: 'traditional',
    phases: [
      {
        phase: 'initiative',
        decisionPoint: { date: '2026-03-31', aspects: ['money', 'organisation', 'quality', 'information', 'time'] },
      },
      { phase: 'definition', decisionPoint: { date: '2026-09-30', aspects: ['money', 'quality', 'time'] } },
      { phase: 'design', decisionPoint: { date: '2027-03-31', aspects: ['money', 'quality', 'time'] } },
      { phase: 'preparation', decisionPoint: { date: '2027-09-30', aspects: ['money', 'time'] } },
      { phase: 'realisation', decisionPoint: { date: '2028-06-30', aspects: ['money', 'quality', 'time'] } },
    ],
  },
  planning: {
    budget: 12_500_000_00,
    costP50: 12_000_000_00,
    requiredHours: 6000,
    committedHours: 6000,
  },
  changeLog: [
    { id: 'c1', on: '2026-05-01', subject: 'requirement', magnitude: 'minor', description: 'Fietspad 0,5 m breder' },
  ],
  progressControl: { lastMeasuredOn: '2026-09-30', aspectsMonitored: ['money', 'time', 'quality', 'organisation'] },
  measureAndDecisionPoints: ['2026-06-15', '2026-12-15', '2027-06-15', '2027-12-15', '2028-03-15', '2028-09-15'],
};

/** A project sheet for GOKIT per project in the programme. */
export function projectSheet(
  projectId: string,
  measuredOn: string,
  budget: number,
  forecast: number,
  lateDays: number,
): ControlSheet {
  return {
    kind: 'controlSheet',
    schemaVersion: 1,
    id: `gokit-${projectId}-${measuredOn}`,
    scope: { level: 'project', programmeId: 'lindewaard', projectId },
    measuredOn,
    aspects: {
      money: {
        budget,
        actual: Math.round(budget / 3),
        forecast,
        tolerance: { mode: 'relative', over: 0.05, under: 0.2 },
      },
      time: {
        plannedStart: '2026-01-01',
        plannedFinish: '2028-12-31',
        forecastFinish: new Date(Date.UTC(2028, 11, 31 + lateDays)).toISOString().slice(0, 10),
        tolerance: { lateDays: 60, earlyDays: 120 },
      },
    },
  };
}

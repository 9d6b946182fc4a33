import type { ControlReport, IjkmomentRecord } from '@gebiedsgericht/core';
import { lindewaardStartnotitie } from '@gebiedsgericht/core/fixtures';
import { describe, expect, it } from 'vitest';
import { createGebiedsproces, defaultStepTemplate, nextIjkmomenten, prepareIjkmoment } from '../src/index';
import { beekdalWater, lindewaardModel } from './knelpuntSupport';
import {
  day,
  lindewaardSettings,
  eventMeta as meta,
  START,
  stepEvents,
  testOptions,
} from './support/gebiedsprocesFixtures';

const schedule = lindewaardStartnotitie.ijkmomenten;

/** A GOKIT-R control report (shape of core's risk section) with one exception routed to the ijkmoment. */
const controlReport: ControlReport = {
  kind: 'controlReport',
  schemaVersion: 2,
  id: 'gokitr-lindewaard-2026-07',
  sheetId: 'beheersblad-lindewaard',
  status: {
    scope: { level: 'step', processId: 'gebiedsproces-lindewaard', stepId: 'inzicht-verkrijgen' },
    measuredOn: '2026-07-01',
    aspects: { time: 'off_track', money: 'on_track' },
    overall: 'at_risk',
  },
  aspects: [],
  topRiskIds: [],
  exceptions: [
    {
      id: 'uitzondering-tijd-stap-1',
      sheetId: 'beheersblad-lindewaard',
      scope: { level: 'step', processId: 'gebiedsproces-lindewaard', stepId: 'inzicht-verkrijgen' },
      aspect: 'time',
      subjectId: 'inzicht-verkrijgen',
      measuredOn: '2026-07-01',
      unit: 'days',
      norm: 120,
      forecast: 170,
      deviation: 50,
      toleranceLimit: 30,
      proposedRoute: 'ijkmoment_agenda',
      summary: { nl: 'Stap 1 loopt 50 dagen uit (tolerantie 30)', en: 'Step 1 runs 50 days late (tolerance 30)' },
    },
    {
      id: 'uitzondering-geld',
      sheetId: 'beheersblad-lindewaard',
      scope: { level: 'step', processId: 'gebiedsproces-lindewaard', stepId: 'inzicht-verkrijgen' },
      aspect: 'money',
      subjectId: 'n-weg',
      measuredOn: '2026-07-01',
      unit: 'euro_cents',
      norm: 100,
      forecast: 200,
      deviation: 100,
      toleranceLimit: 10,
      proposedRoute: 'knelpunt',
      summary: { nl: 'Kosten N-weg', en: 'Cost of the N-road' },
    },
  ],
};

describe('preparing and holding an ijkmoment from the process state', () => {
  const process = createGebiedsproces({
    template: defaultStepTemplate,
    settings: lindewaardSettings,
    startedAt: START,
    options: testOptions,
  });
  const occurrence = nextIjkmomenten(schedule, day(100)).regional_moment;
  const events = [
    { type: 'escalation.configure', model: lindewaardModel, ...meta(1) },
    // The agenda of the next ijkmoment needs the schedule it is taken from.
    { type: 'ijkmoment.schedule', schedule, ...meta(1) },
    ...(stepEvents(defaultStepTemplate, lindewaardSettings, 0, 2) as unknown as Record<string, unknown>[]),
    { type: 'knelpunt.raise', knelpunt: beekdalWater, ...meta(90, 'waterschap-aa-en-lindt', 'partij') },
    { type: 'knelpunt.putOnAgenda', knelpuntId: beekdalWater.id, ijkmomentId: occurrence?.id ?? 'x', ...meta(95) },
  ];
  for (const e of events) expect(process.send(e, { untyped: true }).accepted).toBe(true);

  it('puts progress, GOKIT-R status, the knelpunt and the routed exception on the agenda', () => {
    expect(occurrence?.kind).toBe('regional_moment');
    if (!occurrence) return;
    const draft = prepareIjkmoment(process.snapshot(), {
      occurrence,
      participants: ['provincie-zuidmark', 'gemeente-beekdal'],
      controlReport,
    });
    expect(draft.status).toBe('planned');
    expect(draft.agenda.map((i) => i.knelpuntId ?? i.id)).toEqual([
      'agenda-voortgang',
      beekdalWater.id,
      'agenda-uitzondering-tijd-stap-1',
    ]);
    expect(draft.progress[0]).toMatchObject({ currentStepId: 'inzicht-verkrijgen', closedStepIds: ['opstart'] });
    expect(draft.gokitr?.summary?.nl).toContain('2 uitzondering(en) buiten tolerantie, 1 voor dit ijkmoment');
  });

  it('is accepted by the process once held with an outcome for the knelpunt on its agenda', () => {
    if (!occurrence) return;
    const draft = prepareIjkmoment(process.snapshot(), { occurrence, participants: ['provincie-zuidmark'] });
    const held: IjkmomentRecord = {
      ...draft,
      status: 'held',
      heldOn: occurrence.date,
      conclusions: [
        {
          outcome: 'escalate',
          knelpuntId: beekdalWater.id,
          agendaItemId: `agenda-${beekdalWater.id}`,
          motivation: { nl: 'Geen akkoord; bemiddeling', en: 'No agreement; mediation' },
          concludedBy: { partyId: 'provincie-zuidmark', role: 'voorzitter' },
        },
      ],
    };
    const at = `${occurrence.date}T16:00:00+02:00`;
    const without = process.rejectionOf({
      type: 'ijkmoment.hold',
      record: {
        ...held,
        conclusions: [
          { ...held.conclusions[0]!, knelpuntId: undefined, agendaItemId: 'agenda-voortgang', outcome: 'continue' },
        ],
      },
      timestamp: at,
      actor: 'provincie-zuidmark',
      role: 'voorzitter',
    });
    expect(without?.code).toBe('ijkmoment_agenda_item_without_outcome');
    expect(
      process.send({
        type: 'ijkmoment.hold',
        record: held,
        timestamp: at,
        actor: 'provincie-zuidmark',
        role: 'voorzitter',
      }).accepted,
    ).toBe(true);
    expect(process.context().ijkmomenten.held.map((r) => r.id)).toEqual([held.id]);
  });
});

/**
 * The monitoring loop inside the area process machine: after the last step, periodic evaluation,
 * an indicator trigger that puts a scoped herijking on the agenda, the herijking sub-state, lessons
 * from a pilot of the short-term track feeding the evaluation, and a Zuid-Holland regime as a child
 * actor.
 */
import { lindewaardStartnotitie } from '@gebiedsgericht/core/fixtures';
import { describe, expect, it } from 'vitest';
import {
  createGebiedsproces,
  defaultStepTemplate,
  dueItems,
  replayGebiedsproces,
  restoreGebiedsproces,
} from '../src/index';
import { regimeActorId } from '../src/regimes/RegimesSlice';
import { xstateOf } from '../src/xstate';
import {
  day,
  gridLesson,
  lindewaardSettings,
  eventMeta as meta,
  START,
  stepEvents,
  stepsRegionAt,
  testOptions,
  waterGoalAndPilot,
  waterMonitoringEvents,
} from './support/gebiedsprocesFixtures';

const template = defaultStepTemplate;

function stepsAndTracks(): Record<string, unknown>[] {
  const events: Record<string, unknown>[] = [];
  events.push(
    { type: 'monitoring.configure', cadence: lindewaardStartnotitie.evaluation, ...meta(2) },
    ...waterGoalAndPilot(2, 3),
  );
  template.steps.forEach((_, i) => {
    events.push(...(stepEvents(template, lindewaardSettings, i, 10 + i * 100) as unknown as Record<string, unknown>[]));
    if (i === 1) {
      events.push(gridLesson(180));
    }
  });
  return events;
}

const AFTER = 700; // the last step closed around day 580
const monitoringEvents = () => waterMonitoringEvents(AFTER);

function run() {
  const process = createGebiedsproces({
    template,
    settings: lindewaardSettings,
    startedAt: START,
    options: testOptions,
  });
  for (const event of [...stepsAndTracks(), ...monitoringEvents()]) {
    const result = process.send(event, { untyped: true });
    expect(result.accepted, `${String(event.type)}: ${JSON.stringify(result.accepted ? '' : result.reason)}`).toBe(
      true,
    );
  }
  return process;
}

const herijkingId = `herijking-ind-waterberging-${day(AFTER + 300).slice(0, 10)}`;

describe('monitoring loop inside the area process', () => {
  it('feeds the lessons of a pilot into the first evaluation after the last step', () => {
    const c = run().context();
    expect(c.position).toBe('monitoring');
    expect(c.monitoring.evaluations[0]?.lessonIds).toEqual(['les-netcongestie']);
  });

  it('puts a scoped herijking on the agenda when the trigger value is passed, and shows it as due', () => {
    const process = run();
    expect(process.context().monitoring.herijkingen).toEqual([
      expect.objectContaining({
        id: herijkingId,
        status: 'on_agenda',
        scope: { kind: 'opgave', opgaveId: 'opgave-waterberging' },
      }),
    ]);
    const due = dueItems(process.snapshot(), day(AFTER + 301));
    expect(due.filter((d) => d.kind === 'herijking_triggered').map((d) => d.refId)).toEqual([herijkingId]);
  });

  it('runs the herijking as a sub-state of monitoring without reopening closed steps, and survives restore', () => {
    const process = run();
    const closedBefore = Object.values(process.context().steps).map((s) => s.status);
    expect(
      process.send({ type: 'herijking.start', herijkingId, ...meta(AFTER + 320) }, { untyped: true }).accepted,
    ).toBe(true);
    expect(xstateOf(process).actor.getSnapshot().value).toMatchObject({
      steps: { running: { monitoring: 'herijking' } },
    });
    const restored = restoreGebiedsproces(JSON.parse(JSON.stringify(process.snapshot())), testOptions);
    const complete = {
      type: 'herijking.complete',
      herijkingId,
      result: { nl: 'Extra berging in de Lindtse Broek', en: 'Extra storage in the Lindtse Broek' },
      decisionId: 'besluit-herijking-water',
      ...meta(AFTER + 400),
    };
    for (const p of [process, restored]) {
      expect(p.send(complete, { untyped: true }).accepted).toBe(true);
      expect(stepsRegionAt(xstateOf(p).actor.getSnapshot().value)).toBe('running.monitoring');
      expect(xstateOf(p).actor.getSnapshot().value).toMatchObject({ steps: { running: { monitoring: 'watching' } } });
      expect(Object.values(p.context().steps).map((s) => s.status)).toEqual(closedBefore);
    }
    expect(restored.snapshot()).toEqual(process.snapshot());
  });

  it('goes back into the herijking after suspension and resumption (deep history)', () => {
    const process = run();
    process.send({ type: 'herijking.start', herijkingId, ...meta(AFTER + 320) }, { untyped: true });
    const decision = (id: string, d: number) => ({
      id,
      subject: 'process_control',
      title: { nl: id, en: id },
      partyId: 'provincie-zuidmark',
      bodyId: 'gs-zuidmark',
      date: day(d).slice(0, 10),
      decidedBy: { partyId: 'provincie-zuidmark', role: 'bevoegd_gezag' },
      motivation: { nl: 'Besproken', en: 'Discussed' },
      documents: [],
      servesGoalIds: [],
    });
    expect(
      process.send(
        { type: 'process.suspend', decision: decision('schorsing', AFTER + 330), ...meta(AFTER + 330) },
        { untyped: true },
      ).accepted,
    ).toBe(true);
    expect(
      process.send(
        { type: 'herijking.complete', herijkingId, result: { nl: 'x', en: 'x' }, ...meta(AFTER + 331) },
        { untyped: true },
      ).accepted,
    ).toBe(false);
    expect(
      process.send(
        { type: 'process.resume', decision: decision('hervatting', AFTER + 340), ...meta(AFTER + 340) },
        { untyped: true },
      ).accepted,
    ).toBe(true);
    expect(xstateOf(process).actor.getSnapshot().value).toMatchObject({
      steps: { running: { monitoring: 'herijking' } },
    });
  });

  it('has no herijking or evaluation before the last step', () => {
    const process = createGebiedsproces({
      template,
      settings: lindewaardSettings,
      startedAt: START,
      options: testOptions,
    });
    const result = process.send(
      {
        type: 'evaluation.record',
        evaluation: { id: 'e', heldOn: day(5).slice(0, 10), findings: { nl: 'x', en: 'x' } },
        ...meta(5),
      },
      { untyped: true },
    );
    expect(result).toMatchObject({ accepted: false, reason: { code: 'monitoring_event_not_allowed' } });
  });
});

describe('Zuid-Holland regime inside the area process', () => {
  const province = { actor: 'provincie-zuidmark', role: 'bevoegd_gezag' };
  it('runs as a child actor, agrees with the context and replays from the audit log', () => {
    const process = createGebiedsproces({
      template,
      settings: lindewaardSettings,
      startedAt: START,
      options: testOptions,
    });
    const events = [
      {
        type: 'regime.start',
        regime: {
          id: 'woonregio-lindt',
          region: 'regio-lindt',
          province: 'provincie-zuidmark',
          municipalities: ['gemeente-lindewaard', 'gemeente-beekdal'],
          subject: { nl: 'Regionale woonvisie', en: 'Regional housing vision' },
        },
        ...meta(5),
      },
      {
        type: 'regime.submitVision',
        regimeId: 'woonregio-lindt',
        visionId: 'woonvisie-lindt',
        consentingMunicipalities: ['gemeente-lindewaard', 'gemeente-beekdal'],
        ...meta(30, 'regio-lindt', 'trekker'),
      },
      {
        type: 'regime.reject',
        regimeId: 'woonregio-lindt',
        supraRegionalInterest: { nl: 'Te weinig sociale huur', en: 'Too little social rent' },
        timestamp: day(60),
        ...province,
      },
      {
        type: 'regime.municipalPlan',
        regimeId: 'woonregio-lindt',
        planId: 'op-beekdal-noord',
        municipality: 'gemeente-beekdal',
        ...meta(90, 'gemeente-beekdal', 'bevoegd_gezag'),
      },
    ];
    for (const e of events) expect(process.send(e, { untyped: true }).accepted).toBe(true);
    const child = xstateOf(process).actor.getSnapshot().children[regimeActorId('woonregio-lindt')];
    expect(child?.getSnapshot().value).toBe('rejected');
    expect(child?.getSnapshot().context).toEqual(process.context().regimes['woonregio-lindt']);
    expect(process.context().regimes['woonregio-lindt']?.plans[0]?.provinceInvolvement).toBe('participates');
    const replayed = replayGebiedsproces({
      template,
      settings: lindewaardSettings,
      startedAt: START,
      options: testOptions,
      log: process.context().auditLog,
    });
    expect(replayed.snapshot()).toEqual(process.snapshot());
  });
});

/**
 * The second half inside the whole area process machine: knelpunten as child actors next to the
 * steps, ijkmomenten, persistence with child actors, replay of the audit log, and the due query.
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
import { knelpuntActorId } from '../src/knelpunten/KnelpuntenSlice';
import { xstateOf } from '../src/xstate';
import { beekdalWater, lindewaardModel, windHoeverveen } from './knelpuntSupport';
import { day, lindewaardSettings, START, stepEvents, testOptions } from './support/gebiedsprocesFixtures';

const defaultTemplate = defaultStepTemplate;

const meta = (d: number, actor: string, role = 'partij') => ({ timestamp: day(d), actor, role });

function knelpuntEvents(): Record<string, unknown>[] {
  return [
    { type: 'escalation.configure', model: lindewaardModel, ...meta(2, 'provincie-zuidmark', 'regisseur') },
    {
      type: 'ijkmoment.schedule',
      schedule: lindewaardStartnotitie.ijkmomenten,
      ...meta(2, 'provincie-zuidmark', 'regisseur'),
    },
    // Step 3 (ontwerpen ontwikkelvarianten) runs from day 301: the water-versus-housing knelpunt.
    { type: 'knelpunt.raise', knelpunt: beekdalWater, ...meta(310, 'waterschap-aa-en-lindt') },
    {
      type: 'knelpunt.startMediation',
      knelpuntId: beekdalWater.id,
      mediator: 'bureau-de-brug',
      style: 'facilitative',
      ...meta(320, 'provincie-zuidmark', 'regisseur'),
    },
    {
      type: 'knelpunt.recordOutcome',
      knelpuntId: beekdalWater.id,
      result: 'agreement',
      summary: {
        nl: 'Beekdal bouwt elders; het dal blijft voor water',
        en: 'Beekdal builds elsewhere; the valley stays for water',
      },
      ...meta(340, 'bureau-de-brug', 'mediator'),
    },
    // Step 4: the wind knelpunt goes to the province.
    { type: 'knelpunt.raise', knelpunt: windHoeverveen, ...meta(405, 'dorpsraad-hoeverveen') },
    { type: 'knelpunt.escalate', knelpuntId: windHoeverveen.id, ...meta(420, 'gemeente-hoeverveen') },
  ];
}

function byTime(events: Record<string, unknown>[]): Record<string, unknown>[] {
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => Date.parse(String(a.e.timestamp)) - Date.parse(String(b.e.timestamp)) || a.i - b.i)
    .map(({ e }) => e);
}

function scenario(): Record<string, unknown>[] {
  const steps = defaultTemplate.steps.flatMap((_, i) =>
    stepEvents(defaultTemplate, lindewaardSettings, i, 1 + i * 100),
  );
  return byTime([...(steps as unknown as Record<string, unknown>[]), ...knelpuntEvents()]);
}

/**
 * The scenario up to and including `until` (an ISO moment), or all of it. With `actorFrom`, the
 * XState actor is asked for (`xstateOf`) before the event at that index, so every later event goes through it.
 */
function run(until?: string, actorFrom?: number) {
  const process = createGebiedsproces({
    template: defaultTemplate,
    settings: lindewaardSettings,
    startedAt: START,
    options: testOptions,
  });
  const events = scenario().filter((e) => until === undefined || Date.parse(String(e.timestamp)) <= Date.parse(until));
  for (const [index, event] of events.entries()) {
    if (index === actorFrom) expect(xstateOf(process).actor.getSnapshot().status).toBe('active');
    const result = process.send(event, { untyped: true });
    expect(result.accepted, `${String(event.type)}: ${JSON.stringify(result.accepted ? '' : result.reason)}`).toBe(
      true,
    );
  }
  return process;
}

describe('knelpunten inside the area process', () => {
  it('runs every knelpunt as a child actor that agrees with the process context, next to the steps', () => {
    const process = run();
    const snapshot = xstateOf(process).actor.getSnapshot();
    const beekdal = snapshot.children[knelpuntActorId(beekdalWater.id)];
    const wind = snapshot.children[knelpuntActorId(windHoeverveen.id)];
    expect(beekdal?.getSnapshot().value).toBe('settled');
    expect(wind?.getSnapshot().value).toBe('province_intervention');
    expect(beekdal?.getSnapshot().context).toEqual(process.context().knelpunten.items[beekdalWater.id]);
    expect(wind?.getSnapshot().context).toEqual(process.context().knelpunten.items[windHoeverveen.id]);
    expect(process.context().position).toBe('monitoring');
  });

  it('logs every accepted knelpunt event in the audit log, with the step it happened in', () => {
    const log = run().context().auditLog;
    const raise = log.find(
      (e) =>
        e.type === 'knelpunt.raise' && (e.event as { knelpunt?: { id?: string } }).knelpunt?.id === beekdalWater.id,
    );
    expect(raise).toMatchObject({
      stepBefore: 'ontwerpen-ontwikkelvarianten',
      stepAfter: 'ontwerpen-ontwikkelvarianten',
    });
    expect(log.filter((e) => e.type.startsWith('knelpunt.')).length).toBe(5);
  });

  it('rejects a knelpunt event the escalation model does not allow, says why, and changes nothing', () => {
    const process = run();
    const before = process.snapshot();
    const result = process.send(
      {
        type: 'knelpunt.recordOutcome',
        knelpuntId: windHoeverveen.id,
        result: 'decision',
        summary: { nl: 'x', en: 'x' },
        ...meta(700, 'gemeente-hoeverveen'),
      },
      { untyped: true },
    );
    expect(result).toMatchObject({ accepted: false, reason: { code: 'knelpunt_actor_not_intervener' } });
    expect(process.snapshot()).toEqual(before);
    const unknown = process.send(
      { type: 'knelpunt.escalate', knelpuntId: 'knelpunt-onbekend', ...meta(700, 'x') },
      { untyped: true },
    );
    expect(unknown).toMatchObject({ accepted: false, reason: { code: 'unknown_reference' } });
  });

  it('persists child actors: restore → continue equals continuing directly, and replaying the log rebuilds the same', () => {
    const direct = run();
    const saved = JSON.parse(JSON.stringify(direct.snapshot()));
    const restored = restoreGebiedsproces(saved, testOptions);
    const decide = {
      type: 'knelpunt.recordOutcome',
      knelpuntId: windHoeverveen.id,
      result: 'decision',
      decisionId: 'besluit-gs-wind-hoeverveen',
      summary: { nl: 'Vier turbines op afstand van de kern', en: 'Four turbines away from the village' },
      ...meta(700, 'provincie-zuidmark', 'bevoegd_gezag'),
    };
    expect(direct.send(decide, { untyped: true }).accepted).toBe(true);
    expect(restored.send(decide, { untyped: true }).accepted).toBe(true);
    expect(restored.snapshot()).toEqual(direct.snapshot());
    expect(
      xstateOf(restored).actor.getSnapshot().children[knelpuntActorId(windHoeverveen.id)]?.getSnapshot().value,
    ).toBe('decided');
    const replayed = replayGebiedsproces({
      template: defaultTemplate,
      settings: lindewaardSettings,
      startedAt: START,
      options: testOptions,
      log: direct.context().auditLog,
    });
    expect(replayed.snapshot()).toEqual(direct.snapshot());
  });

  it('reports overdue escalations and the next ijkmoment of each kind in the due query', () => {
    // The province level (60 days) started on day 420. A query reads the process as it stood at
    // `now`, so each question gets the snapshot of that moment.
    const due = dueItems(run(day(500)).snapshot(), day(500));
    const overdue = due.filter((d) => d.kind === 'escalation_overdue');
    expect(overdue.map((d) => d.refId)).toEqual([windHoeverveen.id]);
    // Day 420 + 60 days is 7 May 2027 (after the change to summer time): its date in Amsterdam.
    expect(overdue[0]?.date).toBe('2027-05-07');
    expect(dueItems(run(day(470)).snapshot(), day(470)).filter((d) => d.kind === 'escalation_overdue')).toEqual([]);
    // A later snapshot cannot answer for an earlier moment.
    expect(() => dueItems(run().snapshot(), day(500))).toThrowError(
      expect.objectContaining({ code: 'now_before_last_event', path: ['now'] }),
    );
    const next = dueItems(run('2026-06-01T09:00:00+02:00').snapshot(), '2026-06-01T09:00:00+02:00').filter(
      (d) => d.kind === 'next_ijkmoment',
    );
    expect(next.map((d) => d.refId)).toEqual([
      'novex-najaar-2026',
      expect.stringMatching(/^ontwikkeldagen-zuidmark:/),
      'deadline-ruimtelijk-voorstel',
    ]);
  });

  it('gives the same process whether the XState actor runs from the start, from halfway, or is built at the end', () => {
    // `send` applies events without stepping an actor until `xstateOf` asks for one; from then on
    // they go through the machine's guards and actions and its knelpunt child actors.
    const events = scenario().length;
    const pure = run();
    const throughActor = run(undefined, 0);
    const fromHalfway = run(undefined, Math.floor(events / 2));
    expect(throughActor.snapshot()).toEqual(pure.snapshot());
    expect(fromHalfway.snapshot()).toEqual(pure.snapshot());
    for (const id of [beekdalWater.id, windHoeverveen.id]) {
      const child = (p: ReturnType<typeof run>) =>
        xstateOf(p).actor.getSnapshot().children[knelpuntActorId(id)]?.getSnapshot();
      expect(child(pure)?.value).toBe(child(throughActor)?.value);
      expect(child(pure)?.context).toEqual(child(throughActor)?.context);
    }
    expect(xstateOf(pure).actor.getSnapshot().value).toEqual(xstateOf(throughActor).actor.getSnapshot().value);
  });

  it('lets subscribers of the actor see every event sent after they subscribed', () => {
    const process = run(day(330));
    const seen: number[] = [];
    const subscription = xstateOf(process).actor.subscribe((snapshot) => seen.push(snapshot.context.auditLog.length));
    const result = process.send(
      {
        type: 'knelpunt.recordOutcome',
        knelpuntId: beekdalWater.id,
        result: 'agreement',
        summary: { nl: 'Akkoord', en: 'Agreed' },
        ...meta(340, 'bureau-de-brug', 'mediator'),
      },
      { untyped: true },
    );
    subscription.unsubscribe();
    expect(result.accepted).toBe(true);
    expect(seen).toEqual([process.revision()]);
    expect(xstateOf(process).actor.getSnapshot().children[knelpuntActorId(beekdalWater.id)]?.getSnapshot().value).toBe(
      'settled',
    );
  });
});

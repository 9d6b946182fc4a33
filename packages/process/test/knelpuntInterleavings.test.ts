/**
 * Property test: random interleavings of knelpunt, ijkmoment, monitoring and step events through
 * the whole area process keep every invariant, and persist → JSON → restore and replaying the
 * audit log rebuild the same process (child actors included).
 */
import type { IjkmomentRecord } from '@gebiedsgericht/core';
import { lindewaardStartnotitie } from '@gebiedsgericht/core/fixtures';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGebiedsproces, defaultStepTemplate, replayGebiedsproces, restoreGebiedsproces } from '../src/index';
import { knelpuntActorId } from '../src/knelpunten/KnelpuntenSlice';
import { xstateOf } from '../src/xstate';
import { beekdalWater, lindewaardModel, nwegDijk, windHoeverveen } from './knelpuntSupport';
import { day, fullRun, lindewaardSettings, START, testOptions } from './support/gebiedsprocesFixtures';

const KNELPUNTEN = [beekdalWater, windHoeverveen, nwegDijk];
const ACTORS = ['provincie-zuidmark', 'waterschap-aa-en-lindt', 'gemeente-beekdal', 'ministerie-vro', 'bureau-de-brug'];
const STEP_EVENTS = fullRun(defaultStepTemplate, lindewaardSettings) as unknown as Record<string, unknown>[];

const draft = fc.record({
  kind: fc.constantFrom('step', 'step', 'step', 'raise', 'knelpunt', 'knelpunt', 'ijkmoment', 'monitoring'),
  k: fc.nat(2),
  move: fc.constantFrom(
    'knelpunt.putOnAgenda',
    'knelpunt.startMediation',
    'knelpunt.escalate',
    'knelpunt.recordOutcome',
    'knelpunt.withdraw',
  ),
  actor: fc.nat(ACTORS.length - 1),
  result: fc.constantFrom('agreement', 'decision', 'no_agreement'),
  advance: fc.integer({ min: -1, max: 30 }),
});
type Draft = typeof draft extends fc.Arbitrary<infer T> ? T : never;

function heldRecord(id: string, date: string, knelpuntId: string | undefined): IjkmomentRecord {
  return {
    kind: 'ijkmomentRecord',
    schemaVersion: 2,
    id,
    momentKind: 'regional_moment',
    title: { nl: 'Ontwikkeldag', en: 'Development day' },
    setBy: 'provincie-zuidmark',
    gebiedsprocesIds: ['gebiedsproces-lindewaard'],
    plannedOn: date,
    status: 'held',
    heldOn: date,
    participants: ['provincie-zuidmark'],
    agenda: knelpuntId
      ? [{ id: 'agenda-knelpunt', subject: { nl: 'Knelpunt', en: 'Knelpunt' }, knelpuntId }]
      : [{ id: 'agenda-voortgang', subject: { nl: 'Voortgang', en: 'Progress' } }],
    progress: [],
    conclusions: [
      {
        outcome: knelpuntId ? 'escalate' : 'continue',
        ...(knelpuntId ? { knelpuntId, agendaItemId: 'agenda-knelpunt' } : { agendaItemId: 'agenda-voortgang' }),
        motivation: { nl: 'Besproken', en: 'Discussed' },
        concludedBy: { partyId: 'provincie-zuidmark', role: 'regisseur' },
      },
    ],
  };
}

/** Turns drafts into events: steps in template order, the rest at increasing (sometimes equal or earlier) days. */
function events(drafts: readonly Draft[]): Record<string, unknown>[] {
  let d = 0;
  let s = 0;
  const raised = new Set<string>();
  const out: Record<string, unknown>[] = [
    {
      type: 'escalation.configure',
      model: lindewaardModel,
      timestamp: day(0),
      actor: 'provincie-zuidmark',
      role: 'regisseur',
    },
  ];
  drafts.forEach((x, i) => {
    d = Math.max(0, d + x.advance);
    const knelpunt = KNELPUNTEN[x.k] ?? beekdalWater;
    const meta = { timestamp: day(d), actor: ACTORS[x.actor] ?? 'provincie-zuidmark', role: 'partij' };
    switch (x.kind) {
      case 'step': {
        const next = STEP_EVENTS[s++];
        if (next) {
          d = Math.max(d, Math.round((Date.parse(String(next.timestamp)) - Date.parse(day(0))) / 86_400_000));
          out.push({ ...next, timestamp: day(d) });
        }
        return;
      }
      case 'raise':
        raised.add(knelpunt.id);
        out.push({ type: 'knelpunt.raise', knelpunt, ...meta });
        return;
      case 'ijkmoment':
        out.push({
          type: 'ijkmoment.hold',
          record: heldRecord(`ijkmoment-${i}`, day(d).slice(0, 10), x.actor % 2 === 0 ? knelpunt.id : undefined),
          ...meta,
          role: 'voorzitter',
        });
        return;
      case 'monitoring':
        out.push(
          x.actor % 2 === 0
            ? { type: 'ijkmoment.schedule', schedule: lindewaardStartnotitie.ijkmomenten, ...meta }
            : {
                type: 'pbl.publish',
                publication: { id: `pbl-${i}`, series: 'planmonitor', publishedOn: day(d).slice(0, 10) },
                ...meta,
              },
        );
        return;
      default: {
        if (!raised.has(knelpunt.id)) {
          // Mostly act on knelpunten that exist; sometimes on one that was never raised.
          if (x.advance % 5 !== 0) {
            raised.add(knelpunt.id);
            out.push({ type: 'knelpunt.raise', knelpunt, ...meta });
          }
        }
        const base = { type: x.move, knelpuntId: knelpunt.id, ...meta };
        if (x.move === 'knelpunt.putOnAgenda') out.push({ ...base, ijkmomentId: 'ontwikkeldagen-zuidmark:2026-07-28' });
        else if (x.move === 'knelpunt.startMediation')
          out.push({ ...base, mediator: ACTORS[(x.actor + 4) % ACTORS.length], style: 'facilitative' });
        else if (x.move === 'knelpunt.recordOutcome')
          out.push({ ...base, result: x.result, summary: { nl: 'Uitkomst', en: 'Outcome' } });
        else out.push(base);
      }
    }
  });
  return out;
}

describe('random interleavings of knelpunt, ijkmoment and step events in the area process', () => {
  it('keep every invariant, and persist/restore/replay give the same process', () => {
    fc.assert(
      fc.property(fc.array(draft, { minLength: 1, maxLength: 45 }), (drafts) => {
        const process = createGebiedsproces({
          template: defaultStepTemplate,
          settings: lindewaardSettings,
          startedAt: START,
          options: testOptions,
        });
        let accepted = 0;
        for (const event of events(drafts)) {
          const before = process.context();
          const result = process.send(event, { untyped: true });
          if (result.accepted) accepted++;
          else expect(process.context()).toBe(before);
          const c = process.context();
          expect(c.auditLog.length).toBe(accepted);
          expect(c.auditLog.map((e) => e.seq)).toEqual(c.auditLog.map((_, i) => i));
          const children = xstateOf(process).actor.getSnapshot().children;
          for (const [id, state] of Object.entries(c.knelpunten.items)) {
            const child = children[knelpuntActorId(id)]?.getSnapshot();
            expect(child?.value).toBe(state.level);
            expect(child?.context).toEqual(state);
            for (const stay of state.stays) {
              if (stay.intervener) expect(state.knelpunt.parties).not.toContain(stay.intervener);
              if (stay.mediator) expect(state.knelpunt.parties).not.toContain(stay.mediator);
            }
          }
          for (const record of c.ijkmomenten.held) {
            for (const item of record.agenda)
              if (item.knelpuntId) expect(Object.keys(c.knelpunten.items)).toContain(item.knelpuntId);
          }
        }
        const saved = process.snapshot();
        const restored = restoreGebiedsproces(JSON.parse(JSON.stringify(saved)), testOptions);
        expect(restored.snapshot()).toEqual(saved);
        const replayed = replayGebiedsproces({
          template: defaultStepTemplate,
          settings: lindewaardSettings,
          startedAt: START,
          options: testOptions,
          log: process.context().auditLog,
        });
        expect(replayed.snapshot()).toEqual(saved);
        // Continuing after a restore equals continuing directly.
        const next = {
          type: 'knelpunt.raise',
          knelpunt: { ...beekdalWater, id: 'knelpunt-extra' },
          timestamp: day(5000),
          actor: 'gemeente-beekdal',
          role: 'partij',
        };
        process.send(next, { untyped: true });
        restored.send(next, { untyped: true });
        expect(restored.snapshot()).toEqual(process.snapshot());
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});

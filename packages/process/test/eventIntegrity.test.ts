/**
 * The checks on an event that do not depend on who sends it: its time (not before the start, not
 * after the caller's `now` plus the tolerance), ids unique within the process, an identical
 * re-send answered like the first, and an event that is not plain JSON answered with a typed
 * rejection instead of a crash.
 */
import { LIMITS } from '@gebiedsgericht/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createGebiedsproces,
  defaultStepTemplate,
  type RunningGebiedsproces,
  restoreGebiedsproces,
  transition,
} from '../src/index';
import { xstateOf } from '../src/xstate';
import { dateOf, day, ev, lindewaardSettings, START, STEP, testOptions } from './support/gebiedsprocesFixtures';

const create = (): RunningGebiedsproces =>
  createGebiedsproces({
    template: defaultStepTemplate,
    settings: lindewaardSettings,
    startedAt: START,
    options: testOptions,
  });

const codeOf = (result: ReturnType<RunningGebiedsproces['send']>) =>
  result.accepted ? 'accepted' : result.reason.code;
const later = (ms: number, from: string) => new Date(Date.parse(from) + ms).toISOString();

describe('the time of an event', () => {
  it('refuses an event dated before the process started', () => {
    const process = create();
    expect(codeOf(process.send(ev.minor('te-vroeg', later(-1, START))))).toBe('event_before_start');
    expect(codeOf(process.send(ev.minor('bij-de-start', START)))).toBe('accepted');
  });

  it(`accepts an event up to ${LIMITS.eventClockTolerance.max} ms after now and refuses one a millisecond later`, () => {
    const now = day(3);
    const process = create();
    const atLimit = later(LIMITS.eventClockTolerance.max, now);
    const pastLimit = later(LIMITS.eventClockTolerance.max + 1, now);
    const refused = process.send(ev.minor('te-laat', pastLimit), { now });
    expect(refused).toMatchObject({ accepted: false, reason: { code: 'event_in_future', path: ['timestamp'] } });
    expect(process.revision()).toBe(0);
    expect(codeOf(process.send(ev.minor('net-op-tijd', atLimit), { now }))).toBe('accepted');
  });

  it('lets an event dated 2099 stop nothing when now is passed: it is refused and later events go on', () => {
    const process = create();
    const now = day(1);
    expect(codeOf(process.send(ev.minor('toekomst', '2099-01-01T00:00:00Z'), { now }))).toBe('event_in_future');
    expect(codeOf(process.send(ev.minor('vandaag', now), { now }))).toBe('accepted');
  });

  it('answers a `now` that is not a date-time with a typed rejection, never a throw', () => {
    const process = create();
    for (const now of ['gisteren', 12, Symbol('n')]) {
      const result = process.send(ev.minor('w', day(1)), { now: now as string });
      expect(result).toMatchObject({ accepted: false, reason: { code: 'invalid_argument', path: ['options', 'now'] } });
    }
    expect(process.revision()).toBe(0);
  });
});

describe('ids unique within a process', () => {
  it('refuses a change id used before', () => {
    const process = create();
    expect(codeOf(process.send(ev.minor('wijziging-1', day(1))))).toBe('accepted');
    const again = { ...ev.minor('wijziging-1', day(2)), motivation: 'Andere wijziging, zelfde id' };
    expect(process.send(again)).toMatchObject({
      accepted: false,
      reason: { code: 'duplicate_id', path: ['change', 'id'] },
    });
  });

  it('refuses a decision id used before', () => {
    const process = create();
    expect(codeOf(process.send(ev.suspend(day(1))))).toBe('accepted');
    const resume = ev.resume(day(2)) as Extract<ReturnType<typeof ev.resume>, { type: 'process.resume' }>;
    const reused = { ...resume, decision: { ...resume.decision, id: `opschorten-${day(1).slice(0, 10)}` } };
    expect(process.send(reused)).toMatchObject({
      accepted: false,
      reason: { code: 'duplicate_id', path: ['decision', 'id'] },
    });
  });

  it('refuses a consent id another party used before', () => {
    const process = create();
    const first = ev.consent(STEP.opstart, 'gemeente-beekdal', day(1));
    expect(codeOf(process.send(first))).toBe('accepted');
    const other = ev.consent(STEP.opstart, 'waterschap-aa-en-lindt', day(1)) as Extract<
      typeof first,
      { type: 'consent.record' }
    >;
    const reused = {
      ...other,
      consent: { ...other.consent, id: (first as typeof other).consent.id },
    };
    expect(process.send(reused)).toMatchObject({
      accepted: false,
      reason: { code: 'duplicate_id', path: ['consent', 'id'] },
    });
  });

  it('answers every id as a scan of the whole process does, also after a restore or xstateOf halfway', () => {
    // The running process keeps the ids it has used beside its context, also once an XState actor
    // runs it; `transition` reads the context it is given. Both must refuse and accept the same events.
    const step = fc.tuple(fc.constantFrom('change', 'agreement', 'fulfil'), fc.integer({ min: 0, max: 5 }));
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 1, maxLength: 30 }),
        fc.nat(30),
        fc.nat(30),
        (steps, restoreAt, attachAt) => {
          let process = create();
          let context = process.context();
          steps.forEach(([kind, n], i) => {
            if (i === restoreAt) process = restoreGebiedsproces(process.snapshot(), testOptions);
            if (i === attachAt) xstateOf(process);
            const at = day(10 + i);
            const event =
              kind === 'change'
                ? ev.minor(`wijziging-${n}`, at)
                : kind === 'agreement'
                  ? ev.agreement(`afspraak-${n}`, 'gemeente-beekdal', '2031-06-01', at)
                  : ev.fulfil(`afspraak-${n}`, dateOf(at), at);
            const stepped = transition(process.definition, context, event);
            expect(codeOf(process.send(event))).toBe(stepped.accepted ? 'accepted' : stepped.reason.code);
            if (stepped.accepted) context = stepped.context;
          });
          expect(process.context()).toEqual(context);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('answers an identical re-send like the first time: accepted with the same entry, applied once', () => {
    const process = create();
    const consent = ev.consent(STEP.opstart, 'gemeente-beekdal', day(1));
    const first = process.send(consent);
    const second = process.send(structuredClone(consent));
    expect(first.accepted && second.accepted).toBe(true);
    if (!first.accepted || !second.accepted) return;
    expect(second.entry).toEqual(first.entry);
    expect(second.duplicate).toBe(true);
    expect(process.revision()).toBe(1);
    // Also after a restore: the identical event is recognised from the audit log.
    const restored = restoreGebiedsproces(process.snapshot(), testOptions);
    expect(restored.send(structuredClone(consent))).toMatchObject({
      accepted: true,
      duplicate: true,
      entry: first.entry,
    });
    expect(restored.revision()).toBe(1);
  });
});

// Copies of up to millions of values before the refusal: more than the default timeout on a loaded machine.
describe('an event that is not plain JSON', { timeout: 60_000 }, () => {
  const hostile: [string, () => unknown, string][] = [
    [
      'cyclic',
      () => {
        const e: Record<string, unknown> = { ...ev.minor('w', day(1)) };
        e.self = e;
        return e;
      },
      'not_plain_json',
    ],
    ['with a BigInt', () => ({ ...ev.minor('w', day(1)), amount: 10n }), 'not_plain_json'],
    [
      'nested 10,000 levels deep',
      () => {
        let deep: unknown = 'x';
        for (let i = 0; i < 10_000; i++) deep = { d: deep };
        return { ...ev.minor('w', day(1)), extra: deep };
      },
      'nesting_too_deep',
    ],
    [
      'whose nodes share their children (2^40 values when walked)',
      () => {
        let shared: unknown = 'x';
        for (let i = 0; i < 40; i++) shared = { a: shared, b: shared };
        return { ...ev.minor('w', day(1)), extra: shared };
      },
      'input_too_large',
    ],
    [
      `with a motivation past ${LIMITS.stringLength.max} characters`,
      () => ({ ...ev.minor('w', day(1)), motivation: 'x'.repeat(LIMITS.stringLength.max + 1) }),
      'string_too_long',
    ],
  ];

  it.each(hostile)('refuses an event %s with a typed rejection, never a throw', (_name, make, code) => {
    const process = create();
    const before = process.snapshot();
    const result = process.send(make(), { untyped: true });
    // Like every invalid payload: `invalid_input`, with the precise problem in `issues`.
    expect(result).toMatchObject({ accepted: false, reason: { code: 'invalid_input' }, issues: [{ code }] });
    expect(process.rejectionOf(make(), { untyped: true })).toMatchObject({ code: 'invalid_input' });
    expect(process.snapshot()).toEqual(before);
  });

  it(`accepts a motivation of ${LIMITS.textLength.max} characters and refuses one more`, () => {
    const process = create();
    const at = { ...ev.minor('w-1', day(1)), motivation: 'x'.repeat(LIMITS.textLength.max) };
    expect(codeOf(process.send(at))).toBe('accepted');
    const past = { ...ev.minor('w-2', day(2)), motivation: 'x'.repeat(LIMITS.textLength.max + 1) };
    expect(process.send(past)).toMatchObject({ accepted: false, reason: { path: ['motivation'] } });
  });
});

/**
 * Property-based tests (fast-check): random sequences of process events never bring the machine
 * into an invalid state, never lose or duplicate an audit entry, and persist, restore and replay
 * identically.
 */
import type { GebiedsprocesContext, ProcessEvent, StepTemplate } from '@gebiedsgericht/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createGebiedsproces,
  defaultStepTemplate,
  type RunningGebiedsproces,
  replaySnapshot,
  restoreGebiedsproces,
  rivierenlandStepTemplate,
} from '../src/index';
import { xstateOf } from '../src/xstate';
import {
  day,
  ev,
  lindewaardSettings,
  MEDEOVERHEDEN,
  RANKING,
  START,
  stepsRegionAt,
  testOptions,
} from './support/gebiedsprocesFixtures';

type Op = {
  kind:
    | 'submit'
    | 'assess'
    | 'consent'
    | 'consentAll'
    | 'close'
    | 'suspend'
    | 'resume'
    | 'stop'
    | 'minor'
    | 'major'
    | 'framework'
    | 'wrongStep'
    | 'past'
    | 'garbage'
    | 'advance';
  n: number;
  flag: boolean;
};

const opArb: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom(
    'advance',
    'advance',
    'advance',
    'advance',
    'submit',
    'submit',
    'assess',
    'consent',
    'consentAll',
    'consentAll',
    'close',
    'close',
    'close',
    'suspend',
    'resume',
    'stop',
    'minor',
    'major',
    'framework',
    'wrongStep',
    'past',
    'garbage',
  ),
  n: fc.nat({ max: 10 }),
  flag: fc.boolean(),
});

/** Turns an abstract operation into concrete events for the process as it stands. */
function materialise(template: StepTemplate, context: GebiedsprocesContext, op: Op, clock: { t: number }): unknown[] {
  const at = () => day(++clock.t);
  const step = template.steps.find((s) => s.id === context.position);
  const other = template.steps[op.n % template.steps.length]!;
  const current = step ?? other;
  switch (op.kind) {
    case 'submit':
      return [
        ev.submit(current.id, current.deliverable.documentType, at(), {
          chosenVariantId: op.flag ? 'variant-a' : 'variant-c',
        }),
      ];
    case 'assess':
      return [
        ev.assess(current.id, at(), [
          { variantId: 'variant-c', rank: 1 },
          { variantId: 'variant-a', rank: 2 },
        ]),
      ];
    case 'consent':
      return [
        ev.consent(current.id, MEDEOVERHEDEN[op.n % MEDEOVERHEDEN.length]!, at(), op.flag ? 'adopted' : 'rejected'),
      ];
    case 'consentAll':
      return MEDEOVERHEDEN.map((p) => ev.consent(current.id, p, at()));
    case 'close':
      return [ev.close(current.id, at(), op.flag ? { deviationMotivation: 'Meer draagvlak' } : {})];
    case 'suspend':
      return [ev.suspend(at())];
    case 'resume':
      return [ev.resume(at())];
    case 'stop':
      return op.n === 0 ? [ev.stop(at())] : [];
    case 'minor':
      return [ev.minor(`w-${clock.t}`, at())];
    case 'major':
      return [
        ev.major(
          `m-${clock.t}`,
          other.id,
          at(),
          op.flag ? ['provincie-zuidmark', 'ministerie-vro'] : ['provincie-zuidmark'],
          op.n % 3 === 0 ? undefined : 'Nieuwe gegevens',
        ),
      ];
    case 'framework':
      return [ev.extendFramework(`criterium-${op.n}`, at())];
    case 'wrongStep':
      return [ev.submit(other.id, other.deliverable.documentType, at())];
    case 'past':
      return [ev.minor('terug-in-de-tijd', day(0))];
    case 'advance': {
      // Everything that closes the current step: deliverable, assessment, consents, decision.
      if (!step) return [];
      const events: unknown[] = [
        ev.submit(step.id, step.deliverable.documentType, at(), { chosenVariantId: 'variant-c', ranking: RANKING }),
      ];
      events.push(...MEDEOVERHEDEN.map((p) => ev.consent(step.id, p, at())), ev.close(step.id, at()));
      return events;
    }
    case 'garbage':
      return [{ type: op.flag ? 'step.close' : 'x.y', stepId: 42, timestamp: 'gisteren' }];
  }
}

function expectInvariants(template: StepTemplate, process: RunningGebiedsproces) {
  const snapshot = xstateOf(process).actor.getSnapshot();
  const context = snapshot.context;
  // The state value and the context agree.
  const at = stepsRegionAt(snapshot.value);
  if (context.status === 'running') expect(at).toBe(`running.${context.position}`);
  else expect(at).toBe(context.status);
  // The audit log is contiguous and each entry starts where the previous one ended.
  context.auditLog.forEach((entry, i) => {
    expect(entry.seq).toBe(i);
    expect(entry.accepted).toBe(true);
    if (i > 0) expect(entry.stepBefore).toBe(context.auditLog[i - 1]!.stepAfter);
  });
  // At most one step is open, and it is the current one.
  const ids = template.steps.map((s) => s.id);
  const open = ids.filter((id) => ['open', 'reopened'].includes(context.steps[id]!.status));
  if (context.position === 'monitoring') expect(open).toEqual([]);
  else expect(open).toEqual([context.position]);
  // Every step before the current one is closed; none after it is open.
  const index = context.position === 'monitoring' ? ids.length : ids.indexOf(context.position);
  expect(index).toBeGreaterThanOrEqual(0);
  for (const id of ids.slice(0, index)) expect(context.steps[id]!.status).toBe('closed');
  // Plain JSON.
  expect(JSON.parse(JSON.stringify(context))).toEqual(context);
}

function run(template: StepTemplate, settings = lindewaardSettings) {
  return createGebiedsproces({ template, settings, startedAt: START, options: testOptions });
}

const rivierenlandSettings = {
  ...lindewaardSettings,
  consentStepIds: ['uitvoeringsagenda'],
  changeRules: { majorChangeApprovers: ['provincie-zuidmark', 'ministerie-vro'] },
};

describe.each([
  ['steps 0–5', defaultStepTemplate, lindewaardSettings],
  ['Rivierenland', rivierenlandStepTemplate, rivierenlandSettings],
] as const)('random event sequences (%s)', (_name, template, settings) => {
  it('never reach an invalid state, never lose an audit entry, and a rejection changes nothing', () => {
    const reached = { deepest: 0, majorChanges: 0 };
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 80 }), (ops) => {
        const process = run(template, settings);
        const clock = { t: 0 };
        let accepted = 0;
        for (const op of ops) {
          for (const event of materialise(template, process.context(), op, clock)) {
            const before = process.snapshot();
            const result = process.send(event, { untyped: true });
            if (result.accepted) {
              // An identical re-send is answered with the first entry and not applied again.
              if (!result.duplicate) accepted += 1;
              // A closed step only opens again by closing the step before it or by a major change.
              const ctxBefore = before.context as GebiedsprocesContext;
              for (const step of template.steps) {
                const was = ctxBefore.steps[step.id]!;
                const now = process.context().steps[step.id]!;
                if (was.status === 'closed' && now.status !== 'closed') {
                  expect(['step.close', 'change.major']).toContain((event as ProcessEvent).type);
                }
              }
              if ((event as ProcessEvent).type === 'change.major') reached.majorChanges += 1;
            } else {
              expect(process.snapshot()).toEqual(before);
              expect(result.reason.code.length).toBeGreaterThan(0);
            }
            expectInvariants(template, process);
            const position = process.context().position;
            const index =
              position === 'monitoring' ? template.steps.length : template.steps.findIndex((s) => s.id === position);
            reached.deepest = Math.max(reached.deepest, index);
          }
        }
        expect(process.context().auditLog).toHaveLength(accepted);
      }),
      {
        numRuns: 80,
        // Always include a run through every step and on into a major change, besides the random ones.
        examples: [
          [
            [
              ...Array.from({ length: 8 }, (): Op => ({ kind: 'advance', n: 0, flag: false })),
              { kind: 'major', n: 1, flag: true },
              { kind: 'advance', n: 0, flag: false },
            ],
          ],
        ],
      },
    );
    // The generator is not trivial: some runs get to monitoring and some major changes are accepted.
    expect(reached.deepest).toBe(template.steps.length);
    expect(reached.majorChanges).toBeGreaterThan(0);
  }, 60_000);

  it('persist → JSON → restore → continue equals continuing directly; replay rebuilds the same state', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), fc.array(opArb, { maxLength: 20 }), (head, tail) => {
        const direct = run(template, settings);
        const clock = { t: 0 };
        for (const op of head)
          for (const e of materialise(template, direct.context(), op, clock)) direct.send(e, { untyped: true });
        const restored = restoreGebiedsproces(JSON.parse(JSON.stringify(direct.snapshot())), testOptions);
        const clockB = { ...clock };
        for (const op of tail) {
          const events = materialise(template, direct.context(), op, clock);
          const eventsB = materialise(template, restored.context(), op, clockB);
          expect(eventsB).toEqual(events);
          for (const e of events)
            expect(restored.send(e, { untyped: true })).toEqual(direct.send(e, { untyped: true }));
        }
        expect(restored.snapshot()).toEqual(direct.snapshot());
        expect(replaySnapshot(direct.snapshot(), testOptions).snapshot()).toEqual(direct.snapshot());
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});

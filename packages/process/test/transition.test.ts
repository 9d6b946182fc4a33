import { isGebiedsgerichtError } from '@gebiedsgericht/core';
import { lindewaardStartnotitie } from '@gebiedsgericht/core/fixtures';
import { describe, expect, it } from 'vitest';
import { defaultStepTemplate, type TransitionResult, transition } from '../src/index';
import {
  day,
  gridLesson,
  lindewaardSettings,
  eventMeta as meta,
  newLindewaardProcess,
  START,
  stepEvents,
  waterGoalAndPilot,
  waterMonitoringEvents,
} from './support/gebiedsprocesFixtures';

const events = (): Record<string, unknown>[] => [
  { type: 'monitoring.configure', cadence: lindewaardStartnotitie.evaluation, ...meta(2) },
  ...waterGoalAndPilot(2, 3),
  ...defaultStepTemplate.steps.flatMap(
    (_, i) =>
      stepEvents(defaultStepTemplate, lindewaardSettings, i, 10 + i * 100) as unknown as Record<string, unknown>[],
  ),
  gridLesson(650),
  ...waterMonitoringEvents(700),
];

const newProcess = newLindewaardProcess;

describe('transition: the pure step for callers that keep the state themselves', () => {
  it('folds to the same context and audit entries as sending the events to a process', () => {
    const process = newProcess();
    let context = process.context();
    for (const event of events()) {
      const sent = process.send(event, { untyped: true });
      const stepped: TransitionResult = transition(process.definition, context, event, { untyped: true });
      expect(stepped.accepted, String(event.type)).toBe(sent.accepted);
      if (!stepped.accepted || !sent.accepted) throw new Error(`${String(event.type)} rejected`);
      expect(stepped.entry).toEqual(sent.entry);
      context = stepped.context;
    }
    expect(context).toEqual(process.context());
    expect(context.position).toBe('monitoring');
  });

  it('answers a rejected event with the reason send gives, and leaves the context as it was', () => {
    const process = newProcess();
    const before = JSON.stringify(process.context());
    const early = { type: 'step.close', stepId: 'verkennen', decision: { id: 'b' }, ...meta(1) };
    const stepped = transition(process.definition, process.context(), early, { untyped: true });
    const sent = process.send(early, { untyped: true });
    expect(stepped.accepted).toBe(false);
    if (stepped.accepted || sent.accepted) throw new Error('accepted');
    expect(stepped.reason).toEqual(sent.reason);
    expect(stepped.entry).toEqual(sent.entry);
    expect(JSON.stringify(process.context())).toBe(before);
  });

  it('reports a typo in an event type as an invalid payload at run time', () => {
    const process = newProcess();
    const result = transition(
      process.definition,
      process.context(),
      { type: 'deliverable.submitt', ...meta(1) },
      { untyped: true },
    );
    expect(result.accepted).toBe(false);
    if (result.accepted) throw new Error('accepted');
    expect(result.reason.path).toEqual(['type']);
  });

  it('throws a typed error for a context that is not one, and changes nothing', () => {
    const process = newProcess();
    const broken = { ...process.context(), position: 'nergens' };
    const copy = JSON.stringify(broken);
    let thrown: unknown;
    try {
      transition(process.definition, broken, { type: 'process.suspend', ...meta(1) }, { untyped: true });
    } catch (error) {
      thrown = error;
    }
    expect(isGebiedsgerichtError(thrown)).toBe(true);
    expect(JSON.stringify(broken)).toBe(copy);
    expect(() =>
      transition({} as never, process.context(), { type: 'process.suspend', ...meta(1) }, { untyped: true }),
    ).toThrow();
    expect(day(0)).toBe(START);
  });
});

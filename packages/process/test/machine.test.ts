import { describe, expect, it } from 'vitest';
import { createAreaProcess, defaultStepTemplate, rivierenlandStepTemplate } from '../src/index';
import { day, ev, fullRun, lindewaardSettings, START, STEP, stepEvents, testOptions } from './support/areaProcessFixtures';

const newProcess = (template = defaultStepTemplate) =>
  createAreaProcess({ template, settings: lindewaardSettings, startedAt: START, options: testOptions });

describe('area process machine: steps 0–5', () => {
  it('runs the six steps in order and then stays alive in monitoring', () => {
    const process = newProcess();
    for (const event of fullRun(defaultStepTemplate, lindewaardSettings)) {
      const result = process.send(event);
      expect(result, JSON.stringify(result)).toMatchObject({ accepted: true });
    }
    const context = process.context();
    expect(context.position).toBe('monitoring');
    expect(process.actor.getSnapshot().matches({ steps: { running: 'monitoring' } })).toBe(true);
    expect(Object.values(context.steps).every((s) => s.status === 'closed')).toBe(true);
    expect(process.actor.getSnapshot().status).toBe('active');
  });
});

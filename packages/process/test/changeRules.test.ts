import { describe, expect, it } from 'vitest';
import { createGebiedsproces, defaultStepTemplate, type RunningGebiedsproces } from '../src/index';
import { xstateOf } from '../src/xstate';
import {
  day,
  ev,
  lindewaardSettings,
  START,
  STEP,
  stepEvents,
  stepsRegionAt,
  testOptions,
} from './support/gebiedsprocesFixtures';

function sendAll(process: RunningGebiedsproces, events: readonly unknown[]) {
  for (const event of events) {
    const result = process.send(event, { untyped: true });
    if (!result.accepted) throw new Error(`rejected: ${result.reason.code}`);
  }
}

/** A Lindewaard process in step 3 (ontwerpen ontwikkelvarianten) with its variants handed in. */
function processInStep3(): RunningGebiedsproces {
  const process = createGebiedsproces({
    template: defaultStepTemplate,
    settings: lindewaardSettings,
    startedAt: START,
    options: testOptions,
  });
  for (let i = 0; i < 3; i++) sendAll(process, stepEvents(defaultStepTemplate, lindewaardSettings, i, 1 + i * 100));
  sendAll(process, [ev.submit(STEP.varianten, 'developmentVariants', day(301))]);
  return process;
}

const APPROVERS = ['provincie-zuidmark', 'ministerie-vro'];

describe('change rules from the startnotitie', () => {
  it('records a minor change without reopening anything', () => {
    const process = processInStep3();
    const before = process.context();
    sendAll(process, [ev.minor('planning-ateliers', day(302))]);
    const after = process.context();
    expect(after.position).toBe(STEP.varianten);
    expect(after.steps).toEqual(before.steps);
    expect(after.changes.at(-1)).toMatchObject({ kind: 'minor', change: { id: 'planning-ateliers' } });
  });

  it('reopens an earlier step on a major change approved as the rules say, with motivation', () => {
    const process = processInStep3();
    const result = process.send(
      ev.major('wateroverlast-2026', STEP.inzicht, day(310), APPROVERS, 'Nieuwe overstromingskaarten'),
    );
    expect(result).toMatchObject({ accepted: true, entry: { stepBefore: STEP.varianten, stepAfter: STEP.inzicht } });
    const context = process.context();
    expect(context.position).toBe(STEP.inzicht);
    expect(stepsRegionAt(xstateOf(process).actor.getSnapshot().value)).toBe(`running.${STEP.inzicht}`);
    const reopened = context.steps[STEP.inzicht]!;
    expect(reopened.status).toBe('reopened');
    expect(reopened.round).toBe(2);
    expect(reopened.history).toHaveLength(1);
    expect(reopened.deliverable).toBeDefined();
    // Later deliverables are marked for review, not thrown away.
    expect(context.steps[STEP.visie]).toMatchObject({
      status: 'closed',
      needsReview: { changeId: 'wateroverlast-2026' },
    });
    expect(context.steps[STEP.visie]?.deliverable).toBeDefined();
    expect(context.steps[STEP.varianten]).toMatchObject({ status: 'interrupted', needsReview: {} });
    expect(context.steps[STEP.varianten]?.deliverable).toBeDefined();
    expect(context.steps[STEP.opstart]?.needsReview).toBeUndefined();
  });

  it('walks forward again: a step passed again keeps its earlier round in history and its review mark until closed', () => {
    const process = processInStep3();
    sendAll(process, [ev.major('wateroverlast-2026', STEP.visie, day(310), APPROVERS, 'Nieuwe kaarten')]);
    for (const partyId of lindewaardSettings.medeoverheden.map((m) => m.partyId)) {
      sendAll(process, [ev.consent(STEP.visie, partyId, day(311))]);
    }
    sendAll(process, [ev.close(STEP.visie, day(320))]);
    const context = process.context();
    expect(context.steps[STEP.visie]).toMatchObject({ status: 'closed', round: 2 });
    expect(context.steps[STEP.visie]?.needsReview).toBeUndefined();
    expect(context.steps[STEP.visie]?.history).toHaveLength(1);
    expect(context.steps[STEP.varianten]).toMatchObject({ status: 'reopened', round: 2, needsReview: {} });
  });

  it('refuses a major change without the approvals the rules require', () => {
    const process = processInStep3();
    const before = process.snapshot();
    const result = process.send(ev.major('w', STEP.inzicht, day(310), ['provincie-zuidmark'], 'Motivering'));
    expect(result).toMatchObject({ accepted: false, reason: { code: 'missing_approval', path: ['approvedBy'] } });
    if (!result.accepted) expect(result.reason.message.nl).toContain('ministerie-vro');
    expect(process.snapshot()).toEqual(before);
  });

  it('refuses a major change without motivation', () => {
    const process = processInStep3();
    const result = process.send(ev.major('w', STEP.inzicht, day(310), APPROVERS));
    expect(result).toMatchObject({ accepted: false, reason: { code: 'missing_motivation' } });
  });

  it('refuses to reopen a step the rules do not allow, a step not yet closed, or the current step', () => {
    const process = processInStep3();
    expect(process.send(ev.major('w', STEP.opstart, day(310), APPROVERS, 'm'))).toMatchObject({
      accepted: false,
      reason: { code: 'reopen_not_allowed' },
    });
    expect(process.send(ev.major('w', STEP.keuze, day(310), APPROVERS, 'm'))).toMatchObject({
      accepted: false,
      reason: { code: 'reopen_not_allowed' },
    });
    expect(process.send(ev.major('w', STEP.varianten, day(310), APPROVERS, 'm'))).toMatchObject({
      accepted: false,
      reason: { code: 'reopen_not_allowed' },
    });
  });

  it('adds a criterion later as a change that does not reopen closed steps', () => {
    const process = processInStep3();
    const before = process.context();
    sendAll(process, [ev.extendFramework('criterium-hittestress', day(305))]);
    const after = process.context();
    expect(after.position).toBe(STEP.varianten);
    expect(after.steps).toEqual(before.steps);
    expect(after.frameworkAdditions).toMatchObject([{ id: 'criterium-hittestress', kind: 'criterion' }]);
    expect(after.changes.at(-1)).toMatchObject({ kind: 'framework' });
    expect(process.send(ev.extendFramework('criterium-hittestress', day(306)))).toMatchObject({
      accepted: false,
      reason: { code: 'duplicate_id' },
    });
  });

  it('follows the startnotitie on later criteria: not allowed, or only with the named approvals', () => {
    const make = (newCriterion: { allowed: boolean; approverPartyIds: string[] }) =>
      createGebiedsproces({
        template: defaultStepTemplate,
        settings: { ...lindewaardSettings, changeRules: { ...lindewaardSettings.changeRules, newCriterion } },
        startedAt: START,
        options: testOptions,
      });
    expect(make({ allowed: false, approverPartyIds: [] }).send(ev.extendFramework('c1', day(5)))).toMatchObject({
      accepted: false,
      reason: { code: 'framework_extension_not_allowed' },
    });
    const process = make({ allowed: true, approverPartyIds: ['provincie-zuidmark'] });
    expect(process.send(ev.extendFramework('c1', day(5)))).toMatchObject({
      accepted: false,
      reason: { code: 'missing_approval' },
    });
    expect(
      process.send({ ...ev.extendFramework('c1', day(6)), approvedBy: ['provincie-zuidmark'] }, { untyped: true })
        .accepted,
    ).toBe(true);
  });
});

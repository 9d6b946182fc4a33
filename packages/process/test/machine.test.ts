import { describe, expect, it } from 'vitest';
import {
  createGebiedsproces,
  defaultStepTemplate,
  type RunningGebiedsproces,
  rivierenlandStepTemplate,
} from '../src/index';
import { createGebiedsprocesMachine, xstateOf } from '../src/xstate';
import {
  day,
  deliverableOf,
  ev,
  fullRun,
  lindewaardSettings,
  MEDEOVERHEDEN,
  RANKING,
  START,
  STEP,
  stepEvents,
  stepsRegionAt,
  testOptions,
} from './support/gebiedsprocesFixtures';

const newProcess = (template = defaultStepTemplate, settings = lindewaardSettings) =>
  createGebiedsproces({ template, settings, startedAt: START, options: testOptions });

function sendAll(process: RunningGebiedsproces, events: readonly unknown[]) {
  for (const event of events) {
    const result = process.send(event, { untyped: true });
    if (!result.accepted) throw new Error(`${JSON.stringify(event).slice(0, 80)} rejected: ${result.reason.code}`);
  }
}

/** Walks the default template up to (not including) the step at `index`. */
function processAtStep(index: number): RunningGebiedsproces {
  const process = newProcess();
  for (let i = 0; i < index; i++) sendAll(process, stepEvents(defaultStepTemplate, lindewaardSettings, i, 1 + i * 100));
  return process;
}

describe('area process machine: steps 0–5', () => {
  it('runs the six steps in order and then stays alive in monitoring', () => {
    const process = newProcess();
    sendAll(process, fullRun(defaultStepTemplate, lindewaardSettings));
    const context = process.context();
    expect(context.position).toBe('monitoring');
    expect(stepsRegionAt(xstateOf(process).actor.getSnapshot().value)).toBe('running.monitoring');
    expect(Object.values(context.steps).every((s) => s.status === 'closed')).toBe(true);
    expect(xstateOf(process).actor.getSnapshot().status).toBe('active');
    expect(context.decisions.filter((d) => d.eventType === 'step.close')).toHaveLength(6);
  });

  it('records who, in which role, when and where the process stood in the audit log', () => {
    const process = newProcess();
    sendAll(process, stepEvents(defaultStepTemplate, lindewaardSettings, 0, 1));
    const log = process.context().auditLog;
    const close = log.at(-1);
    expect(close).toMatchObject({
      type: 'step.close',
      actor: 'regisseur-zuidmark',
      role: 'regisseur',
      stepBefore: STEP.opstart,
      stepAfter: STEP.inzicht,
      accepted: true,
    });
    expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i));
  });

  it('runs Rivierenland’s four steps (inventariseren, ambities, visie, uitvoeringsagenda) on the same logic', () => {
    const settings = {
      ...lindewaardSettings,
      consentStepIds: ['uitvoeringsagenda'],
      changeRules: { majorChangeApprovers: ['provincie-zuidmark'] },
    };
    const process = newProcess(rivierenlandStepTemplate, settings);
    expect(process.context().position).toBe('inventariseren');
    // Step 3 (visie formuleren) always needs every medeoverheid's consent in this template.
    sendAll(process, stepEvents(rivierenlandStepTemplate, settings, 0, 1));
    sendAll(process, stepEvents(rivierenlandStepTemplate, settings, 1, 100));
    sendAll(process, [ev.submit('visie-formuleren', 'visionAndFramework', day(200))]);
    const withoutConsent = process.send(ev.close('visie-formuleren', day(210)));
    expect(withoutConsent).toMatchObject({ accepted: false, reason: { code: 'missing_consent' } });
    for (const partyId of MEDEOVERHEDEN) sendAll(process, [ev.consent('visie-formuleren', partyId, day(211))]);
    sendAll(process, [ev.close('visie-formuleren', day(220))]);
    sendAll(process, stepEvents(rivierenlandStepTemplate, settings, 3, 300));
    expect(process.context().position).toBe('monitoring');
    expect(
      process
        .context()
        .auditLog.map((e) => e.stepAfter)
        .filter((s, i, a) => a.indexOf(s) === i),
    ).toEqual(['inventariseren', 'ambities-formuleren', 'visie-formuleren', 'uitvoeringsagenda', 'monitoring']);
  });
});

describe('gates: a step closes only with its deliverable, decision and consents', () => {
  it('rejects closing without a deliverable and changes nothing', () => {
    const process = newProcess();
    const before = process.snapshot();
    const result = process.send(ev.close(STEP.opstart, day(60)));
    expect(result).toMatchObject({ accepted: false, reason: { code: 'missing_deliverable' } });
    expect(process.snapshot()).toEqual(before);
    if (!result.accepted) {
      expect(result.reason.message.nl).toContain('opstart');
      expect(result.entry).toMatchObject({ accepted: false, stepBefore: STEP.opstart, stepAfter: STEP.opstart });
    }
  });

  it('validates the deliverable with the schema the template names, and reports the path', () => {
    const process = newProcess();
    const result = process.send(
      {
        ...ev.submit(STEP.opstart, 'startnotitie', day(1)),
        document: { ...deliverableOf('startnotitie'), title: 42 },
      },
      { untyped: true },
    );
    expect(result).toMatchObject({
      accepted: false,
      reason: { code: 'invalid_document', path: ['document', 'title'] },
    });
    expect(process.context().steps[STEP.opstart]?.deliverable).toBeUndefined();
  });

  it('uses core’s registered schemas by default: an unregistered type is rejected, a registered one validated', () => {
    const template = {
      ...defaultStepTemplate,
      steps: [
        { ...defaultStepTemplate.steps[3]!, deliverable: { ...defaultStepTemplate.steps[3]!.deliverable } },
        {
          ...defaultStepTemplate.steps[0]!,
          deliverable: { documentType: 'geen-bekend-type', label: { nl: 'x', en: 'x' } },
        },
      ],
    };
    const process = createGebiedsproces({
      template,
      settings: {
        ...lindewaardSettings,
        consentStepIds: [],
        changeRules: { majorChangeApprovers: ['provincie-zuidmark'] },
      },
      startedAt: START,
    });
    const invalid = process.send(ev.submit(STEP.varianten, 'developmentVariants', day(1)));
    expect(invalid).toMatchObject({ accepted: false, reason: { code: 'invalid_document' } });
    if (!invalid.accepted) expect(invalid.reason.path[0]).toBe('document');
  });

  it('rejects an event with an invalid payload with the path to the problem', () => {
    const process = newProcess();
    const result = process.send({ ...ev.submit(STEP.opstart, 'startnotitie', day(1)), timestamp: '2026-01-13' });
    expect(result).toMatchObject({ accepted: false, reason: { code: 'invalid_input', path: ['timestamp'] } });
    const unknown = process.send(
      { type: 'step.jump', timestamp: day(1), actor: 'x', role: 'regisseur' },
      { untyped: true },
    );
    expect(unknown.accepted).toBe(false);
    if (!unknown.accepted) {
      // The rejection names every event type the process accepts, the slices' too.
      for (const type of ['deliverable.submit', 'knelpunt.raise', 'ijkmoment.hold', 'regime.start', 'track.stop']) {
        expect(unknown.reason.message.en).toContain(type);
      }
    }
  });

  it('needs the consent of every medeoverheid where the startnotitie asks for it; a rejection does not count', () => {
    const process = processAtStep(2);
    sendAll(process, [ev.submit(STEP.visie, 'visionAndFramework', day(201))]);
    for (const partyId of MEDEOVERHEDEN.slice(0, -1)) sendAll(process, [ev.consent(STEP.visie, partyId, day(202))]);
    sendAll(process, [ev.consent(STEP.visie, 'ministerie-vro', day(203), 'rejected')]);
    const result = process.send(ev.close(STEP.visie, day(230)));
    expect(result).toMatchObject({ accepted: false, reason: { code: 'missing_consent' } });
    if (!result.accepted) expect(result.reason.message.en).toContain('ministerie-vro');
    sendAll(process, [ev.consent(STEP.visie, 'ministerie-vro', day(240)), ev.close(STEP.visie, day(241))]);
    expect(process.context().position).toBe(STEP.varianten);
  });

  it('refuses consent from a party that is not a medeoverheid', () => {
    const process = newProcess();
    const result = process.send(ev.consent(STEP.opstart, 'lto-afdeling', day(2)));
    expect(result).toMatchObject({ accepted: false, reason: { code: 'not_a_medeoverheid' } });
  });

  it('step 4: a choice other than the best-ranked variant needs an explicit motivation', () => {
    const process = processAtStep(4);
    sendAll(process, [
      ev.submit(STEP.keuze, 'assessmentAndChoice', day(401), { chosenVariantId: 'variant-a', ranking: RANKING }),
    ]);
    for (const partyId of MEDEOVERHEDEN) sendAll(process, [ev.consent(STEP.keuze, partyId, day(402))]);
    expect(process.send(ev.close(STEP.keuze, day(405)))).toMatchObject({
      accepted: false,
      reason: { code: 'choice_deviation_without_motivation', path: ['deviationMotivation'] },
    });
    const motivated = process.send(
      ev.close(STEP.keuze, day(406), { deviationMotivation: 'Variant A heeft het meeste draagvlak in Beekdal.' }),
    );
    expect(motivated.accepted).toBe(true);
  });

  it('a step can ask for a separate assessment record before it closes', () => {
    const template = {
      ...defaultStepTemplate,
      steps: defaultStepTemplate.steps.map((step) =>
        step.id === STEP.keuze ? { ...step, gate: { ...step.gate, assessmentDocumentType: 'assessmentRecord' } } : step,
      ),
    };
    const process = createGebiedsproces({
      template,
      settings: lindewaardSettings,
      startedAt: START,
      options: testOptions,
    });
    for (let i = 0; i < 4; i++) sendAll(process, stepEvents(template, lindewaardSettings, i, 1 + i * 100));
    sendAll(process, [ev.submit(STEP.keuze, 'assessmentAndChoice', day(401), { chosenVariantId: 'variant-a' })]);
    for (const partyId of MEDEOVERHEDEN) sendAll(process, [ev.consent(STEP.keuze, partyId, day(402))]);
    expect(process.send(ev.close(STEP.keuze, day(403)))).toMatchObject({
      accepted: false,
      reason: { code: 'missing_assessment' },
    });
    sendAll(process, [ev.assess(STEP.keuze, day(404), RANKING)]);
    // The ranking now comes from the separate assessment: variant A is not the best-ranked.
    expect(process.send(ev.close(STEP.keuze, day(405)))).toMatchObject({
      accepted: false,
      reason: { code: 'choice_deviation_without_motivation' },
    });
    expect(process.send(ev.close(STEP.keuze, day(406), { deviationMotivation: 'Draagvlak' })).accepted).toBe(true);
    expect(process.send(ev.assess(STEP.borgen, day(407), RANKING))).toMatchObject({
      accepted: false,
      reason: { code: 'no_assessment_in_step' },
    });
  });

  it('step 4: choosing the best-ranked variant needs no extra motivation', () => {
    const process = processAtStep(4);
    sendAll(process, stepEvents(defaultStepTemplate, lindewaardSettings, 4, 401));
    expect(process.context().position).toBe(STEP.borgen);
  });

  it('only acts on the current step', () => {
    const process = newProcess();
    expect(process.send(ev.submit(STEP.visie, 'visionAndFramework', day(1)))).toMatchObject({
      accepted: false,
      reason: { code: 'not_current_step' },
    });
    expect(process.send(ev.submit('stap-99', 'x', day(1)))).toMatchObject({
      accepted: false,
      reason: { code: 'unknown_step' },
    });
  });

  it('rejects events that go back in time', () => {
    const process = newProcess();
    sendAll(process, [ev.submit(STEP.opstart, 'startnotitie', day(10))]);
    expect(process.send(ev.minor('w1', day(9)))).toMatchObject({
      accepted: false,
      reason: { code: 'event_before_previous' },
    });
  });
});

describe('suspend, resume and stop by decision', () => {
  it('suspends, refuses step work while suspended, and resumes in the same step', () => {
    const process = processAtStep(2);
    sendAll(process, [ev.submit(STEP.visie, 'visionAndFramework', day(201)), ev.suspend(day(202))]);
    expect(stepsRegionAt(xstateOf(process).actor.getSnapshot().value)).toBe('suspended');
    expect(process.send(ev.close(STEP.visie, day(203)))).toMatchObject({
      accepted: false,
      reason: { code: 'event_not_allowed' },
    });
    expect(process.send(ev.minor('planning', day(204))).accepted).toBe(true);
    sendAll(process, [ev.resume(day(205))]);
    expect(stepsRegionAt(xstateOf(process).actor.getSnapshot().value)).toBe(`running.${STEP.visie}`);
    expect(process.context().steps[STEP.visie]?.deliverable).toBeDefined();
    expect(process.context().auditLog.at(-1)).toMatchObject({ stepBefore: 'suspended', stepAfter: STEP.visie });
  });

  it('stops by decision; a stopped process accepts nothing', () => {
    const process = processAtStep(1);
    sendAll(process, [ev.stop(day(150))]);
    expect(stepsRegionAt(xstateOf(process).actor.getSnapshot().value)).toBe('stopped');
    for (const event of [ev.resume(day(151)), ev.minor('x', day(151)), ev.suspend(day(151))]) {
      expect(process.send(event)).toMatchObject({ accepted: false, reason: { code: 'event_not_allowed' } });
    }
  });

  it('resuming a running process is not allowed', () => {
    expect(newProcess().send(ev.resume(day(1)))).toMatchObject({
      accepted: false,
      reason: { code: 'event_not_allowed' },
    });
  });
});

describe('the machine itself', () => {
  it('is exported for XState users and validates its template and settings', () => {
    expect(() => createGebiedsprocesMachine(defaultStepTemplate, lindewaardSettings)).not.toThrow();
    expect(() =>
      createGebiedsprocesMachine(defaultStepTemplate, { ...lindewaardSettings, consentStepIds: ['stap-99'] }),
    ).toThrowError(expect.objectContaining({ code: 'unknown_step', path: ['settings', 'consentStepIds', 0] }));
    expect(() =>
      createGebiedsprocesMachine(
        { ...defaultStepTemplate, steps: [defaultStepTemplate.steps[0]!, defaultStepTemplate.steps[0]!] },
        lindewaardSettings,
      ),
    ).toThrowError(expect.objectContaining({ code: 'invalid_input' }));
    expect(() =>
      createGebiedsprocesMachine(
        { ...defaultStepTemplate, steps: [{ ...defaultStepTemplate.steps[0]!, id: 'monitoring' }] },
        { ...lindewaardSettings, consentStepIds: [], changeRules: { majorChangeApprovers: ['x'] } },
      ),
    ).toThrowError(expect.objectContaining({ code: 'invalid_input' }));
  });
});

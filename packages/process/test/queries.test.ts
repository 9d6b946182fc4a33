import { describe, expect, it } from 'vitest';
import {
  createGebiedsproces,
  currentPosition,
  decisionsAndConsents,
  defaultStepTemplate,
  deliverableStatus,
  dueItems,
  progressSummary,
  provincialRollup,
  type RunningGebiedsproces,
} from '../src/index';
import { day, ev, lindewaardSettings, START, STEP, stepEvents, testOptions } from './support/gebiedsprocesFixtures';

function sendAll(process: RunningGebiedsproces, events: readonly unknown[]) {
  for (const event of events) {
    const result = process.send(event, { untyped: true });
    if (!result.accepted) throw new Error(`rejected: ${result.reason.code}`);
  }
}

const create = (settings = lindewaardSettings) =>
  createGebiedsproces({ template: defaultStepTemplate, settings, startedAt: START, options: testOptions });

/** Step 0 closed on day 62 (stepEvents closes 60 days after the last event of the step), step 1 open since then. */
function inStep1(): RunningGebiedsproces {
  const process = create();
  sendAll(process, stepEvents(defaultStepTemplate, lindewaardSettings, 0, 1));
  return process;
}

describe('queries over a snapshot and now', () => {
  it('currentPosition: step, number, sub-state', () => {
    const process = inStep1();
    expect(currentPosition(process.snapshot())).toMatchObject({
      status: 'running',
      phase: 'step',
      stepId: STEP.inzicht,
      stepNumber: 2,
      stepCount: 6,
      stepStatus: 'open',
      round: 1,
    });
    sendAll(process, [ev.suspend(day(70))]);
    expect(currentPosition(process.snapshot())).toMatchObject({ status: 'suspended', stepId: STEP.inzicht });
  });

  it('deliverableStatus: present, missing, needing review', () => {
    const process = inStep1();
    const status = deliverableStatus(process.snapshot());
    expect(status.steps.find((l) => l.stepId === STEP.opstart)).toMatchObject({ present: true, stepStatus: 'closed' });
    expect(status.missing).toEqual([STEP.inzicht]);
    expect(status.needsReview).toEqual([]);
  });

  it('decisionsAndConsents: who still has to consent in the current step', () => {
    const process = inStep1();
    sendAll(process, stepEvents(defaultStepTemplate, lindewaardSettings, 1, 100));
    sendAll(process, [
      ev.submit(STEP.visie, 'visionAndFramework', day(300)),
      ev.consent(STEP.visie, 'gemeente-beekdal', day(301)),
      ev.consent(STEP.visie, 'waterschap-aa-en-lindt', day(302), 'rejected'),
    ]);
    const result = decisionsAndConsents(process.snapshot());
    expect(result.decisions.map((d) => d.stepId)).toEqual([STEP.opstart, STEP.inzicht]);
    const visie = result.consents.find((c) => c.stepId === STEP.visie);
    expect(visie?.required).toBe(true);
    expect(visie?.rejectedBy).toEqual(['waterschap-aa-en-lindt']);
    expect(visie?.missing).toEqual([
      'provincie-zuidmark',
      'gemeente-lindewaard',
      'gemeente-hoeverveen',
      'waterschap-aa-en-lindt',
      'ministerie-vro',
    ]);
    expect(result.consents.find((c) => c.stepId === STEP.inzicht)?.required).toBe(false);
  });

  it('progressSummary: share of steps closed and days in the current step', () => {
    const process = inStep1();
    const summary = progressSummary(process.snapshot(), '2026-06-01T12:00:00Z');
    expect(summary.stepsClosed).toBe(1);
    expect(summary.share).toBeCloseTo(1 / 6);
    // Started 2026-01-12 09:00 UTC; step 1 opened on day 62 (2026-03-15 09:00 UTC).
    expect(summary.daysSinceStart).toBe(140);
    expect(summary.daysInCurrentStep).toBe(78);
  });
});

describe('dueItems', () => {
  it('reports step 1 past its timebox only once the timebox has passed', () => {
    const process = inStep1();
    const opened = process.context().steps[STEP.inzicht]!.openedAt!;
    const at = (days: number) => new Date(Date.parse(opened) + days * 86_400_000).toISOString();
    expect(dueItems(process.snapshot(), at(180)).some((d) => d.kind === 'timebox_exceeded')).toBe(false);
    const late = dueItems(process.snapshot(), at(181)).find((d) => d.kind === 'timebox_exceeded');
    expect(late).toMatchObject({ stepId: STEP.inzicht, severity: 'warning' });
    expect(late?.message.nl).toContain('181');
  });

  it('reports step 0 closed suspiciously fast, and not when it took its time', () => {
    const fast = create();
    sendAll(fast, [ev.submit(STEP.opstart, 'startnotitie', day(1)), ev.close(STEP.opstart, day(20))]);
    expect(dueItems(fast.snapshot(), day(21)).filter((d) => d.kind === 'closed_suspiciously_fast')).toHaveLength(1);
    const slow = create();
    sendAll(slow, [ev.submit(STEP.opstart, 'startnotitie', day(1)), ev.close(STEP.opstart, day(42))]);
    expect(dueItems(slow.snapshot(), day(43)).filter((d) => d.kind === 'closed_suspiciously_fast')).toHaveLength(0);
  });

  it('warns when a planned decision falls close to an election of the deciding body', () => {
    const process = create();
    sendAll(process, [
      // Beekdal's council decides two weeks before the municipal elections of 18 March 2026.
      ev.planDecision('raad-beekdal-visie', 'gemeente-beekdal', '2026-03-04', day(1)),
      // The waterschap decides in June 2026: no municipal or water authority election near.
      ev.planDecision('ab-aa-en-lindt-visie', 'waterschap-aa-en-lindt', '2026-06-10', day(1)),
    ]);
    const items = dueItems(process.snapshot(), '2026-03-01T09:00:00Z').filter(
      (d) => d.kind === 'decision_near_election',
    );
    expect(items.map((i) => i.refId)).toEqual(['raad-beekdal-visie']);
    expect(items[0]?.message.nl).toContain('2026-03-18');
    // A caller-supplied calendar replaces the default.
    const custom = dueItems(process.snapshot(), '2026-03-01T09:00:00Z', {
      elections: {
        windowDaysBefore: 30,
        windowDaysAfter: 0,
        elections: [{ kind: 'waterschap', date: '2026-06-24' }],
      },
    }).filter((d) => d.kind === 'decision_near_election');
    expect(custom.map((i) => i.refId)).toEqual(['ab-aa-en-lindt-visie']);
  });

  it('reports overdue agreements until they are fulfilled', () => {
    const process = inStep1();
    sendAll(process, [ev.agreement('afspraak-programmering', 'gemeente-hoeverveen', '2026-04-01', day(62))]);
    expect(dueItems(process.snapshot(), '2026-04-01T10:00:00Z').some((d) => d.kind === 'agreement_overdue')).toBe(
      false,
    );
    expect(dueItems(process.snapshot(), '2026-04-02T10:00:00Z').some((d) => d.kind === 'agreement_overdue')).toBe(true);
    sendAll(process, [ev.fulfil('afspraak-programmering', '2026-04-03', day(82))]);
    expect(dueItems(process.snapshot(), '2026-04-04T10:00:00Z').some((d) => d.kind === 'agreement_overdue')).toBe(
      false,
    );
    expect(process.send(ev.fulfil('afspraak-programmering', '2026-04-03', day(83)))).toMatchObject({
      accepted: false,
      reason: { code: 'agreement_already_fulfilled' },
    });
  });

  it('rejects an invalid now', () => {
    expect(() => dueItems(inStep1().snapshot(), '1 maart')).toThrowError(
      expect.objectContaining({ code: 'invalid_input' }),
    );
  });
});

describe('provincialRollup', () => {
  it('rolls up per national opgave over the province’s area processes (SCENARIO.md: Lindewaard and Hoge Zand)', () => {
    const lindewaard = inStep1();
    sendAll(lindewaard, [
      ev.assessOpgave(
        'lindewaard-wind',
        'opgave-wind',
        {
          status: 'not_realistic',
          reasoning: 'Twee van de zes turbines passen niet',
          consequence: 'Uitruil met een buurprovincie',
        },
        day(70),
      ),
      ev.assessOpgave(
        'lindewaard-wonen',
        'opgave-wonen',
        { status: 'fits', reasoning: '4.000 woningen in de kernen' },
        day(70),
      ),
    ]);
    const hogeZand = createGebiedsproces({
      template: defaultStepTemplate,
      settings: { ...lindewaardSettings, processId: 'gebiedsproces-hoge-zand', areaId: 'gebied-hoge-zand' },
      startedAt: START,
      options: testOptions,
    });
    sendAll(hogeZand, [
      ev.assessOpgave(
        'hoge-zand-wonen',
        'opgave-wonen',
        {
          status: 'needs_extra',
          reasoning: '300 woningen gaan naar Lindewaard',
          needs: [
            {
              what: 'ruimte_ander_gebied',
              description: '300 woningen in Lindewaard',
              from: { kind: 'overig', description: 'Gebied Lindewaard' },
            },
          ],
        },
        day(5),
      ),
    ]);
    const otherProvince = createGebiedsproces({
      template: defaultStepTemplate,
      settings: { ...lindewaardSettings, processId: 'elders', provinceId: 'provincie-elders' },
      startedAt: START,
      options: testOptions,
    });
    const rollup = provincialRollup([lindewaard.snapshot(), hogeZand.snapshot(), otherProvince.snapshot()], {
      provinceId: 'provincie-zuidmark',
    });
    expect(rollup.processes).toEqual(['gebiedsproces-lindewaard', 'gebiedsproces-hoge-zand']);
    const wonen = rollup.opgaven.find((o) => o.nationalOpgaveId === 'opgave-wonen');
    expect(wonen?.counts).toEqual({ fits: 1, needs_extra: 1, not_realistic: 0 });
    expect(wonen?.worstStatus).toBe('needs_extra');
    expect(wonen?.needs).toHaveLength(1);
    expect(rollup.opgaven.find((o) => o.nationalOpgaveId === 'opgave-wind')?.worstStatus).toBe('not_realistic');
    expect(rollup.withoutVerdicts).toEqual([]);
  });
});

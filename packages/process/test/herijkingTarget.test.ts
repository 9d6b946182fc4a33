/**
 * A herijking of an opgave adjusts the target of a vision goal that covers it, as data: the new
 * target is checked (a goal of the vision covering the opgave, the unit of the target it replaces,
 * never negative, adopted by a decision), kept beside the original with its decision, and used by
 * the provincial rollup and the goal targets that monitoring judges progress against.
 */
import { VisionAndFrameworkSchema } from '@gebiedsgericht/core';
import { lindewaardStartnotitie, lindewaardVisionAndFramework } from '@gebiedsgericht/core/fixtures';
import { describe, expect, it } from 'vitest';
import {
  createGebiedsproces,
  defaultStepTemplate,
  goalTargets,
  provincialRollup,
  type RunningGebiedsproces,
  restoreGebiedsproces,
} from '../src/index';
import {
  day,
  lindewaardSettings,
  eventMeta as meta,
  START,
  STEP,
  standInDocuments,
  stepEvents,
} from './support/gebiedsprocesFixtures';

const template = defaultStepTemplate;
const options = {
  documents: { ...standInDocuments(), visionAndFramework: { schema: VisionAndFrameworkSchema } },
};
const AFTER = 700;
const HERIJKING = 'herijking-water-2028';

/** Lindewaard through every step, with its real vision handed in for step 2, into a herijking of the water opgave. */
function intoHerijking(): RunningGebiedsproces {
  const process = createGebiedsproces({ template, settings: lindewaardSettings, startedAt: START, options });
  const events: Record<string, unknown>[] = [
    { type: 'monitoring.configure', cadence: lindewaardStartnotitie.evaluation, ...meta(2) },
  ];
  template.steps.forEach((step, i) => {
    for (const e of stepEvents(template, lindewaardSettings, i, 10 + i * 100) as unknown as Record<string, unknown>[]) {
      events.push(
        e.type === 'deliverable.submit' && step.id === STEP.visie
          ? { ...e, document: lindewaardVisionAndFramework }
          : e,
      );
    }
  });
  events.push(
    {
      type: 'opgave.assess',
      assessment: {
        opgaveId: 'opgave-water',
        nationalOpgaveId: 'nationaal-waterberging',
        placement: { status: 'fits', reasoning: 'Past in het beekdal' },
      },
      ...meta(AFTER - 10),
    },
    {
      type: 'herijking.schedule',
      herijking: {
        id: HERIJKING,
        scope: { kind: 'opgave', opgaveId: 'opgave-water' },
        reason: { nl: 'Minder ruimte in het beekdal', en: 'Less room in the brook valley' },
        origin: 'evaluation',
      },
      ...meta(AFTER),
    },
    { type: 'herijking.start', herijkingId: HERIJKING, ...meta(AFTER + 10) },
  );
  for (const event of events) {
    const result = process.send(event, { untyped: true });
    expect(result.accepted, `${String(event.type)}: ${JSON.stringify(result.accepted ? '' : result.reason)}`).toBe(
      true,
    );
  }
  return process;
}

const complete = (adjustedTarget: unknown, extra: Record<string, unknown> = {}) => ({
  type: 'herijking.complete',
  herijkingId: HERIJKING,
  result: { nl: 'Minder berging, later', en: 'Less storage, later' },
  decisionId: 'besluit-herijking-water',
  adjustedTarget,
  ...meta(AFTER + 40),
  ...extra,
});

function refused(
  process: RunningGebiedsproces,
  event: Record<string, unknown>,
  code: string,
  path: (string | number)[],
) {
  const before = JSON.stringify(process.snapshot());
  const result = process.send(event, { untyped: true });
  expect(result.accepted).toBe(false);
  if (result.accepted) return;
  expect(result.reason.code).toBe(code);
  expect(result.reason.path).toEqual(path);
  expect(JSON.stringify(process.snapshot())).toBe(before);
}

const waterLine = (process: RunningGebiedsproces) =>
  provincialRollup([process.snapshot()], { provinceId: 'provincie-zuidmark' }).opgaven.find(
    (o) => o.nationalOpgaveId === 'nationaal-waterberging',
  )?.areas[0];

describe('herijking: the adjusted target of the scoped opgave, as data', () => {
  it('shows the vision’s target, unadjusted, before any herijking completes', () => {
    const process = intoHerijking();
    const water = goalTargets(process.snapshot()).find((g) => g.goalId === 'doel-water-2032');
    expect(water).toEqual({
      goalId: 'doel-water-2032',
      opgaveIds: ['opgave-water'],
      original: { value: 150, unit: 'ha', year: 2032 },
      current: { value: 150, unit: 'ha', year: 2032 },
      adjustments: [],
    });
    expect(waterLine(process)?.targets.map((t) => t.goalId)).toEqual(['doel-water-2032']);
  });

  it('lowers a target: the rollup and the goal targets use the new one, with the original and the decision beside it', () => {
    const process = intoHerijking();
    const lowered = { goalId: 'doel-water-2032', target: { value: 120, unit: 'ha', year: 2034 } };
    const result = process.send(complete(lowered), { untyped: true });
    expect(result.accepted).toBe(true);
    expect(process.context().monitoring.herijkingen[0]).toMatchObject({
      status: 'completed',
      decisionId: 'besluit-herijking-water',
      adjustedTarget: lowered,
    });
    const expected = {
      goalId: 'doel-water-2032',
      opgaveIds: ['opgave-water'],
      original: { value: 150, unit: 'ha', year: 2032 },
      current: { value: 120, unit: 'ha', year: 2034 },
      adjustments: [
        {
          herijkingId: HERIJKING,
          decisionId: 'besluit-herijking-water',
          completedAt: day(AFTER + 40),
          before: { value: 150, unit: 'ha', year: 2032 },
          after: { value: 120, unit: 'ha', year: 2034 },
        },
      ],
    };
    expect(goalTargets(process.snapshot()).find((g) => g.goalId === 'doel-water-2032')).toEqual(expected);
    expect(waterLine(process)?.targets).toEqual([expected]);
    // The other goals keep their vision targets.
    expect(goalTargets(process.snapshot()).find((g) => g.goalId === 'doel-wonen-2035')?.current.value).toBe(4000);
    // It survives a JSON round trip and restore.
    const restored = restoreGebiedsproces(JSON.parse(JSON.stringify(process.snapshot())), options);
    expect(goalTargets(restored.snapshot())).toEqual(goalTargets(process.snapshot()));
  });

  it('raises a target in a second herijking: the chain runs from the original through each decision', () => {
    const process = intoHerijking();
    expect(
      process.send(complete({ goalId: 'doel-water-2032', target: { value: 120, unit: 'ha', year: 2034 } }), {
        untyped: true,
      }).accepted,
    ).toBe(true);
    for (const event of [
      {
        type: 'herijking.schedule',
        herijking: {
          id: 'herijking-water-2030',
          scope: { kind: 'opgave', opgaveId: 'opgave-water' },
          reason: { nl: 'Extra berging nodig', en: 'More storage needed' },
          origin: 'request',
        },
        ...meta(AFTER + 400),
      },
      { type: 'herijking.start', herijkingId: 'herijking-water-2030', ...meta(AFTER + 410) },
      {
        ...complete({ goalId: 'doel-water-2032', target: { value: 180, unit: 'ha', year: 2036 } }),
        herijkingId: 'herijking-water-2030',
        decisionId: 'besluit-herijking-water-2',
        ...meta(AFTER + 450),
      },
    ]) {
      expect(process.send(event, { untyped: true }).accepted).toBe(true);
    }
    const water = waterLine(process)?.targets[0];
    expect(water?.original.value).toBe(150);
    expect(water?.current).toEqual({ value: 180, unit: 'ha', year: 2036 });
    expect(water?.adjustments.map((a) => [a.decisionId, a.before.value, a.after.value])).toEqual([
      ['besluit-herijking-water', 150, 120],
      ['besluit-herijking-water-2', 120, 180],
    ]);
  });

  it('refuses a bad adjusted target with a code and a path, and changes nothing', () => {
    const process = intoHerijking();
    const target = { value: 120, unit: 'ha', year: 2034 };
    // A goal the vision does not have.
    refused(process, complete({ goalId: 'doel-bestaat-niet', target }), 'herijking_target_unknown_goal', [
      'adjustedTarget',
      'goalId',
    ]);
    // A goal of the vision that does not cover the herijking's opgave.
    refused(process, complete({ goalId: 'doel-wonen-2035', target }), 'herijking_target_unknown_goal', [
      'adjustedTarget',
      'goalId',
    ]);
    // Another unit than the target it replaces.
    refused(
      process,
      complete({ goalId: 'doel-water-2032', target: { ...target, unit: 'm³' } }),
      'herijking_target_unit_mismatch',
      ['adjustedTarget', 'target', 'unit'],
    );
    // A negative target.
    refused(process, complete({ goalId: 'doel-water-2032', target: { ...target, value: -5 } }), 'invalid_input', [
      'adjustedTarget',
      'target',
      'value',
    ]);
    // Without the decision that adopts it.
    refused(
      process,
      complete({ goalId: 'doel-water-2032', target }, { decisionId: undefined }),
      'herijking_target_without_decision',
      ['decisionId'],
    );
    expect(goalTargets(process.snapshot()).find((g) => g.goalId === 'doel-water-2032')?.current.value).toBe(150);
  });

  it('refuses an adjusted target for a herijking that is not about an opgave', () => {
    const process = intoHerijking();
    for (const event of [
      {
        type: 'herijking.schedule',
        herijking: {
          id: 'herijking-lindtdal',
          scope: { kind: 'deelgebied', deelgebiedId: 'lindtdal' },
          reason: { nl: 'Deelgebied', en: 'Sub-area' },
          origin: 'request',
        },
        ...meta(AFTER + 20),
      },
      { type: 'herijking.complete', herijkingId: HERIJKING, result: { nl: 'x', en: 'x' }, ...meta(AFTER + 21) },
      { type: 'herijking.start', herijkingId: 'herijking-lindtdal', ...meta(AFTER + 22) },
    ]) {
      expect(process.send(event, { untyped: true }).accepted).toBe(true);
    }
    refused(
      process,
      complete(
        { goalId: 'doel-water-2032', target: { value: 120, unit: 'ha', year: 2034 } },
        { herijkingId: 'herijking-lindtdal' },
      ),
      'herijking_target_out_of_scope',
      ['adjustedTarget'],
    );
  });
});

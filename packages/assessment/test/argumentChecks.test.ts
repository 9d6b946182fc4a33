// Bad arguments of the public functions throw a typed GebiedsgerichtError with a stable code and the
// path of the offending value, never a TypeError or a meaningless number, and change nothing.
import {
  GebiedsgerichtError,
  type Geometry,
  type Interaction,
  isGebiedsgerichtError,
  type PreferenceFunction,
} from '@gebiedsgericht/core';
import { describe, expect, it } from 'vitest';
import { catchOf, deepFreeze, errorOf, expectUnchanged } from '../../../scripts/testSupport/typedErrors';
import {
  addCriterionLater,
  applyWeights,
  assess,
  availableSpaceFromInteractions,
  buildAssessmentRecord,
  geometryOverlapSquareMetres,
  type PlanarPolygon,
  type PrometheeTable,
  planarPolygonArea,
  planarPolygonIntersectionArea,
  preferenceDegree,
  prometheeFlows,
  weightSensitivity,
} from '../src/index';
import { lindewaardInput } from './support/lindewaard';

const garbage: unknown[] = [undefined, null, Number.NaN, {}, [Number.NaN], 'x'];

const square = (x: number, y: number, s: number): [number, number][][] => [
  [
    [x, y],
    [x + s, y],
    [x + s, y + s],
    [x, y + s],
    [x, y],
  ],
];

describe('planarPolygonArea and planarPolygonIntersectionArea check their polygons', () => {
  const area = planarPolygonArea as (p: unknown) => number;
  const overlap = planarPolygonIntersectionArea as (a: unknown, b: unknown) => number;

  it('name the polygon, ring, point and coordinate that is wrong', () => {
    expect(errorOf(() => area({}))).toEqual({ code: 'invalid_argument', path: ['polygon'] });
    expect(errorOf(() => area([]))).toEqual({ code: 'polygon_too_small', path: ['polygon'] });
    expect(errorOf(() => area([...square(0, 0, 10), 'hole']))).toEqual({
      code: 'invalid_argument',
      path: ['polygon', 1],
    });
    // a point with a third coordinate is not a PlanarPoint
    expect(
      errorOf(() =>
        area([
          [
            [0, 0],
            [10, 0],
            [10, 10, 2],
            [0, 10],
          ],
        ]),
      ),
    ).toEqual({
      code: 'invalid_argument',
      path: ['polygon', 0, 2],
    });
    expect(
      errorOf(() =>
        area([
          [
            [0, 0],
            [10, 0],
            [10, Number.NaN],
            [0, 10],
          ],
        ]),
      ),
    ).toEqual({
      code: 'not_a_finite_number',
      path: ['polygon', 0, 2, 1],
    });
    // two points and the closing point: no area
    expect(
      errorOf(() =>
        area([
          [
            [0, 0],
            [1, 1],
            [0, 0],
          ],
        ]),
      ),
    ).toEqual({
      code: 'polygon_too_small',
      path: ['polygon', 0],
    });
    expect(errorOf(() => overlap(square(0, 0, 10), undefined))).toEqual({ code: 'invalid_argument', path: ['b'] });
    expect(
      errorOf(() =>
        overlap(
          [
            [
              [0, 0],
              ['10', 0],
              [10, 10],
            ],
          ],
          square(0, 0, 10),
        ),
      ),
    ).toEqual({
      code: 'not_a_finite_number',
      path: ['a', 0, 1, 0],
    });
    const holeWithInfinity = [
      ...square(0, 0, 10),
      [
        [2, 2],
        [4, 2],
        [4, Number.POSITIVE_INFINITY],
      ],
    ];
    expect(errorOf(() => overlap(square(0, 0, 10), holeWithInfinity))).toEqual({
      code: 'not_a_finite_number',
      path: ['b', 1, 2, 1],
    });
  });

  it('answer every garbage argument with a typed error', () => {
    for (const g of garbage) {
      expect(isGebiedsgerichtError(catchOf(() => area(g)))).toBe(true);
      expect(isGebiedsgerichtError(catchOf(() => overlap(g, square(0, 0, 1))))).toBe(true);
      expect(isGebiedsgerichtError(catchOf(() => overlap(square(0, 0, 1), g)))).toBe(true);
    }
  });

  it('never change the polygons, also when they are clockwise or rejected', () => {
    const clockwise: PlanarPolygon = [[...(square(0, 0, 10)[0] as [number, number][])].reverse()];
    deepFreeze(clockwise);
    expect(planarPolygonArea(clockwise)).toBeCloseTo(100, 9);
    expect(planarPolygonIntersectionArea(clockwise, deepFreeze(square(5, 5, 10)))).toBeCloseTo(25, 9);
    expectUnchanged(
      [
        square(0, 0, 10),
        [
          [
            [0, 0],
            [1, Number.NaN],
            [1, 1],
          ],
        ],
      ],
      overlap as (...a: unknown[]) => unknown,
    );
  });
});

describe('geometryOverlapSquareMetres validates both geometries against GeometrySchema', () => {
  const polygon: Geometry = {
    type: 'Polygon',
    coordinates: [
      [
        [5.1, 52],
        [5.12, 52],
        [5.12, 52.01],
        [5.1, 52],
      ],
    ],
  };
  const overlap = geometryOverlapSquareMetres as (a: unknown, b: unknown) => number;

  it('answers a bad geometry with invalid_input at a or b, and the issue inside it', () => {
    expect(errorOf(() => overlap(polygon, {}))).toEqual({ code: 'invalid_input', path: ['b'] });
    const open = {
      type: 'Polygon',
      coordinates: [
        [
          [5.1, 52],
          [5.12, 52],
          [5.12, 52.01],
          [5.11, 52.02],
        ],
      ],
    };
    const e = catchOf(() => overlap(open, polygon)) as GebiedsgerichtError;
    expect(e.code).toBe('invalid_input');
    expect(e.path).toEqual(['a']);
    expect(e.issues[0]).toMatchObject({ code: 'ring_not_closed', path: ['a', 'coordinates', 0] });
    const north = {
      type: 'Polygon',
      coordinates: [
        [
          [5.1, 95],
          [5.12, 95],
          [5.12, 95.01],
          [5.1, 95],
        ],
      ],
    };
    expect(errorOf(() => overlap(polygon, north))).toEqual({ code: 'invalid_input', path: ['b'] });
    for (const g of garbage) expect(errorOf(() => overlap(g, polygon)).path).toEqual(['a']);
  });

  it('changes neither geometry', () => {
    const a = structuredClone(polygon);
    deepFreeze(a);
    expect(overlap(a, a)).toBeGreaterThan(0);
    expectUnchanged([polygon, { type: 'Polygon', coordinates: [] }], overlap as (...a: unknown[]) => unknown);
  });
});

describe('preferenceDegree checks its function and difference instead of answering 0', () => {
  const degree = preferenceDegree as (fn: unknown, d: unknown) => number;
  const linear: PreferenceFunction = { type: 'linear', q: 5, p: 50 };

  it('rejects a difference that is not a finite number', () => {
    expect(errorOf(() => degree(linear, Number.NaN))).toEqual({ code: 'not_a_finite_number', path: ['d'] });
    expect(errorOf(() => degree(linear, '30'))).toEqual({ code: 'not_a_finite_number', path: ['d'] });
    expect(errorOf(() => degree(linear, undefined))).toEqual({ code: 'not_a_finite_number', path: ['d'] });
  });

  it('rejects a preference function that is not one, with the issue of PreferenceFunctionSchema', () => {
    expect(errorOf(() => degree({}, 1))).toEqual({ code: 'invalid_input', path: ['fn'] });
    expect(errorOf(() => degree({ type: 'v_shape' }, 1))).toEqual({ code: 'invalid_input', path: ['fn'] });
    const swapped = catchOf(() => degree({ type: 'linear', q: 50, p: 5 }, 10)) as GebiedsgerichtError;
    expect(swapped.issues[0]).toMatchObject({ code: 'thresholds_out_of_order', path: ['fn', 'q'] });
    for (const g of garbage) expect(errorOf(() => degree(g, 1)).code).toBe('invalid_input');
  });

  it('does not change the function', () => {
    expectUnchanged([{ type: 'linear', q: 50, p: 5 }, 1], degree as (...a: unknown[]) => unknown);
    expect(preferenceDegree(deepFreeze({ ...linear }), 27.5)).toBe(0.5);
  });
});

describe('prometheeFlows checks the table', () => {
  const table = (): PrometheeTable => ({
    alternatives: ['a', 'b', 'c'],
    criteria: [
      { id: 'kosten', direction: 'cost', weight: 0.5, function: { type: 'v_shape', p: 50 } },
      { id: 'water', direction: 'benefit', weight: 0.5, function: { type: 'usual' } },
    ],
    values: [
      [310, 120],
      [340, 190],
      [300, 60],
    ],
  });
  const flows = prometheeFlows as (t: unknown) => unknown;

  it('names what is wrong', () => {
    expect(errorOf(() => flows(undefined))).toEqual({ code: 'invalid_argument', path: ['table'] });
    expect(errorOf(() => flows({}))).toEqual({ code: 'invalid_argument', path: ['table', 'alternatives'] });
    expect(errorOf(() => flows({ ...table(), criteria: 'kosten' }))).toEqual({
      code: 'invalid_argument',
      path: ['table', 'criteria'],
    });
    expect(errorOf(() => flows({ ...table(), alternatives: [1, 2, 3] }))).toEqual({
      code: 'invalid_argument',
      path: ['table', 'alternatives', 0],
    });
    expect(errorOf(() => flows({ ...table(), values: [[310, 120], [340]] }))).toEqual({
      code: 'table_shape',
      path: ['table', 'values'],
    });
    expect(errorOf(() => flows({ ...table(), values: [[310, 120], [340], [300, 60]] }))).toEqual({
      code: 'table_shape',
      path: ['table', 'values', 1],
    });
    expect(
      errorOf(() =>
        flows({
          ...table(),
          values: [
            [310, 120],
            [340, '190'],
            [300, 60],
          ],
        }),
      ),
    ).toEqual({
      code: 'not_a_finite_number',
      path: ['table', 'values', 1, 1],
    });
    const t = table();
    expect(errorOf(() => flows({ ...t, criteria: [null, t.criteria[1]] }))).toEqual({
      code: 'invalid_argument',
      path: ['table', 'criteria', 0],
    });
    // a typo in the direction used to count as 'cost'
    expect(
      errorOf(() => flows({ ...t, criteria: [{ ...t.criteria[0], direction: 'benefits' }, t.criteria[1]] })),
    ).toEqual({
      code: 'invalid_argument',
      path: ['table', 'criteria', 0, 'direction'],
    });
    expect(errorOf(() => flows({ ...t, criteria: [{ ...t.criteria[0], weight: Number.NaN }, t.criteria[1]] }))).toEqual(
      {
        code: 'not_a_finite_number',
        path: ['table', 'criteria', 0, 'weight'],
      },
    );
    expect(errorOf(() => flows({ ...t, criteria: [{ ...t.criteria[0], weight: -1 }, t.criteria[1]] }))).toEqual({
      code: 'weight_out_of_range',
      path: ['table', 'criteria', 0, 'weight'],
    });
    for (const g of garbage) expect(isGebiedsgerichtError(catchOf(() => flows(g)))).toBe(true);
  });

  it('does not change the table', () => {
    expectUnchanged(
      [
        {
          ...table(),
          values: [
            [310, 120],
            [340, Number.NaN],
            [300, 60],
          ],
        },
      ],
      flows as (...a: unknown[]) => unknown,
    );
    const frozen = deepFreeze(table());
    expect(prometheeFlows(frozen).flows).toHaveLength(3);
  });
});

describe('weightSensitivity checks its options', () => {
  const sensitivity = weightSensitivity as (input: unknown, options?: unknown) => unknown;

  it('rejects a missing input and options that are not an object', () => {
    expect(errorOf(() => sensitivity(undefined))).toEqual({ code: 'invalid_input', path: ['input'] });
    expect(errorOf(() => sensitivity(lindewaardInput(), null))).toEqual({
      code: 'invalid_argument',
      path: ['options'],
    });
    expect(errorOf(() => sensitivity(lindewaardInput(), 21))).toEqual({ code: 'invalid_argument', path: ['options'] });
    expect(errorOf(() => sensitivity(lindewaardInput(), { steps: 1 }))).toEqual({
      code: 'invalid_argument',
      path: ['options', 'steps'],
    });
    for (const steps of [Number.NaN, Number.POSITIVE_INFINITY])
      expect(errorOf(() => sensitivity(lindewaardInput(), { steps }))).toEqual({
        code: 'not_a_finite_number',
        path: ['options', 'steps'],
      });
    const fromInput = catchOf(() => sensitivity({ ...lindewaardInput(), sweepSteps: 1 })) as GebiedsgerichtError;
    expect(fromInput.path).toEqual(['input']);
    expect(fromInput.issues[0]?.path).toEqual(['input', 'sweepSteps']);
  });

  it('does not change the input', () => {
    expectUnchanged([lindewaardInput(), null], sensitivity as (...a: unknown[]) => unknown);
    expectUnchanged([lindewaardInput(), { steps: 2.5 }], sensitivity as (...a: unknown[]) => unknown);
  });
});

describe('availableSpaceFromInteractions checks hectares and interactions', () => {
  const space = availableSpaceFromInteractions as (hectares: unknown, interactions: unknown) => unknown;
  const synergy: Interaction = {
    id: 'zon-op-berging',
    kind: 'synergie',
    opgaveIds: ['energie-zon', 'water-berging'],
    description: 'Zonnepanelen op waterbergingsgebied',
    responsiblePartyIds: ['waterschap-aa-en-lindt'],
  };

  it('names the argument that is wrong', () => {
    expect(errorOf(() => space(900, undefined))).toEqual({ code: 'invalid_argument', path: ['interactions'] });
    expect(errorOf(() => space(900, synergy))).toEqual({ code: 'invalid_argument', path: ['interactions'] });
    expect(errorOf(() => space(Number.NaN, [synergy]))).toEqual({ code: 'invalid_input', path: ['availableHectares'] });
    expect(errorOf(() => space(-5, [synergy]))).toEqual({ code: 'invalid_input', path: ['availableHectares'] });
    expect(errorOf(() => space(900, [synergy, { ...synergy, kind: 'samenwerking' }]))).toEqual({
      code: 'invalid_input',
      path: ['interactions', 1],
    });
    for (const g of garbage) expect(isGebiedsgerichtError(catchOf(() => space(g, [synergy])))).toBe(true);
  });

  it('does not change the interactions', () => {
    expectUnchanged(
      [900, [synergy, { ...synergy, opgaveIds: ['energie-zon'] }]],
      space as (...a: unknown[]) => unknown,
    );
    expect(space(900, deepFreeze([{ ...synergy }]))).toMatchObject({ availableHectares: 900 });
  });
});

describe('other public functions reject argument objects that are not objects', () => {
  it('assess: options', () => {
    expect(errorOf(() => (assess as (i: unknown, o: unknown) => unknown)(lindewaardInput(), null))).toEqual({
      code: 'invalid_argument',
      path: ['options'],
    });
  });

  it('buildAssessmentRecord: options and its lists', () => {
    const input = lindewaardInput();
    const result = assess(input);
    const build = buildAssessmentRecord as (i: unknown, r: unknown, o: unknown) => unknown;
    expect(errorOf(() => build(input, result, undefined))).toEqual({ code: 'invalid_argument', path: ['options'] });
    expect(errorOf(() => build(input, result, { id: 'v', recordedOn: '2027-03-01', notWeighed: 'landbouw' }))).toEqual({
      code: 'invalid_argument',
      path: ['options', 'notWeighed'],
    });
    expectUnchanged(
      [input, result, { id: 'v', recordedOn: '2027-03-01', furtherElaboration: {} }],
      build as (...a: unknown[]) => unknown,
    );
  });

  it('applyWeights: the weights', () => {
    const frame = lindewaardInput().afwegingskader;
    const apply = applyWeights as (f: unknown, w: unknown) => unknown;
    expect(errorOf(() => apply(frame, undefined))).toEqual({ code: 'invalid_argument', path: ['weights'] });
    expect(errorOf(() => apply(frame, [null]))).toEqual({ code: 'invalid_argument', path: ['weights', 0] });
    expectUnchanged([frame, [{ criterionId: 'woningen', weight: 1 }, 0.5]], apply as (...a: unknown[]) => unknown);
  });

  it('addCriterionLater: the addition and its scores', () => {
    const add = addCriterionLater as (i: unknown, a: unknown) => unknown;
    const input = lindewaardInput();
    const criterion = {
      ...(input.afwegingskader.criteria[0] as object),
      id: 'gezondheid',
      addedLater: { changeId: 'wijziging-4', approvedOn: '2027-02-10', motivation: { nl: 'GGD', en: 'GGD' } },
    };
    expect(errorOf(() => add(input, undefined))).toEqual({ code: 'invalid_argument', path: ['addition'] });
    expect(errorOf(() => add(input, { criterion, scores: 'none', weight: 0.1 }))).toEqual({
      code: 'invalid_argument',
      path: ['addition', 'scores'],
    });
    expectUnchanged([input, { criterion, scores: {}, weight: 0.1 }], add as (...a: unknown[]) => unknown);
  });
});

it('GebiedsgerichtError is what the checks throw (guards the helper above)', () => {
  expect(catchOf(() => planarPolygonArea([] as unknown as PlanarPolygon))).toBeInstanceOf(GebiedsgerichtError);
});

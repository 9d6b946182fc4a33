// Bad arguments of the public functions throw a typed GebiedsgerichtError with a stable code and the
// path of the offending value, never a TypeError or a meaningless result, and change nothing.
import type { GebiedsgerichtError } from '@gebiedsgericht/core';
import { describe, expect, it } from 'vitest';
import {
  type AnyFunction as AnyFn,
  catchOf,
  deepFreeze,
  errorOf,
  expectRejectedUnchanged,
} from '../../../scripts/testSupport/typedErrors';
import {
  assessControlSheet,
  checkFailureFactors,
  gokitOverview,
  heatMapSvg,
  histogramSvg,
  pertShape,
  rangeQuantile,
  riskHeatMap,
  sCurveSvg,
  scoreRisks,
  simulateEstimate,
  topRisks,
  tornadoSvg,
  updateRisk,
} from '../src/index';
import { lindewaardRegister, nWegEstimate, nWegSetup, stap3Sheet } from './fixtures/lindewaard';

const garbage: unknown[] = [undefined, null, Number.NaN, {}, [Number.NaN], 'x'];

describe('pertShape checks its range instead of answering null shapes', () => {
  const shape = pertShape as (range: unknown) => unknown;

  it('rejects what is not a PERT range', () => {
    expect(errorOf(() => shape(undefined))).toEqual({ code: 'invalid_input', path: ['range'] });
    expect(errorOf(() => shape({}))).toEqual({ code: 'invalid_input', path: ['range'] });
    expect(errorOf(() => shape({ type: 'pert', min: 0, mode: Number.NaN, max: 4 }))).toEqual({
      code: 'invalid_input',
      path: ['range'],
    });
    const outside = catchOf(() => shape({ type: 'pert', min: 0, mode: 5, max: 4 })) as GebiedsgerichtError;
    expect(outside.issues[0]).toMatchObject({ code: 'mode_outside_range', path: ['range', 'mode'] });
    expect(errorOf(() => shape({ type: 'triangular', min: 0, mode: 1, max: 4 }))).toEqual({
      code: 'invalid_argument',
      path: ['range', 'type'],
    });
    for (const g of garbage) expect(errorOf(() => shape(g)).path[0]).toBe('range');
  });

  it('still answers a valid range, frozen, and changes nothing', () => {
    expect(pertShape(deepFreeze({ type: 'pert', min: 0, mode: 1, max: 4 }))).toEqual({ alpha: 2, beta: 4 });
    expectRejectedUnchanged(shape as AnyFn, { type: 'pert', min: 10, mode: 1, max: 4 });
  });
});

describe('rangeQuantile', () => {
  it('rejects a probability that is not a number (null used to count as 0)', () => {
    const q = rangeQuantile as (range: unknown, p: unknown) => unknown;
    expect(errorOf(() => q({ type: 'uniform', min: 0, max: 1 }, null))).toEqual({
      code: 'not_a_finite_number',
      path: ['p'],
    });
    expect(errorOf(() => q({ type: 'uniform', min: 0, max: 1 }, '0.5'))).toEqual({
      code: 'not_a_finite_number',
      path: ['p'],
    });
    expect(errorOf(() => q({ type: 'uniform', min: 0, max: 1 }, 1.5))).toEqual({
      code: 'invalid_argument',
      path: ['p'],
    });
  });
});

describe('options that are not objects, and option values that are not allowed', () => {
  const register = () => structuredClone(lindewaardRegister);
  const result = simulateEstimate(nWegEstimate, { iterations: 200, seed: 1 });

  it('assessControlSheet', () => {
    const assess = assessControlSheet as AnyFn;
    expect(errorOf(() => assess(stap3Sheet, null))).toEqual({ code: 'invalid_argument', path: ['options'] });
    // a register that is not one used to be ignored when it was falsy
    expect(errorOf(() => assess(stap3Sheet, { register: Number.NaN }))).toEqual({
      code: 'invalid_input',
      path: ['options', 'register'],
    });
    expectRejectedUnchanged(assess, stap3Sheet, { register: {} });
  });

  it('checkFailureFactors', () => {
    const check = checkFailureFactors as AnyFn;
    expect(errorOf(() => check(nWegSetup, undefined))).toEqual({ code: 'invalid_argument', path: ['options'] });
    expect(errorOf(() => check(nWegSetup, { checkedOn: '2026-11-01', thresholds: 3 }))).toEqual({
      code: 'invalid_argument',
      path: ['options', 'thresholds'],
    });
    expectRejectedUnchanged(check, nWegSetup, { checkedOn: '2026-11-01', thresholds: null });
  });

  it('histogramSvg, sCurveSvg and tornadoSvg', () => {
    for (const draw of [histogramSvg, sCurveSvg, tornadoSvg] as AnyFn[]) {
      expect(errorOf(() => draw(result, null))).toEqual({ code: 'invalid_argument', path: ['options'] });
      expect(errorOf(() => draw(result, { title: 42 }))).toEqual({
        code: 'invalid_argument',
        path: ['options', 'title'],
      });
      expect(errorOf(() => draw(result, { locale: 'de' }))).toEqual({
        code: 'invalid_input',
        path: ['options', 'locale'],
      });
      expectRejectedUnchanged(draw, result, { title: ['x'] });
    }
  });

  it('gokitOverview', () => {
    const report = assessControlSheet(stap3Sheet);
    const overview = gokitOverview as AnyFn;
    expect(errorOf(() => overview([report], null))).toEqual({ code: 'invalid_argument', path: ['filter'] });
    expect(errorOf(() => overview([report], { programmeId: 7 }))).toEqual({
      code: 'invalid_argument',
      path: ['filter', 'programmeId'],
    });
    expectRejectedUnchanged(overview, [report], { processId: {} });
  });

  it('riskHeatMap, heatMapSvg, scoreRisks and topRisks', () => {
    for (const fn of [riskHeatMap, heatMapSvg, scoreRisks, topRisks] as AnyFn[]) {
      expect(errorOf(() => fn(register(), null))).toEqual({ code: 'invalid_argument', path: ['options'] });
      // a typo in the basis used to give the current map silently
      expect(errorOf(() => fn(register(), { basis: 'residueel' }))).toEqual({
        code: 'invalid_argument',
        path: ['options', 'basis'],
      });
      expectRejectedUnchanged(fn, register(), { basis: 'rest' });
    }
    for (const fn of [riskHeatMap, heatMapSvg] as AnyFn[])
      expect(errorOf(() => fn(register(), { aspect: 'geld' }))).toEqual({
        code: 'invalid_input',
        path: ['options', 'aspect'],
      });
    expect(errorOf(() => heatMapSvg(register(), { idsPerCell: 1.5 }))).toEqual({
      code: 'invalid_argument',
      path: ['options', 'idsPerCell'],
    });
    expect(errorOf(() => (heatMapSvg as AnyFn)(register(), { locale: 'fy' }))).toEqual({
      code: 'invalid_input',
      path: ['options', 'locale'],
    });
  });

  it('answers NaN and infinity in a numeric option with not_a_finite_number, a fraction with invalid_argument', () => {
    const cases: [string, (value: number) => unknown, (string | number)[]][] = [
      ['topRisks count', (v) => topRisks(register(), { count: v }), ['options', 'count']],
      [
        'assessControlSheet topRiskCount',
        (v) => assessControlSheet(stap3Sheet, { topRiskCount: v }),
        ['options', 'topRiskCount'],
      ],
      ['heatMapSvg idsPerCell', (v) => heatMapSvg(register(), { idsPerCell: v }), ['options', 'idsPerCell']],
      ['tornadoSvg count', (v) => tornadoSvg(result, { count: v }), ['options', 'count']],
      ['tornadoSvg width', (v) => tornadoSvg(result, { width: v }), ['options', 'width']],
      ['histogramSvg width', (v) => histogramSvg(result, { width: v }), ['options', 'width']],
      ['sCurveSvg height', (v) => sCurveSvg(result, { height: v }), ['options', 'height']],
    ];
    for (const [what, call, path] of cases) {
      for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])
        expect(
          errorOf(() => call(value)),
          `${what} = ${value}`,
        ).toEqual({ code: 'not_a_finite_number', path });
    }
    for (const [what, call, path] of cases.slice(0, 4))
      expect(
        errorOf(() => call(2.5)),
        `${what} = 2.5`,
      ).toEqual({ code: 'invalid_argument', path });
  });

  it('simulateEstimate', () => {
    const simulate = simulateEstimate as AnyFn;
    expect(errorOf(() => simulate(nWegEstimate, { iterations: 100, seed: 1 }, null))).toEqual({
      code: 'invalid_argument',
      path: ['options'],
    });
    expectRejectedUnchanged(simulate, nWegEstimate, { iterations: 100, seed: 1 }, 'id');
  });
});

describe('updateRisk checks the update and who made it', () => {
  const update = updateRisk as AnyFn;
  const by = { on: '2026-10-01', actorId: 'provincie-zuidmark' };

  it('names what is wrong', () => {
    const register = structuredClone(lindewaardRegister);
    expect(errorOf(() => update(register, 'r-netcongestie', undefined, by))).toEqual({
      code: 'invalid_argument',
      path: ['update'],
    });
    expect(errorOf(() => update(register, 'r-netcongestie', { probability: 3 }, undefined))).toEqual({
      code: 'invalid_argument',
      path: ['by'],
    });
    expect(errorOf(() => update(register, 'r-netcongestie', { measures: 'meer overleg' }, by))).toEqual({
      code: 'invalid_argument',
      path: ['update', 'measures'],
    });
    expect(errorOf(() => update(register, 'r-netcongestie', { impact: 4 }, by))).toEqual({
      code: 'invalid_argument',
      path: ['update', 'impact'],
    });
    expect(errorOf(() => update(register, 'r-netcongestie', { probability: 3 }, { ...by, on: '1 oktober' }))).toEqual({
      code: 'invalid_input',
      path: ['by', 'on'],
    });
    expect(errorOf(() => update(register, 'r-netcongestie', { probability: 3 }, { ...by, actorId: 42 }))).toEqual({
      code: 'invalid_input',
      path: ['by', 'actorId'],
    });
    expect(errorOf(() => update(register, 'r-netcongestie', { probability: 3 }, { ...by, note: '' }))).toEqual({
      code: 'invalid_input',
      path: ['by', 'note'],
    });
  });

  it('changes nothing when it rejects', () => {
    expectRejectedUnchanged(update, lindewaardRegister, 'r-netcongestie', { probability: 3 }, null);
    expectRejectedUnchanged(update, lindewaardRegister, 'r-netcongestie', { measures: {} }, by);
  });
});

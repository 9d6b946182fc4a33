// Bad arguments of the public functions throw a typed GebiedsgerichtError with a stable code and the
// path of the offending value, never a TypeError or a meaningless result, and change nothing.
import { describe, expect, it } from 'vitest';
import { type AnyFunction as AnyFn, errorOf, expectRejectedUnchanged } from '../../../scripts/testSupport/typedErrors';
import {
  adjustedWinner,
  analyseDilemmaLine,
  checkImpartiality,
  evaluatePackage,
  findPackageDeals,
  notSettledOutcome,
  prepareNegotiation,
  settledOutcome,
  suggestDocaCategory,
} from '../src/index';
import { beekdalDispute, beekdalMediation, beekdalPackageInput, WS } from './support/lindewaard';

const garbage: unknown[] = [undefined, null, Number.NaN, {}, [Number.NaN], 'x'];
const nashChoices = () => {
  const nash = findPackageDeals(beekdalPackageInput).nash;
  if (!nash) throw new Error('expected a Nash package');
  return nash.choices;
};

describe('settledOutcome and notSettledOutcome check their argument object', () => {
  const settled = settledOutcome as AnyFn;
  const notSettled = notSettledOutcome as AnyFn;
  const args = () => ({
    id: 'uitkomst-beekdal',
    mediation: beekdalMediation,
    input: beekdalPackageInput,
    choices: nashChoices(),
    recordedAt: '2026-05-12T17:00:00+02:00',
    summary: 'Pakketdeal beekdal',
  });

  it('rejects a missing argument object', () => {
    for (const g of [undefined, null, 'uitkomst', [args()]]) {
      expect(errorOf(() => settled(g))).toEqual({ code: 'invalid_argument', path: [] });
      expect(errorOf(() => notSettled(g))).toEqual({ code: 'invalid_argument', path: [] });
    }
  });

  it('names the field that is wrong', () => {
    expect(errorOf(() => settled({ ...args(), choices: undefined }))).toEqual({
      code: 'invalid_argument',
      path: ['choices'],
    });
    expect(errorOf(() => settled({ ...args(), choices: [null] }))).toEqual({
      code: 'invalid_argument',
      path: ['choices', 0],
    });
    expect(errorOf(() => settled({ ...args(), recordedAt: 'gisteren' }))).toEqual({
      code: 'invalid_input',
      path: ['recordedAt'],
    });
    expect(errorOf(() => notSettled({ id: 'u', recordedAt: '2026-05-12T17:00:00+02:00', reason: 'r' }))).toEqual({
      code: 'invalid_input',
      path: ['mediation'],
    });
  });

  it('changes nothing when it rejects', () => {
    expectRejectedUnchanged(settled, { ...args(), choices: 'nash' });
    expectRejectedUnchanged(notSettled, { id: 'u', mediation: beekdalMediation, recordedAt: 'x', reason: 'r' });
  });
});

describe('evaluatePackage checks the choices', () => {
  const evaluate = evaluatePackage as AnyFn;

  it('rejects choices that are not an array of objects', () => {
    for (const g of [undefined, null, Number.NaN, {}, 'x'])
      expect(errorOf(() => evaluate(beekdalPackageInput, g))).toEqual({ code: 'invalid_argument', path: ['choices'] });
    expect(errorOf(() => evaluate(beekdalPackageInput, [...nashChoices().slice(1), 'dal']))).toEqual({
      code: 'invalid_argument',
      path: ['choices', 3],
    });
    expectRejectedUnchanged(evaluate, beekdalPackageInput, [null]);
  });
});

describe('suggestDocaCategory checks the text', () => {
  it('rejects what is not a string', () => {
    for (const g of [...garbage.filter((x) => typeof x !== 'string'), 42, ['Het risico op wateroverlast neemt toe']])
      expect(errorOf(() => (suggestDocaCategory as AnyFn)(g))).toEqual({ code: 'invalid_argument', path: ['text'] });
  });
});

describe('options that are not objects, and option values that are not allowed', () => {
  it('findPackageDeals: options and maxFrontier', () => {
    const find = findPackageDeals as AnyFn;
    expect(errorOf(() => find(beekdalPackageInput, null))).toEqual({ code: 'invalid_argument', path: ['options'] });
    for (const maxFrontier of [Number.NaN, 0, 2.5, '1000'])
      expect(errorOf(() => find(beekdalPackageInput, { maxFrontier }))).toEqual({
        code: 'invalid_argument',
        path: ['maxFrontier'],
      });
    expectRejectedUnchanged(find, beekdalPackageInput, { maxFrontier: -1 });
  });

  it('checkImpartiality: options, lowScore and sharpDrop', () => {
    const check = checkImpartiality as AnyFn;
    expect(errorOf(() => check(beekdalMediation, null))).toEqual({ code: 'invalid_argument', path: ['options'] });
    expect(errorOf(() => check(beekdalMediation, { lowScore: 'laag' }))).toEqual({
      code: 'invalid_argument',
      path: ['lowScore'],
    });
    expect(errorOf(() => check(beekdalMediation, { sharpDrop: Number.NaN }))).toEqual({
      code: 'invalid_argument',
      path: ['sharpDrop'],
    });
    expect(errorOf(() => check(beekdalMediation, { sharpDrop: 0 }))).toEqual({
      code: 'invalid_argument',
      path: ['sharpDrop'],
    });
    expectRejectedUnchanged(check, beekdalMediation, { lowScore: [2] });
  });

  it('adjustedWinner, analyseDilemmaLine and prepareNegotiation: options', () => {
    const aw = {
      kind: 'adjustedWinnerInput',
      schemaVersion: 2,
      id: 'aw',
      items: [
        { id: 'x', title: 'X' },
        { id: 'y', title: 'Y' },
      ],
      parties: [
        { partyId: 'a', name: 'A', points: { x: 60, y: 40 } },
        { partyId: 'b', name: 'B', points: { x: 30, y: 70 } },
      ],
    };
    const line = {
      kind: 'dilemmaLine',
      schemaVersion: 2,
      id: 'lijn',
      title: 'Lijn',
      heldOn: '2026-02-10',
      dilemmas: [{ id: 'd', question: 'Clusteren of spreiden?', leftExtreme: 'Clusteren', rightExtreme: 'Spreiden' }],
      participants: [{ id: 'p', name: 'P' }],
      arguments: [],
      positions: [{ dilemmaId: 'd', participantId: 'p', position: 0.5, argumentIds: [] }],
    };
    expect(errorOf(() => (adjustedWinner as AnyFn)(aw, null))).toEqual({ code: 'invalid_argument', path: ['options'] });
    expect(errorOf(() => (analyseDilemmaLine as AnyFn)(line, 'x'))).toEqual({
      code: 'invalid_argument',
      path: ['options'],
    });
    expect(errorOf(() => (prepareNegotiation as AnyFn)(beekdalDispute, WS, null))).toEqual({
      code: 'invalid_argument',
      path: ['options'],
    });
    expectRejectedUnchanged(adjustedWinner as AnyFn, aw, [null]);
  });
});

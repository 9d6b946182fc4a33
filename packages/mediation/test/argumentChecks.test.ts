// Bad arguments of the public functions throw a typed GebiedsgerichtError with a stable code and the
// path of the offending value, never a TypeError or a meaningless result, and change nothing.
import type { GebiedsgerichtError } from '@gebiedsgericht/core';
import { describe, expect, it } from 'vitest';
import {
  type AnyFunction as AnyFn,
  catchOf,
  errorOf,
  expectRejectedUnchanged,
} from '../../../scripts/testSupport/typedErrors';
import {
  adjustedWinner,
  analyseDilemmaLine,
  checkImpartiality,
  durationStanding,
  evaluatePackage,
  findPackageDeals,
  negotiationPreparationToMarkdown,
  notSettledOutcome,
  prepareNegotiation,
  recommendMediationStyle,
  settledOutcome,
  sortDoca,
  suggestDocaCategory,
  summariseConversationMaps,
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
      expect(errorOf(() => settled(g))).toEqual({ code: 'invalid_argument', path: ['args'] });
      expect(errorOf(() => notSettled(g))).toEqual({ code: 'invalid_argument', path: ['args'] });
    }
  });

  it('names the field that is wrong', () => {
    expect(errorOf(() => settled({ ...args(), choices: undefined }))).toEqual({
      code: 'invalid_argument',
      path: ['args', 'choices'],
    });
    expect(errorOf(() => settled({ ...args(), choices: [null] }))).toEqual({
      code: 'invalid_argument',
      path: ['args', 'choices', 0],
    });
    expect(errorOf(() => settled({ ...args(), choices: [{ issueId: 'geen', optionId: 'x' }] }))).toEqual({
      code: 'unknown_issue',
      path: ['args', 'choices', 0, 'issueId'],
    });
    expect(errorOf(() => settled({ ...args(), recordedAt: 'gisteren' }))).toEqual({
      code: 'invalid_input',
      path: ['args', 'recordedAt'],
    });
    expect(errorOf(() => settled({ ...args(), id: 'met spatie' }))).toEqual({
      code: 'invalid_input',
      path: ['args', 'id'],
    });
    const noSummary = catchOf(() => settled({ ...args(), summary: '' })) as GebiedsgerichtError;
    expect(noSummary.path).toEqual(['args']);
    expect(noSummary.issues.map((i) => i.path)).toEqual([['args', 'summary']]);
    expect(errorOf(() => notSettled({ id: 'u', recordedAt: '2026-05-12T17:00:00+02:00', reason: 'r' }))).toEqual({
      code: 'invalid_input',
      path: ['args', 'mediation'],
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
    for (const maxFrontier of [0, 2.5, '1000'])
      expect(errorOf(() => find(beekdalPackageInput, { maxFrontier }))).toEqual({
        code: 'invalid_argument',
        path: ['options', 'maxFrontier'],
      });
    for (const maxFrontier of [Number.NaN, Number.POSITIVE_INFINITY])
      expect(errorOf(() => find(beekdalPackageInput, { maxFrontier }))).toEqual({
        code: 'not_a_finite_number',
        path: ['options', 'maxFrontier'],
      });
    expectRejectedUnchanged(find, beekdalPackageInput, { maxFrontier: -1 });
  });

  it('checkImpartiality: options, lowScore and sharpDrop', () => {
    const check = checkImpartiality as AnyFn;
    expect(errorOf(() => check(beekdalMediation, null))).toEqual({ code: 'invalid_argument', path: ['options'] });
    expect(errorOf(() => check(beekdalMediation, { lowScore: 'laag' }))).toEqual({
      code: 'not_a_finite_number',
      path: ['options', 'lowScore'],
    });
    expect(errorOf(() => check(beekdalMediation, { sharpDrop: Number.NaN }))).toEqual({
      code: 'not_a_finite_number',
      path: ['options', 'sharpDrop'],
    });
    expect(errorOf(() => check(beekdalMediation, { sharpDrop: 0 }))).toEqual({
      code: 'invalid_argument',
      path: ['options', 'sharpDrop'],
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

describe('every path starts with the name of the argument, as the signature spells it', () => {
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

  it('a document that does not validate: invalid_input at the parameter', () => {
    const cases: [AnyFn, unknown[], string][] = [
      [adjustedWinner as AnyFn, [null], 'input'],
      [analyseDilemmaLine as AnyFn, [null], 'line'],
      [checkImpartiality as AnyFn, [null], 'mediation'],
      [durationStanding as AnyFn, [null], 'mediation'],
      [prepareNegotiation as AnyFn, [null, WS], 'dispute'],
      [negotiationPreparationToMarkdown as AnyFn, [null], 'preparation'],
      [findPackageDeals as AnyFn, [null], 'input'],
      [evaluatePackage as AnyFn, [null, []], 'input'],
      [recommendMediationStyle as AnyFn, [null], 'characteristics'],
      [sortDoca as AnyFn, [null], 'board'],
      [summariseConversationMaps as AnyFn, [null], 'session'],
    ];
    for (const [fn, args, name] of cases) {
      const e = catchOf(() => fn(...args)) as GebiedsgerichtError;
      expect([fn.name, e.code, e.path]).toEqual([fn.name, 'invalid_input', [name]]);
      for (const issue of e.issues) expect(issue.path[0]).toBe(name);
    }
  });

  it('options and plain arguments under their own names', () => {
    expect(errorOf(() => analyseDilemmaLine(line, { clusterGap: Number.NaN }))).toEqual({
      code: 'not_a_finite_number',
      path: ['options', 'clusterGap'],
    });
    expect(errorOf(() => analyseDilemmaLine(line, { farApart: 2 }))).toEqual({
      code: 'invalid_threshold',
      path: ['options', 'farApart'],
    });
    expect(errorOf(() => prepareNegotiation(beekdalDispute, 'geen-partij'))).toEqual({
      code: 'unknown_party',
      path: ['partyId'],
    });
    expect(errorOf(() => (prepareNegotiation as AnyFn)(beekdalDispute, WS, { locale: 'fr' }))).toEqual({
      code: 'invalid_input',
      path: ['options', 'locale'],
    });
    const prep = prepareNegotiation(beekdalDispute, WS);
    expect(errorOf(() => (negotiationPreparationToMarkdown as AnyFn)(prep, 'fr'))).toEqual({
      code: 'invalid_input',
      path: ['locale'],
    });
    expect(errorOf(() => findPackageDeals(beekdalPackageInput, { resultId: 'met spatie' }))).toEqual({
      code: 'invalid_input',
      path: ['options', 'resultId'],
    });
    expect(errorOf(() => findPackageDeals(beekdalPackageInput, { maxFrontier: 1 }))).toEqual({
      code: 'package_search_too_large',
      path: ['options', 'maxFrontier'],
    });
  });

  it('a party without values is named inside the dispute', () => {
    const index = beekdalDispute.parties.findIndex((p) => p.partyId === WS);
    const parties = beekdalDispute.parties.map((p, i) => (i === index ? { ...p, values: [] } : p));
    expect(errorOf(() => prepareNegotiation({ ...beekdalDispute, parties }, WS))).toEqual({
      code: 'no_values',
      path: ['dispute', 'parties', index, 'values'],
    });
  });
});

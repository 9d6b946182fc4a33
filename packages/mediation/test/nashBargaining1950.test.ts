/**
 * Published worked example of bargaining over several issues: Nash's barter between Bill and Jack.
 *
 * Source: J. F. Nash Jr., "The Bargaining Problem", Econometrica 18(2), 1950, pp. 155–162, the
 * example of Bill and Jack, who own goods they may exchange without money. The utilities per good
 * are the paper's table (as transcribed in, among others, ACM Crossroads 14(4), summer 2008, p. 22,
 * table 2). Nash's published solution: Bill gives Jack the book, whip, ball and bat; Jack gives
 * Bill the pen, toy and knife. Without agreement each keeps his own goods (the disagreement point).
 *
 * Each good is an issue with two options (it ends with Bill or with Jack); a party's points for a
 * package are the utilities of the goods it ends up holding.
 */
import type { PackageDealInput } from '@gebiedsgericht/core';
import { describe, expect, it } from 'vitest';
import { findPackageDeals } from '../src/index';

// good → [owner, utility to Bill, utility to Jack] (Nash 1950, the table of the example)
const goods: Record<string, ['bill' | 'jack', number, number]> = {
  book: ['bill', 2, 4],
  whip: ['bill', 2, 2],
  ball: ['bill', 2, 1],
  bat: ['bill', 2, 2],
  box: ['bill', 4, 1],
  pen: ['jack', 10, 1],
  toy: ['jack', 4, 1],
  knife: ['jack', 6, 2],
  hat: ['jack', 2, 2],
};

const entries = Object.entries(goods);
const holdings = (who: 'bill' | 'jack') =>
  entries.reduce((sum, [, [owner, b, j]]) => sum + (owner === who ? (who === 'bill' ? b : j) : 0), 0);

const barter: PackageDealInput = {
  kind: 'packageDealInput',
  schemaVersion: 2,
  id: 'nash-1950-bill-en-jack',
  issues: entries.map(([good]) => ({
    id: good,
    title: good,
    options: [
      { id: 'bill', title: 'naar Bill' },
      { id: 'jack', title: 'naar Jack' },
    ],
  })),
  parties: [
    {
      partyId: 'bill',
      name: 'Bill',
      points: Object.fromEntries(entries.map(([good, [, b]]) => [good, { bill: b, jack: 0 }])),
      disagreementPoint: holdings('bill'),
      disagreementDescription: 'Geen ruil: Bill houdt zijn eigen goederen',
    },
    {
      partyId: 'jack',
      name: 'Jack',
      points: Object.fromEntries(entries.map(([good, [, , j]]) => [good, { bill: 0, jack: j }])),
      disagreementPoint: holdings('jack'),
      disagreementDescription: 'Geen ruil: Jack houdt zijn eigen goederen',
    },
  ],
};

describe('Nash (1950): the barter between Bill and Jack', () => {
  it('has the disagreement point of each keeping his own goods', () => {
    expect(holdings('bill')).toBe(12);
    expect(holdings('jack')).toBe(6);
  });

  it('finds Nash’s published solution as the Nash bargaining package', () => {
    const result = findPackageDeals(barter);
    expect(result.feasible).toBe(true);
    const held = Object.fromEntries(result.nash?.choices.map((c) => [c.issueId, c.optionId]) ?? []);
    // Bill gives Jack the book, whip, ball and bat; Jack gives Bill the pen, toy and knife.
    expect(held).toEqual({
      book: 'jack',
      whip: 'jack',
      ball: 'jack',
      bat: 'jack',
      box: 'bill',
      pen: 'bill',
      toy: 'bill',
      knife: 'bill',
      hat: 'jack',
    });
    const gains = Object.fromEntries(result.nash?.parties.map((p) => [p.partyId, p.gain]) ?? []);
    expect(gains).toEqual({ bill: 12, jack: 5 });
    expect(result.nash?.nashProduct).toBe(60);
  });

  it('lists only trades both prefer to no trade, none dominated by another', () => {
    const result = findPackageDeals(barter);
    for (const p of result.paretoPackages) {
      for (const party of p.parties) expect(party.gain).toBeGreaterThan(0);
      expect(p.nashProduct).toBeLessThanOrEqual(60);
    }
  });
});

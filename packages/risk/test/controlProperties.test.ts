import type { ControlSheet, ControlStatus } from '@gebiedsgericht/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessControlSheet, checkFailureFactors, simulateEstimate } from '../src/index';
import { nWegEstimate, nWegSetup, stap3Sheet } from './fixtures/lindewaard';

const rank: Record<ControlStatus, number> = { on_track: 0, at_risk: 1, off_track: 2 };

function moneySheet(budget: number, forecast: number, over: number, under: number, share: number): ControlSheet {
  return {
    ...stap3Sheet,
    atRiskShare: share,
    aspects: { money: { budget, actual: 0, forecast, tolerance: { mode: 'relative', over, under } } },
  };
}

describe('control assessment properties', () => {
  it('a forecast further from the budget never gives a better status, and off track always means an exception', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 0, max: 20_000_000 }),
        fc.integer({ min: 0, max: 20_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (budget, x, y, over, under, share) => {
          // Two forecasts on the same side of the budget, the second further away.
          const [near, far] = [x, y].sort((p, q) => Math.abs(p - budget) - Math.abs(q - budget)) as [number, number];
          if (Math.sign(near - budget) * Math.sign(far - budget) < 0) return;
          const a = assessControlSheet(moneySheet(budget, near, over, under, share));
          const b = assessControlSheet(moneySheet(budget, far, over, under, share));
          const sa = a.status.aspects.money as ControlStatus;
          const sb = b.status.aspects.money as ControlStatus;
          expect(rank[sb]).toBeGreaterThanOrEqual(rank[sa]);
          for (const r of [a, b])
            expect(r.exceptions.some((e) => e.aspect === 'money')).toBe(r.status.aspects.money === 'off_track');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a later forecast finish never gives a better time status once late', () => {
    const time = stap3Sheet.aspects.time;
    if (!time) throw new Error('fixture');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), (d1, d2) => {
        const date = (days: number) => new Date(Date.UTC(2026, 5, 30 + days)).toISOString().slice(0, 10);
        const [early, late] = [d1, d2].sort((p, q) => p - q) as [number, number];
        const status = (days: number) =>
          assessControlSheet({ ...stap3Sheet, aspects: { time: { ...time, forecastFinish: date(days) } } }).status
            .aspects.time as ControlStatus;
        expect(rank[status(late)]).toBeGreaterThanOrEqual(rank[status(early)]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('ids and thresholds given as options are validated too', () => {
  it('refuses an id that is not an Id and thresholds that are not non-negative numbers', () => {
    expect(() => assessControlSheet(stap3Sheet, { reportId: '__proto__' })).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: ['options', 'reportId'] }),
    );
    expect(() => simulateEstimate(nWegEstimate, { iterations: 100, seed: 1 }, { id: 'met spatie' })).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: ['options', 'id'] }),
    );
    expect(() =>
      checkFailureFactors(nWegSetup, { checkedOn: '2026-11-01', thresholds: { maxDaysBetweenPoints: Number.NaN } }),
    ).toThrow(
      expect.objectContaining({ code: 'not_a_finite_number', path: ['options', 'thresholds', 'maxDaysBetweenPoints'] }),
    );
    expect(() =>
      checkFailureFactors(nWegSetup, { checkedOn: '2026-11-01', thresholds: { maxDaysBetweenPoints: -1 } }),
    ).toThrow(
      expect.objectContaining({ code: 'invalid_argument', path: ['options', 'thresholds', 'maxDaysBetweenPoints'] }),
    );
  });
});

import {
  type Estimate,
  isGebiedsgerichtError,
  MonteCarloResultSchema,
  type RangeDistribution,
} from '@gebiedsgericht/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distributionMean, distributionVariance, rangeQuantile, simulateEstimate } from '../src/index';

function estimateOf(
  items: RangeDistribution[],
  riskEvents: Estimate['riskEvents'] = [],
  extra: Partial<Estimate> = {},
) {
  const estimate: Estimate = {
    kind: 'estimate',
    schemaVersion: 2,
    id: 'test',
    scope: { level: 'programme', programmeId: 'lindewaard' },
    aspect: 'time',
    unit: 'days',
    items: items.map((range, i) => ({ id: `item-${i}`, label: `Post ${i}`, range })),
    riskEvents,
    ...extra,
  };
  return estimate;
}

/** Sample variance of the single input from its reported standard deviation. */
function sampleVariance(result: ReturnType<typeof simulateEstimate>): number {
  return result.stdDev ** 2;
}

describe('closed-form checks', () => {
  const n = 200_000;
  const pertCases: RangeDistribution[] = [
    { type: 'pert', min: 10, mode: 20, max: 60 },
    { type: 'pert', min: 0, mode: 50, max: 100 },
    { type: 'pert', min: 100, mode: 100, max: 180 }, // α = 1: mode at the minimum
    { type: 'pert', min: 5, mode: 9, max: 9 }, // β = 1: mode at the maximum
    { type: 'pert', min: 0, mode: 1, max: 1000 },
  ];
  it.each(pertCases)('PERT %o: mean (a + 4m + b)/6 and variance (μ − a)(b − μ)/7', (range) => {
    const result = simulateEstimate(estimateOf([range]), { iterations: n, seed: 7 });
    const mean = distributionMean(range);
    const variance = distributionVariance(range);
    if (range.type === 'pert') expect(mean).toBeCloseTo((range.min + 4 * range.mode + range.max) / 6, 9);
    const se = Math.sqrt(variance / n);
    // Results are rounded to 0.01 day: allow that on top of 4 standard errors.
    expect(Math.abs(result.mean - mean)).toBeLessThan(4 * se + 0.01);
    expect(sampleVariance(result) / variance).toBeGreaterThan(0.98);
    expect(sampleVariance(result) / variance).toBeLessThan(1.02);
    if (range.type === 'pert') {
      expect(result.min).toBeGreaterThanOrEqual(range.min);
      expect(result.max).toBeLessThanOrEqual(range.max);
    }
  });

  it('PERT percentiles follow the exact Beta distribution (integer shapes: closed-form CDF)', () => {
    // PERT(0, 25, 100) is 100 × Beta(2, 4); PERT(0, 0, 100) is 100 × Beta(1, 5). For integer shapes
    // the Beta CDF is a binomial tail: I_x(a, b) = Σ_{j=a}^{a+b−1} C(a+b−1, j) x^j (1−x)^(a+b−1−j).
    const choose = (m: number, k: number) => {
      let r = 1;
      for (let i = 1; i <= k; i++) r = (r * (m - k + i)) / i;
      return r;
    };
    const cdf = (x: number, a: number, b: number) => {
      const m = a + b - 1;
      let s = 0;
      for (let j = a; j <= m; j++) s += choose(m, j) * x ** j * (1 - x) ** (m - j);
      return s;
    };
    const quantile = (p: number, a: number, b: number) => {
      let lo = 0;
      let hi = 1;
      for (let k = 0; k < 60; k++) {
        const mid = (lo + hi) / 2;
        if (cdf(mid, a, b) < p) lo = mid;
        else hi = mid;
      }
      return (lo + hi) / 2;
    };
    for (const [mode, a, b] of [
      [25, 2, 4],
      [0, 1, 5],
      [50, 3, 3],
    ] as const) {
      const result = simulateEstimate(estimateOf([{ type: 'pert', min: 0, mode, max: 100 }]), {
        iterations: n,
        seed: 17,
        percentiles: [1, 5, 10, 25, 50, 75, 90, 95, 99],
      });
      for (const { percentile, value } of result.percentiles) {
        expect(Math.abs(value - 100 * quantile(percentile / 100, a, b))).toBeLessThan(0.3);
      }
    }
  });

  const triangularCases: Extract<RangeDistribution, { type: 'triangular' }>[] = [
    { type: 'triangular', min: 0, mode: 30, max: 100 },
    { type: 'triangular', min: 20, mode: 20, max: 40 },
    { type: 'triangular', min: 1, mode: 9, max: 10 },
  ];
  it.each(triangularCases)('triangular %o: mean (a + b + c)/3 and percentiles at the inverse CDF', (range) => {
    const result = simulateEstimate(estimateOf([range]), {
      iterations: n,
      seed: 11,
      percentiles: [5, 10, 25, 50, 75, 90, 95],
    });
    const mean = (range.min + range.mode + range.max) / 3;
    expect(distributionMean(range)).toBeCloseTo(mean, 12);
    expect(Math.abs(result.mean - mean)).toBeLessThan(4 * Math.sqrt(distributionVariance(range) / n) + 0.01);
    const width = range.max - range.min;
    for (const { percentile, value } of result.percentiles) {
      expect(Math.abs(value - rangeQuantile(range, percentile / 100))).toBeLessThan(0.005 * width);
    }
    expect(Math.abs(result.p85 - rangeQuantile(range, 0.85))).toBeLessThan(0.005 * width);
  });

  it('analytic triangular quantiles: F⁻¹ at the mode share is the mode, the ends are min and max', () => {
    const range = { type: 'triangular', min: 2, mode: 5, max: 14 } as const;
    expect(rangeQuantile(range, (5 - 2) / (14 - 2))).toBeCloseTo(5, 12);
    expect(rangeQuantile(range, 0)).toBe(2);
    expect(rangeQuantile(range, 1)).toBe(14);
    // Median of the triangular (0, 0, 1): 1 − √½.
    expect(rangeQuantile({ type: 'triangular', min: 0, mode: 0, max: 1 }, 0.5)).toBeCloseTo(1 - Math.SQRT1_2, 12);
  });

  it('a discrete risk event adds probability × mean consequence, and occurs at its probability', () => {
    const consequence = { type: 'uniform', min: 20, max: 60 } as const;
    const result = simulateEstimate(
      estimateOf([{ type: 'fixed', value: 100 }], [{ id: 'ev', label: 'Vertraging', probability: 0.3, consequence }]),
      { iterations: n, seed: 3 },
    );
    const event = result.contributions.find((c) => c.id === 'ev');
    expect(event?.occurrenceRate).toBeGreaterThan(0.3 - 4 * Math.sqrt((0.3 * 0.7) / n));
    expect(event?.occurrenceRate).toBeLessThan(0.3 + 4 * Math.sqrt((0.3 * 0.7) / n));
    // E = 100 + 0.3 · 40; Var = p·E[X²] − (p·E[X])² with E[X²] = Var + 40².
    const varEvent = 0.3 * (distributionVariance(consequence) + 1600) - (0.3 * 40) ** 2;
    expect(Math.abs(result.mean - 112)).toBeLessThan(4 * Math.sqrt(varEvent / n) + 0.01);
    expect(Math.abs((event?.swing ?? 0) - 40)).toBeLessThan(0.5);
    expect(result.p50).toBe(100); // 70% of the iterations have no delay at all
  });
});

describe('result', () => {
  const range = { type: 'pert', min: 900_000_00, mode: 1_000_000_00, max: 1_500_000_00 } as const;
  const estimate = estimateOf(
    [range, { type: 'triangular', min: 200_000_00, mode: 250_000_00, max: 400_000_00 }],
    [
      {
        id: 'netcongestie',
        label: 'Netcongestie',
        probability: 0.4,
        consequence: { type: 'uniform', min: 100_000_00, max: 600_000_00 },
      },
    ],
    { aspect: 'money', unit: 'euroCents' },
  );

  it('is a valid monteCarloResult document in whole cents, with contingency = P85 − base estimate', () => {
    const result = simulateEstimate(estimate, { iterations: 20_000, seed: 1 });
    expect(MonteCarloResultSchema.parse(result)).toEqual(result);
    expect(Number.isInteger(result.p85)).toBe(true);
    expect(result.baseEstimate).toBe(1_250_000_00); // sum of the most likely values
    expect(result.contingency.percentile).toBe(85);
    expect(result.contingency.value).toBe(result.p85);
    expect(result.contingency.amount).toBe(result.p85 - result.baseEstimate);
    expect(result.histogram.reduce((s, b) => s + b.count, 0)).toBe(20_000);
    expect(result.sCurve).toHaveLength(101);
    expect(result.sCurve[0]?.value).toBe(result.min);
    expect(result.sCurve[100]?.value).toBe(result.max);
    for (let k = 1; k < result.sCurve.length; k++)
      expect(result.sCurve[k]?.value).toBeGreaterThanOrEqual(result.sCurve[k - 1]?.value ?? 0);
    const shares = result.contributions.reduce((s, c) => s + c.varianceShare, 0);
    expect(shares).toBeGreaterThan(0.95);
    expect(shares).toBeLessThan(1.05);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('tornado bars: the expected total with one input at its P10 and P90, the others at their means', () => {
    const triangular = { type: 'triangular', min: 0, mode: 30, max: 100 } as const;
    const consequence = { type: 'uniform', min: 20, max: 60 } as const;
    const r = simulateEstimate(
      estimateOf(
        [triangular, { type: 'pert', min: 0, mode: 25, max: 100 }],
        [{ id: 'ev', label: 'Vertraging', probability: 0.3, consequence }],
      ),
      { iterations: 50_000, seed: 8 },
    );
    const item = r.contributions.find((c) => c.id === 'item-0');
    // Round to 0.01 day on both sides.
    expect(Math.abs((item?.low ?? 0) - (r.mean - (item?.mean ?? 0) + rangeQuantile(triangular, 0.1)))).toBeLessThan(
      0.03,
    );
    expect(Math.abs((item?.high ?? 0) - (r.mean - (item?.mean ?? 0) + rangeQuantile(triangular, 0.9)))).toBeLessThan(
      0.03,
    );
    // The event: P10 of its contribution is 0 (it does not occur 70% of the time); P90 is the
    // consequence's quantile at (0.9 − 0.7)/0.3 = 2/3, so 20 + 40 · 2/3.
    const event = r.contributions.find((c) => c.id === 'ev');
    expect(Math.abs((event?.low ?? 0) - (r.mean - (event?.mean ?? 0)))).toBeLessThan(0.03);
    expect(Math.abs((event?.high ?? 0) - (r.mean - (event?.mean ?? 0) + 20 + (40 * 2) / 3))).toBeLessThan(0.03);
    // PERT (0, 25, 100) = 100 × Beta(2, 4): P10 = 11.2235 and P90 = 58.3890 (bisection on the closed-form CDF).
    const pert = r.contributions.find((c) => c.id === 'item-1');
    expect(Math.abs((pert?.low ?? 0) - (r.mean - (pert?.mean ?? 0)) - 11.2235)).toBeLessThan(0.05);
    expect(Math.abs((pert?.high ?? 0) - (r.mean - (pert?.mean ?? 0)) - 58.389)).toBeLessThan(0.05);
  });

  it('is reproducible for a seed and differs between seeds', () => {
    const a = simulateEstimate(estimate, { iterations: 5_000, seed: 123 });
    const b = simulateEstimate(estimate, { iterations: 5_000, seed: 123 });
    const c = simulateEstimate(estimate, { iterations: 5_000, seed: 124 });
    expect(b).toEqual(a);
    expect(c.mean).not.toBe(a.mean);
  });

  it('handles risks above the CROW SSK threshold as certain costs when asked', () => {
    // CROW, Standaardsystematiek voor kostenramingen SSK-2018, "Risico's" (kennisbank.crow.nl,
    // published 26-04-2018): risks with a probability above 50% are assumed to occur and are
    // estimated as an ordinary activity.
    const likely = {
      id: 'vergunning',
      label: 'Extra onderzoek vergunning',
      probability: 0.6,
      consequence: { type: 'triangular', min: 40_000_00, mode: 50_000_00, max: 80_000_00 },
    } as const;
    const plain = simulateEstimate(estimateOf([range], [likely], { aspect: 'money', unit: 'euroCents' }), {
      iterations: 10_000,
      seed: 5,
    });
    const ssk = simulateEstimate(
      estimateOf([range], [likely], { aspect: 'money', unit: 'euroCents', certainAbove: 0.5 }),
      { iterations: 10_000, seed: 5 },
    );
    expect(plain.certainEventIds).toEqual([]);
    expect(ssk.certainEventIds).toEqual(['vergunning']);
    expect(ssk.contributions.find((c) => c.id === 'vergunning')?.occurrenceRate).toBe(1);
    expect(ssk.baseEstimate).toBe(plain.baseEstimate + 50_000_00);
  });

  it('measures the contingency at another percentile when asked', () => {
    const result = simulateEstimate(estimate, { iterations: 5_000, seed: 9, contingencyPercentile: 50 });
    expect(result.contingency.value).toBe(result.p50);
  });
});

describe('properties', () => {
  const rangeArb = fc
    .tuple(
      fc.integer({ min: 0, max: 10_000 }),
      fc.integer({ min: 0, max: 10_000 }),
      fc.integer({ min: 0, max: 10_000 }),
    )
    .chain(([x, y, z]) => {
      const [min, mode, max] = [x, y, z].sort((p, q) => p - q) as [number, number, number];
      return fc.constantFrom<RangeDistribution>(
        { type: 'pert', min, mode, max },
        { type: 'triangular', min, mode, max },
        { type: 'uniform', min, max },
        { type: 'fixed', value: mode },
      );
    });
  const eventArb = fc.record({
    probability: fc.double({ min: 0, max: 1, noNaN: true }),
    consequence: rangeArb,
  });
  const estimateArb = fc
    .record({ items: fc.array(rangeArb, { minLength: 1, maxLength: 4 }), events: fc.array(eventArb, { maxLength: 4 }) })
    .map(({ items, events }) =>
      estimateOf(
        items,
        events.map((e, i) => ({ id: `ev-${i}`, label: `Risico ${i}`, ...e })),
        { aspect: 'money', unit: 'euroCents' },
      ),
    );

  it('adding a cost risk never lowers P85 (nor any other percentile)', () => {
    fc.assert(
      fc.property(estimateArb, eventArb, fc.integer({ min: 0, max: 2 ** 32 - 1 }), (estimate, extra, seed) => {
        const settings = { iterations: 500, seed, percentiles: [10, 50, 90] };
        const before = simulateEstimate(estimate, settings);
        const after = simulateEstimate(
          { ...estimate, riskEvents: [...estimate.riskEvents, { id: 'extra', label: 'Extra risico', ...extra }] },
          settings,
        );
        expect(after.p85).toBeGreaterThanOrEqual(before.p85);
        expect(after.p50).toBeGreaterThanOrEqual(before.p50);
        after.percentiles.forEach((p, i) => {
          expect(p.value).toBeGreaterThanOrEqual(before.percentiles[i]?.value ?? Number.POSITIVE_INFINITY);
        });
      }),
      { numRuns: 40 },
    );
  });

  it('scaling all amounts by k scales every percentile by k', () => {
    fc.assert(
      fc.property(
        estimateArb,
        fc.integer({ min: 2, max: 50 }),
        fc.integer({ min: 0, max: 1000 }),
        (estimate, k, seed) => {
          const scale = (r: RangeDistribution): RangeDistribution =>
            r.type === 'fixed'
              ? { type: 'fixed', value: r.value * k }
              : r.type === 'uniform'
                ? { type: 'uniform', min: r.min * k, max: r.max * k }
                : { ...r, min: r.min * k, mode: r.mode * k, max: r.max * k };
          const scaled: Estimate = {
            ...estimate,
            items: estimate.items.map((item) => ({ ...item, range: scale(item.range) })),
            riskEvents: estimate.riskEvents.map((e) => ({ ...e, consequence: scale(e.consequence) })),
          };
          const settings = { iterations: 400, seed, percentiles: [5, 50, 95] };
          const a = simulateEstimate(estimate, settings);
          const b = simulateEstimate(scaled, settings);
          // Values are rounded to whole cents: allow half a cent times k plus one cent.
          const close = (x: number, y: number) =>
            expect(Math.abs(y - k * x)).toBeLessThanOrEqual(k * 0.5 + 1 + 1e-9 * Math.abs(y));
          close(a.p50, b.p50);
          close(a.p85, b.p85);
          close(a.mean, b.mean);
          a.percentiles.forEach((p, i) => {
            close(p.value, b.percentiles[i]?.value ?? Number.NaN);
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('refuses probabilities outside [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double({ max: -Number.MIN_VALUE, noNaN: true }), fc.double({ min: 1 + 1e-12, noNaN: true })),
        (probability) => {
          const estimate = estimateOf(
            [{ type: 'fixed', value: 1 }],
            [{ id: 'ev', label: 'x', probability, consequence: { type: 'fixed', value: 1 } }],
          );
          expect(() => simulateEstimate(estimate, { iterations: 100, seed: 1 })).toThrow(
            expect.objectContaining({ code: 'invalid_input' }),
          );
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('bad input', () => {
  function errorOf(fn: () => unknown) {
    try {
      fn();
    } catch (error) {
      if (isGebiedsgerichtError(error)) return error;
      throw error;
    }
    throw new Error('expected an error');
  }
  const settings = { iterations: 100, seed: 1 };

  it('negative probability, min above max, unknown aspect and NaN give typed errors with paths', () => {
    const negative = errorOf(() =>
      simulateEstimate(
        estimateOf(
          [{ type: 'fixed', value: 1 }],
          [{ id: 'ev', label: 'x', probability: -0.1, consequence: { type: 'fixed', value: 1 } }],
        ),
        settings,
      ),
    );
    expect(negative.code).toBe('invalid_input');
    expect(negative.issues[0]?.path).toEqual(['estimate', 'riskEvents', 0, 'probability']);

    const minAboveMax = errorOf(() =>
      simulateEstimate(estimateOf([{ type: 'triangular', min: 10, mode: 5, max: 1 }]), settings),
    );
    expect(minAboveMax.issues.map((i) => i.code)).toContain('min_above_max');

    const unknownAspect = errorOf(() =>
      simulateEstimate(
        { ...estimateOf([{ type: 'fixed', value: 1 }]), aspect: 'risico' } as unknown as Estimate,
        settings,
      ),
    );
    expect(unknownAspect.issues[0]?.path).toEqual(['estimate', 'aspect']);

    const nan = errorOf(() => simulateEstimate(estimateOf([{ type: 'uniform', min: Number.NaN, max: 3 }]), settings));
    expect(nan.code).toBe('invalid_input');

    const badSeed = errorOf(() =>
      simulateEstimate(estimateOf([{ type: 'fixed', value: 1 }]), { iterations: 100, seed: -1 }),
    );
    expect(badSeed.issues[0]?.path).toEqual(['settings', 'seed']);
    expect(badSeed.messageIn('nl')).not.toBe(badSeed.messageIn('en'));
  });

  it('money amounts must be whole cents, and the input is never changed', () => {
    const estimate = estimateOf([{ type: 'uniform', min: 0.5, max: 3 }], [], { aspect: 'money', unit: 'euroCents' });
    const copy = structuredClone(estimate);
    expect(errorOf(() => simulateEstimate(estimate, settings)).issues.map((i) => i.code)).toContain(
      'amount_not_in_cents',
    );
    expect(estimate).toEqual(copy);
    const good = estimateOf([{ type: 'uniform', min: 1, max: 3 }]);
    const goodCopy = structuredClone(good);
    simulateEstimate(good, settings);
    expect(good).toEqual(goodCopy);
  });
});

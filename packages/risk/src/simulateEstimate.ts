import {
  type Estimate,
  EstimateSchema,
  IdSchema,
  type MonteCarloResult,
  type MonteCarloSettings,
  MonteCarloSettingsSchema,
  type RangeDistribution,
  validate,
} from '@gebiedsgericht/core';
import { mostLikely } from './distributions';
import { validateOptions } from './internal/arguments';
import { betaTable } from './internal/betaTable';
import { pertShapeOf } from './internal/pertShape';
import { hash32, Sfc32 } from './internal/random';
import { eventQuantile, quantileOf } from './internal/rangeQuantile';
import { type LoopInput, type LoopMoments, runInput, SampleKind } from './internal/sampleLoops';
import { riskFail } from './messages';

/**
 * Options of {@link simulateEstimate}.
 *
 * @example
 * simulateEstimate(estimate, { iterations: 100_000, seed: 42 }, { onProgress: (done, total) => draw(done / total) });
 */
export interface SimulateEstimateOptions {
  /** id of the result document; default `${estimate.id}-mc-${seed}` */
  readonly id?: string;
  /** Called with the number of inputs drawn so far and the number of inputs, after each input. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Default histogram bins and reported percentiles when the settings do not give them. */
const DEFAULT_BINS = 40;
const DEFAULT_PERCENTILES = [5, 10, 25, 50, 75, 85, 90, 95];

/** Precomputes the loop parameters of a range, drawn with probability `p` per iteration. */
function loopInput(range: RangeDistribution, p: number): LoopInput {
  const base: LoopInput = {
    kind: SampleKind.Constant,
    p,
    min: 0,
    width: 0,
    max: 0,
    left: 0,
    right: 0,
    fc: 0,
    beta: undefined,
  };
  if (range.type === 'fixed') return { ...base, min: range.value, max: range.value };
  const width = range.max - range.min;
  if (width === 0) return { ...base, min: range.min, max: range.max };
  if (range.type === 'uniform') return { ...base, kind: SampleKind.Uniform, min: range.min, max: range.max, width };
  if (range.type === 'triangular')
    return {
      ...base,
      kind: SampleKind.Triangular,
      min: range.min,
      max: range.max,
      width,
      left: range.mode - range.min,
      right: range.max - range.mode,
      fc: (range.mode - range.min) / width,
    };
  const { alpha, beta } = pertShapeOf(range);
  return { ...base, kind: SampleKind.Pert, min: range.min, max: range.max, width, beta: betaTable(alpha, beta) };
}

/** Percentile of sorted values with linear interpolation between order statistics (numpy's default). */
function quantileSorted(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  if (lo + 1 >= n) return a;
  const b = sorted[lo + 1] as number;
  return a + (h - lo) * (b - a);
}

/**
 * Runs a seeded Monte Carlo simulation of a probabilistic estimate (Geld or Tijd) and returns
 * mean, standard deviation, P50, P85 and the requested percentiles, the contingency (the value at
 * the contingency percentile, P85 by default, minus the base estimate), the contribution of every
 * item and risk event (tornado data), histogram bins and an S-curve of 101 points.
 *
 * Every item and risk event draws from its own sfc32 stream, derived from the seed and its id, so
 * the same seed gives the same result, and adding or removing one input leaves the draws of the
 * others unchanged (common random numbers: adding a cost risk can never lower a percentile).
 * Risk events whose probability is above `estimate.certainAbove` are treated as certain costs (CROW
 * SSK-2018: risks with a probability above 50% are assumed to occur and are estimated as an
 * ordinary activity); their most likely consequence is then part of the default base estimate.
 * Money results are rounded to whole cents, durations to 0.01 day.
 *
 * Bad input throws a `GebiedsgerichtError`: `invalid_input` for a bad estimate (path `['estimate']`),
 * settings (`['settings']`) or id (`['options', 'id']`), and `invalid_argument` when `options` is
 * given but not an object (`['options']`) or `onProgress` is not a function (`['options', 'onProgress']`).
 *
 * `options.onProgress(done, total)` is called after each item and risk event has been drawn for
 * every iteration (`total` is their number), so a command-line tool can draw a progress bar for a
 * long run. It does not change the result.
 *
 * @example
 * const result = simulateEstimate(estimate, { iterations: 100_000, seed: 42 });
 * result.p85 - result.baseEstimate === result.contingency.amount; // (up to rounding)
 * @see handreiking bijlage 1, onderdeel 1 (GOKIT: Geld, Tijd; CROW, Standaardsystematiek voor kostenramingen SSK-2018, "Risico's" (kennisbank.crow.nl, 2018): outside the handreiking)
 */
export function simulateEstimate(
  estimateInput: Estimate,
  settingsInput: MonteCarloSettings,
  options: SimulateEstimateOptions = {},
): MonteCarloResult {
  validateOptions(options);
  const onProgress = options.onProgress;
  if (onProgress !== undefined && typeof onProgress !== 'function')
    throw riskFail('invalid_argument', { name: 'onProgress' }, ['options', 'onProgress']);
  const estimate = validate(EstimateSchema, estimateInput, { path: ['estimate'] });
  const settings = validate(MonteCarloSettingsSchema, settingsInput, { path: ['settings'] });
  const id = validate(IdSchema, options.id ?? `${estimate.id}-mc-${settings.seed}`, { path: ['options', 'id'] });
  const n = settings.iterations;
  const money = estimate.unit === 'euro_cents';
  const round = money ? (x: number) => Math.round(x) : (x: number) => Math.round(x * 100) / 100;
  const certainAbove = estimate.certainAbove;
  const isCertain = (p: number) => certainAbove !== undefined && p > certainAbove;

  const totals = new Float64Array(n);
  const contributions: MonteCarloResult['contributions'] = [];
  const raw: { variance: number; index: number }[] = [];
  const tornado: { mean: number; low: number; high: number }[] = [];
  const inputCount = estimate.items.length + estimate.riskEvents.length;
  let inputsDone = 0;
  const progressed = () => {
    inputsDone++;
    onProgress?.(inputsDone, inputCount);
  };

  for (const item of estimate.items) {
    const moments: LoopMoments = { sum: 0, sumSq: 0, occurrences: 0 };
    runInput(loopInput(item.range, 1), new Sfc32(settings.seed, hash32(`item:${item.id}`)), totals, moments);
    progressed();
    const mean = moments.sum / n;
    const variance = Math.max(0, moments.sumSq / n - mean * mean);
    raw.push({ variance, index: contributions.length });
    tornado.push({ mean, low: quantileOf(item.range, 0.1), high: quantileOf(item.range, 0.9) });
    contributions.push({
      id: item.id,
      source: 'item',
      label: item.label,
      mean: round(mean),
      stdDev: round(Math.sqrt(variance)),
      varianceShare: 0,
      low: 0,
      high: 0,
    });
  }
  const certainEventIds: string[] = [];
  let certainBase = 0;
  for (const event of estimate.riskEvents) {
    const certain = isCertain(event.probability);
    if (certain) {
      certainEventIds.push(event.id);
      certainBase += mostLikely(event.consequence);
    }
    const moments: LoopMoments = { sum: 0, sumSq: 0, occurrences: 0 };
    const rng = new Sfc32(settings.seed, hash32(`event:${event.id}`));
    runInput(loopInput(event.consequence, certain ? 1 : event.probability), rng, totals, moments);
    progressed();
    const mean = moments.sum / n;
    const variance = Math.max(0, moments.sumSq / n - mean * mean);
    raw.push({ variance, index: contributions.length });
    const p = certain ? 1 : event.probability;
    tornado.push({
      mean,
      low: eventQuantile(p, event.consequence, 0.1),
      high: eventQuantile(p, event.consequence, 0.9),
    });
    contributions.push({
      id: event.id,
      source: 'risk_event',
      label: event.label,
      mean: round(mean),
      stdDev: round(Math.sqrt(variance)),
      varianceShare: 0,
      occurrenceRate: moments.occurrences / n,
      swing: round(moments.occurrences > 0 ? moments.sum / moments.occurrences : 0),
      low: 0,
      high: 0,
    });
  }
  const totalVariance = raw.reduce((s, r) => s + r.variance, 0);
  for (const r of raw) {
    const c = contributions[r.index];
    if (c) c.varianceShare = totalVariance > 0 ? Math.min(1, r.variance / totalVariance) : 0;
  }

  let sum = 0;
  for (let i = 0; i < n; i++) sum += totals[i] as number;
  const mean = sum / n;
  // Tornado bars: the expected total with this input at its own P10 and P90 and every other input
  // at its mean (exact under the independence the simulation assumes).
  tornado.forEach((t, index) => {
    const c = contributions[index];
    if (!c) return;
    c.low = round(mean - t.mean + t.low);
    c.high = round(mean - t.mean + t.high);
  });
  contributions.sort((x, y) => y.varianceShare - x.varianceShare || (x.id < y.id ? -1 : 1));
  let sq = 0;
  for (let i = 0; i < n; i++) {
    const d = (totals[i] as number) - mean;
    sq += d * d;
  }
  const sorted = totals.sort();
  const min = sorted[0] as number;
  const max = sorted[n - 1] as number;
  const q = (p: number) => quantileSorted(sorted, p / 100);

  const baseEstimate =
    estimate.baseEstimate ?? estimate.items.reduce((s, item) => s + mostLikely(item.range), 0) + certainBase;
  const contingencyPercentile = settings.contingencyPercentile ?? 85;
  const contingencyValue = q(contingencyPercentile);
  const requested = [...new Set([...(settings.percentiles ?? DEFAULT_PERCENTILES)])].sort((a, b) => a - b);

  const bins = settings.histogramBins ?? DEFAULT_BINS;
  const histogram: MonteCarloResult['histogram'] = [];
  if (max === min) {
    histogram.push({ from: round(min), to: round(max), count: n });
  } else {
    const width = (max - min) / bins;
    const counts = new Uint32Array(bins);
    for (let i = 0; i < n; i++) {
      const k = Math.min(bins - 1, Math.floor(((sorted[i] as number) - min) / width));
      counts[k] = (counts[k] as number) + 1;
    }
    for (let k = 0; k < bins; k++)
      histogram.push({
        from: round(min + k * width),
        to: round(k === bins - 1 ? max : min + (k + 1) * width),
        count: counts[k] as number,
      });
  }
  const sCurve: MonteCarloResult['sCurve'] = [];
  for (let k = 0; k <= 100; k++) sCurve.push({ value: round(q(k)), probability: k / 100 });

  return {
    kind: 'monteCarloResult',
    schemaVersion: 2,
    id,
    estimateId: estimate.id,
    aspect: estimate.aspect,
    unit: estimate.unit,
    iterations: n,
    seed: settings.seed,
    baseEstimate: round(baseEstimate),
    mean: round(mean),
    stdDev: round(Math.sqrt(sq / n)),
    min: round(min),
    max: round(max),
    p50: round(q(50)),
    p85: round(q(85)),
    percentiles: requested.map((percentile) => ({ percentile, value: round(q(percentile)) })),
    contingency: {
      percentile: contingencyPercentile,
      value: round(contingencyValue),
      amount: round(contingencyValue) - round(baseEstimate),
    },
    certainEventIds,
    contributions,
    histogram,
    sCurve,
  };
}

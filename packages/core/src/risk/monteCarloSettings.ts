import * as z from 'zod';
import { strictObject } from '../internal/strictObject';

/**
 * How to run a Monte Carlo simulation of an estimate: the number of iterations, the seed (an
 * unsigned 32-bit integer; the same seed gives the same result), the percentiles to report (in
 * addition to P50 and P85), the number of histogram bins, and the percentile the contingency is
 * measured at (85 when absent: contingency = P85 − base estimate).
 *
 * @example
 * MonteCarloSettingsSchema.parse({ iterations: 100_000, seed: 20260401, percentiles: [10, 50, 90] });
 * @see CROW SSK (percentiles P50, P85; outside the handreiking)
 */
export const MonteCarloSettingsSchema = strictObject({
  iterations: z.number().int().min(100).max(10_000_000),
  seed: z.number().int().min(0).max(0xffffffff),
  percentiles: z.array(z.number().gt(0).lt(100)).optional(),
  histogramBins: z.number().int().min(1).max(1000).optional(),
  contingencyPercentile: z.number().gt(0).lt(100).optional(),
});
/** Settings of a Monte Carlo simulation (see {@link MonteCarloSettingsSchema}). */
export type MonteCarloSettings = z.infer<typeof MonteCarloSettingsSchema>;

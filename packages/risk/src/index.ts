/**
 * `@gebiedsgericht/risk`: GOKIT-R. Control aspects with tolerances and exceptions, the risk
 * register with heat map, top risks and trend, seeded probabilistic estimates of money and time,
 * method profiles and the failure-factor check. See docs/risk.md.
 *
 * @packageDocumentation
 */
export { distributionMean, distributionVariance, mostLikely, pertShape, rangeQuantile } from './distributions';
export { riskMessages } from './messages';
export { simulateEstimate } from './simulateEstimate';

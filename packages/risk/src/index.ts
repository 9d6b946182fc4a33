/**
 * `@gebiedsgericht/risk`: GOKIT-R. Control aspects with tolerances and exceptions, the risk
 * register with heat map, top risks and trend, seeded probabilistic estimates of money and time,
 * method profiles and the failure-factor check. See docs/risk.md.
 *
 * @packageDocumentation
 */
export { type AssessControlOptions, assessControlSheet } from './assessControlSheet';
export {
  checkFailureFactors,
  defaultFailureFactorThresholds,
  type FailureFactorThresholds,
} from './checkFailureFactors';
export { classifyRiskEvent, impactClassOf, probabilityClassOf } from './classify';
export { type ControlRegime, controlRegime, type RegimeDecisionPoint } from './controlRegime';
export { type DistributionSvgOptions, histogramSvg, sCurveSvg } from './distributionSvg';
export { distributionMean, distributionVariance, mostLikely, pertShape, rangeQuantile } from './distributions';
export { type GokitOverview, type GokitOverviewRow, gokitOverview, type StatusCounts } from './gokitOverview';
export { type HeatMap, type HeatMapCell, riskHeatMap } from './heatMap';
export { type HeatMapSvgOptions, heatMapSvg } from './heatMapSvg';
export { riskMessages } from './messages';
export { type RiskScore, type RiskScoreBasis, scoreRisks } from './riskScore';
export { type RiskTrend, riskTrend, type ScoreChange } from './riskTrend';
export { type SimulateEstimateOptions, simulateEstimate } from './simulateEstimate';
export { topRisks } from './topRisks';
export { type TornadoSvgOptions, tornadoSvg } from './tornadoSvg';
export { type RiskUpdate, updateRisk } from './updateRisk';

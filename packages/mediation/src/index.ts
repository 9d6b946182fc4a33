/**
 * `@gebiedsgericht/mediation`: helpers for knelpunten (disputes) in gebiedsgericht werken —
 * mediation styles with an explainable recommendation, the impartiality signal, the expected
 * duration in hours of talks, package deals (Pareto-efficient packages and the Nash package),
 * Adjusted Winner, negotiation preparation, the dilemma line, DOCA, conversation maps (praatkaarten),
 * and the outcome records the process's knelpunt escalation consumes. The shapes live in
 * `@gebiedsgericht/core`.
 * See docs/mediation.md.
 *
 * @packageDocumentation
 */
export { type AdjustedWinnerOptions, adjustedWinner } from './adjustedWinner';
export { type AnalyseDilemmaLineOptions, analyseDilemmaLine } from './analyseDilemmaLine';
export { type CheckImpartialityOptions, checkImpartiality } from './checkImpartiality';
export { durationStanding, MFN_DURATION_REFERENCE } from './durationStanding';
export {
  type NotSettledOutcomeInput,
  notSettledOutcome,
  type SettledOutcomeInput,
  settledOutcome,
} from './mediationOutcome';
export { mediationMessages } from './messages';
export {
  negotiationPreparationToMarkdown,
  type PrepareNegotiationOptions,
  prepareNegotiation,
} from './negotiationPreparation';
export { evaluatePackage, type FindPackageDealsOptions, findPackageDeals } from './packageDeals';
export { recommendMediationStyle, type StyleRule, styleRules } from './recommendMediationStyle';
export { docaCues, sortDoca, suggestDocaCategory } from './sortDoca';
export { summariseConversationMaps } from './summariseConversationMaps';

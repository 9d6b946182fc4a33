/**
 * `@gebiedsgericht/assessment`: the afwegingskader of steps 2–4 of the handreiking — criteria checks,
 * feasibility screening, spatial fit, normalised scoring, weighted sum, AHP, PROMETHEE II, priority
 * orders, weight sensitivity, SMAA-2 uncertainty, the distribution of effects and the assessment
 * record. Pure functions over the shapes of `@gebiedsgericht/core`. See docs/assessment.md.
 *
 * @packageDocumentation
 */
export { addCriterionLater, type LaterCriterion } from './addCriterionLater';
export { applyWeights, CONSISTENCY_THRESHOLD, deriveAhpWeights, SAATY_RANDOM_INDEX } from './ahp';
export { type AssessOptions, assess } from './assess';
export { type AssessmentRecordOptions, buildAssessmentRecord } from './buildAssessmentRecord';
export { type AfwegingskaderCheck, checkAfwegingskader, type NoviCoverage } from './checkAfwegingskader';
export { distributeEffects } from './distributeEffects';
export { assessmentMessages } from './messages';
export { normaliseScores } from './normaliseScores';
export {
  geometryOverlapSquareMetres,
  type PlanarPoint,
  type PlanarPolygon,
  planarPolygonArea,
  planarPolygonIntersectionArea,
} from './polygonOverlap';
export {
  type PrometheeCriterion,
  type PrometheeOutcome,
  type PrometheeTable,
  preferenceDegree,
  prometheeFlows,
} from './prometheeFlows';
export { prometheeII, rankByPriorityOrder, rankVariants, weightedSum } from './rankVariants';
export { screenVariants } from './screenVariants';
export { type SmaaNumbers, type SmaaProblem, type SmaaWeightMode, smaa, smaaSample } from './smaa';
export { availableSpaceFromInteractions, spatialFit, spatialFitAll } from './spatialFit';
export { weightSensitivity } from './weightSensitivity';

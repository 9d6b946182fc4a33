// Hand-written barrel of the assessment section of @gebiedsgericht/core: named exports only.
export {
  type Afwegingskader,
  AfwegingskaderSchema,
  DEFAULT_WEIGHT_TOLERANCE,
  type NoviAbsence,
  NoviAbsenceSchema,
} from './afwegingskader';
export {
  type AhpComparison,
  AhpComparisonSchema,
  type AhpResult,
  AhpResultSchema,
  type CriterionWeight,
  CriterionWeightSchema,
  DEFAULT_RECIPROCAL_TOLERANCE,
} from './ahp';
export { type AssessmentInput, AssessmentInputSchema } from './assessmentInput';
export { type AssessmentMethod, AssessmentMethodName, AssessmentMethodSchema } from './assessmentMethod';
export {
  type AssessmentRecord,
  AssessmentRecordSchema,
  type FurtherElaboration,
  FurtherElaborationSchema,
  NotWeighedCategory,
  type NotWeighedItem,
  NotWeighedItemSchema,
  type RobustnessSummary,
  RobustnessSummarySchema,
  type WeighedCriterion,
  WeighedCriterionSchema,
} from './assessmentRecord';
export {
  type AssessmentResult,
  AssessmentResultSchema,
  type NormalisedScore,
  NormalisedScoreSchema,
  type RankingEntry,
  RankingEntrySchema,
} from './assessmentResult';
export {
  type Criterion,
  type CriterionAddition,
  CriterionAdditionSchema,
  CriterionDirection,
  type CriterionInterval,
  CriterionIntervalSchema,
  CriterionScale,
  CriterionSchema,
  type ReferenceSituation,
  ReferenceSituationSchema,
  type Unit,
  UnitSchema,
} from './criterion';
export { assessmentDocuments } from './documents';
export {
  type Effect,
  type EffectBalance,
  EffectBalanceSchema,
  type EffectDistribution,
  EffectDistributionSchema,
  EffectSchema,
} from './effectDistribution';
export { Normalisation, NormalisationSchema } from './normalisation';
export { NoviPrinciple, NoviPrincipleSchema } from './noviPrinciple';
export {
  DEFAULT_PLUS_MINUS_MAPPING,
  PlusMinus,
  type PlusMinusMapping,
  PlusMinusMappingSchema,
  PlusMinusSchema,
} from './plusMinus';
export { type PriorityOrder, PriorityOrderSchema, PriorityOrderUse } from './priorityOrder';
export {
  type CriterionPreference,
  CriterionPreferenceSchema,
  type PreferenceFunction,
  PreferenceFunctionSchema,
  PreferenceFunctionType,
  type PrometheeFlow,
  PrometheeFlowSchema,
} from './promethee';
export {
  type Randvoorwaarde,
  type RandvoorwaardeRule,
  RandvoorwaardeRuleSchema,
  RandvoorwaardeSchema,
} from './randvoorwaarde';
export {
  type Score,
  ScoreBasis,
  ScoreSchema,
  type ScoreTable,
  ScoreTableSchema,
  type ScoreUncertainty,
  ScoreUncertaintySchema,
  type ScoreValue,
  ScoreValueSchema,
} from './score';
export {
  FeasibilityVerdict,
  type ScreeningCheck,
  ScreeningCheckSchema,
  type ScreeningResult,
  ScreeningResultSchema,
  ScreeningStatus,
} from './screening';
export {
  type CriterionSensitivity,
  CriterionSensitivitySchema,
  type SensitivityResult,
  SensitivityResultSchema,
  type SweepPoint,
  SweepPointSchema,
  type WeightChange,
  WeightChangeSchema,
  type WeightSweep,
  WeightSweepSchema,
} from './sensitivity';
export {
  type SmaaResult,
  SmaaResultSchema,
  type SmaaSettings,
  SmaaSettingsSchema,
  type SmaaVariantResult,
  SmaaVariantResultSchema,
  type SmaaWeightKnowledge,
  SmaaWeightKnowledgeSchema,
} from './smaa';
export {
  type AvailableSpace,
  AvailableSpaceSchema,
  type ClaimOverlap,
  ClaimOverlapSchema,
  type OpgaveInteraction,
  OpgaveInteractionKind,
  OpgaveInteractionSchema,
  OverlapKind,
  OverlapSource,
  type SpatialFitResult,
  SpatialFitResultSchema,
} from './spatialFit';
export {
  type BoundaryJudgement,
  BoundaryJudgementSchema,
  type ClaimOverlapDeclaration,
  ClaimOverlapDeclarationSchema,
  type CostItem,
  CostItemSchema,
  type Mitigation,
  MitigationSchema,
  type SpaceClaim,
  SpaceClaimSchema,
  type Variant,
  type VariantProject,
  VariantProjectSchema,
  VariantSchema,
  type VariantSet,
  VariantSetSchema,
} from './variant';

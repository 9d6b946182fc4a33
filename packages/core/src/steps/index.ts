// Hand-written barrel of the steps section of @gebiedsgericht/core: named exports only.
export {
  type AdministrativeChoice,
  AdministrativeChoiceSchema,
  type PackageProject,
  PackageProjectSchema,
} from './administrativeChoice';
export { type AssessmentAndChoice, AssessmentAndChoiceSchema } from './assessmentAndChoice';
export { type DataInventory, DataInventorySchema } from './dataInventory';
export { type Development, DevelopmentSchema } from './development';
export { DevelopmentKind } from './developmentKind';
export { type DevelopmentVariants, DevelopmentVariantsSchema } from './developmentVariants';
export { stepsDocuments } from './documents';
export { type Embedding, EmbeddingSchema } from './embedding';
export { type FinancialObligation, FinancialObligationSchema } from './financialObligation';
export { type KnowledgeSource, KnowledgeSourceSchema } from './knowledgeSource';
export { KnowledgeUse } from './knowledgeUse';
export { LegalInstrument } from './legalInstrument';
export { type LegalStep, LegalStepSchema } from './legalStep';
export { type MerDuty, MerDutySchema, MerKind } from './merDuty';
export { Openness } from './openness';
export { type PlanImpact, PlanImpactSchema, PlanKind } from './planImpact';
export { type PolicyProgramme, PolicyProgrammeSchema } from './policyProgramme';
export { type PolicyStartingPoint, PolicyStartingPointSchema } from './policyStartingPoint';
export { CADENCE_MONTHS, PublicationCadence } from './publicationCadence';
export {
  type BackcastMilestone,
  BackcastMilestoneSchema,
  type GoalTarget,
  GoalTargetSchema,
  type Vision,
  type VisionGoal,
  VisionGoalSchema,
  VisionSchema,
  type VisionValue,
  VisionValueSchema,
} from './vision';
export { type VisionAndFramework, VisionAndFrameworkSchema } from './visionAndFramework';

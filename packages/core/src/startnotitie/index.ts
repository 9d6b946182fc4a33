// Hand-written barrel of the startnotitie section of @gebiedsgericht/core: named exports only.
export { type ChangeAgreements, ChangeAgreementsSchema } from './changeAgreements';
export { CollaborationLevel, CollaborationLevelSchema } from './collaborationLevel';
export { type CommunicationAgreements, CommunicationAgreementsSchema } from './communicationAgreements';
export { type DataAgreements, DataAgreementsSchema } from './dataAgreements';
export { type DecisionMaking, DecisionMakingSchema, type DecisionRule, DecisionRuleSchema } from './decisionMaking';
export { startnotitieDocuments } from './documents';
export {
  actingAtLevel,
  EscalationAction,
  EscalationActionSchema,
  type EscalationActor,
  EscalationActorSchema,
  type EscalationLevel,
  EscalationLevelSchema,
  type EscalationModel,
  EscalationModelSchema,
  type EscalationSubstitute,
  EscalationSubstituteSchema,
  type ProvinceIntervention,
  ProvinceInterventionSchema,
} from './escalationModel';
export {
  type ContinuityAgreements,
  ContinuityAgreementsSchema,
  type EvaluationCadence,
  EvaluationCadenceSchema,
  type GlossaryEntry,
  GlossaryEntrySchema,
  HerijkingScope,
  HerijkingScopeSchema,
} from './evaluationAndContinuity';
export {
  type ExternalDeadline,
  ExternalDeadlineSchema,
  type IjkmomentSchedule,
  IjkmomentScheduleSchema,
  type ProgrammeMoment,
  ProgrammeMomentSchema,
  type RegionalMoment,
  RegionalMomentSchema,
} from './ijkmomentSchedule';
export { InfluenceLevel, InfluenceLevelSchema } from './influenceLevel';
export { type IsoDuration, IsoDurationSchema } from './isoDuration';
export {
  type ParticipationActivity,
  ParticipationActivitySchema,
  ParticipationMethod,
  ParticipationMethodSchema,
  type ParticipationPlan,
  ParticipationPlanSchema,
  type Stakeholder,
  StakeholderSchema,
} from './participationPlan';
export {
  type PartyAgreement,
  PartyAgreementSchema,
  type PartyCommitment,
  PartyCommitmentSchema,
} from './partyAgreement';
export { type PlannedStep, PlannedStepSchema, type ProcessDesign, ProcessDesignSchema } from './processDesign';
export { type Recurrence, RecurrenceSchema, RecurrenceUnit, RecurrenceUnitSchema } from './recurrence';
export {
  type QualityCriterion,
  QualityCriterionSchema,
  type StartnotitieGoal,
  StartnotitieGoalSchema,
  type StartnotitieScope,
  StartnotitieScopeSchema,
} from './scopeAndGoal';
export {
  type Startnotitie,
  type StartnotitieAdoption,
  StartnotitieAdoptionSchema,
  StartnotitieSchema,
} from './startnotitie';
export { startnotitieReferenceIssues } from './startnotitieReferences';

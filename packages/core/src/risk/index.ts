// Hand-written barrel of the risk section of @gebiedsgericht/core: named exports only.
export { type AspectAssessment, AspectAssessmentSchema } from './aspectAssessment';
export { type ChangeLogEntry, ChangeLogEntrySchema, ChangeSubject } from './changeLogEntry';
export { ControlAspect } from './controlAspect';
export { type ControlException, ControlExceptionSchema, ExceptionRoute } from './controlException';
export { type ControlReport, ControlReportSchema } from './controlReport';
export { type ControlScope, ControlScopeSchema } from './controlScope';
export { type ControlSheet, ControlSheetSchema } from './controlSheet';
export { ControlStatus } from './controlStatus';
export { defaultRiskScales } from './defaultRiskScales';
export { riskDocuments } from './documents';
export { type Estimate, EstimateSchema } from './estimate';
export { type EstimateItem, EstimateItemSchema } from './estimateItem';
export {
  FactorVerdict,
  FailureFactor,
  type FailureFactorCheck,
  FailureFactorCheckSchema,
} from './failureFactorCheck';
export { type GokitStatus, GokitStatusSchema } from './gokitStatus';
export { type ImpactByAspect, ImpactByAspectSchema } from './impactByAspect';
export { type InformationAgreement, InformationAgreementSchema } from './informationAgreement';
export { type InformationControl, InformationControlSchema } from './informationControl';
export {
  type DecisionPoint,
  DecisionPointSchema,
  type MethodProfile,
  MethodProfileSchema,
  ProjectMethod,
  ScopePriority,
} from './methodProfile';
export { type MoneyControl, MoneyControlSchema } from './moneyControl';
export { type MonteCarloResult, MonteCarloResultSchema } from './monteCarloResult';
export { type MonteCarloSettings, MonteCarloSettingsSchema } from './monteCarloSettings';
export { type OrganisationControl, OrganisationControlSchema } from './organisationControl';
export { ProjectPhase } from './projectPhase';
export { PlanPart, type ProjectSetup, ProjectSetupSchema } from './projectSetup';
export { type QualityControl, QualityControlSchema } from './qualityControl';
export { type RangeDistribution, RangeDistributionSchema } from './rangeDistribution';
export { type RequiredRole, RequiredRoleSchema } from './requiredRole';
export { type Risk, RiskSchema } from './risk';
export { type RiskEvent, RiskEventSchema } from './riskEvent';
export { RiskChange, type RiskHistoryEntry, RiskHistoryEntrySchema } from './riskHistoryEntry';
export { MeasureProgress, MeasureStrategy, type RiskMeasure, RiskMeasureSchema } from './riskMeasure';
export { type RiskRegister, RiskRegisterSchema } from './riskRegister';
export {
  type ImpactClass,
  ImpactClassSchema,
  type ProbabilityClass,
  ProbabilityClassSchema,
  type RiskScales,
  RiskScalesSchema,
  type ScoreBand,
  ScoreBandSchema,
} from './riskScales';
export { RiskStatus } from './riskStatus';
export { type SmartCriterion, SmartCriterionSchema } from './smartCriterion';
export { type TimeControl, TimeControlSchema } from './timeControl';
export { type Tolerance, ToleranceSchema } from './tolerance';

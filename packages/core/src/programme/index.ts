// Hand-written barrel of the programme section of @gebiedsgericht/core: named exports only.
export { type CapacityJudgement, CapacityJudgementSchema, CapacityVerdict } from './capacityJudgement';
export { programmeDocuments } from './documents';
export { type Evaluation, EvaluationKind, EvaluationSchema } from './evaluation';
export {
  EffectDirection,
  type FeasibilityCheck,
  FeasibilityCheckSchema,
  type GovernmentFeasibility,
  GovernmentFeasibilitySchema,
  type LivingEnvironmentEffect,
  LivingEnvironmentEffectSchema,
} from './feasibilityCheck';
export { type FundingLine, FundingLineSchema } from './fundingLine';
export { type FundingSource, FundingSourceSchema } from './fundingSource';
export { FundingSourceKind } from './fundingSourceKind';
export { type Indicator, IndicatorDirection, IndicatorSchema } from './indicator';
export { BredeWelvaartTheme, IndicatorKind } from './indicatorKind';
export {
  FINANCIAL_STATUS_ORDER,
  type InvestmentAgenda,
  InvestmentAgendaSchema,
  investmentAgenda,
} from './investmentAgenda';
export {
  ActionStatus,
  ChangeSize,
  type Lesson,
  type LessonAction,
  LessonActionSchema,
  LessonSchema,
  type ProgrammeChange,
  ProgrammeChangeSchema,
} from './learning';
export { type Measurement, MeasurementSchema } from './measurement';
export { type Monitoring, MonitoringSchema } from './monitoring';
export { type Programme, ProgrammeSchema } from './programme';
export { type Project, ProjectSchema } from './project';
export { type QuickWin, QuickWinSchema, QuickWinStatus } from './quickWin';

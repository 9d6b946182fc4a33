// Hand-written barrel of the monitoring part of @gebiedsgericht/process: named exports only.
export {
  applyMonitoringEvent,
  checkMonitoringEvent,
  type MonitoringPosition,
  reduceMonitoringEvent,
  triggeredHerijkingId,
} from './applyMonitoringEvent';
export {
  ExtensionDueKind,
  escalationOverdueChecker,
  evaluationDueChecker,
  extensionDueCheckers,
  herijkingTriggeredChecker,
  nextIjkmomentChecker,
  pblPublicationChecker,
} from './dueCheckers';
export { describeHerijkingPart, type HerijkingPart, HerijkingPartSchema } from './HerijkingPart';
export {
  EvaluationRecordEventSchema,
  HerijkingCompleteEventSchema,
  HerijkingScheduleEventSchema,
  HerijkingStartEventSchema,
  IndicatorAgreeEventSchema,
  IndicatorMeasureEventSchema,
  LessonActionCompleteEventSchema,
  LessonActionRecordEventSchema,
  LessonRecordEventSchema,
  MONITORING_EVENT_TYPES,
  MonitoringConfigureEventSchema,
  type MonitoringEvent,
  MonitoringEventSchema,
  PblPublishEventSchema,
} from './MonitoringEvent';
export {
  type EvaluationRecord,
  EvaluationRecordSchema,
  type Herijking,
  type HerijkingOrigin,
  HerijkingOriginSchema,
  HerijkingSchema,
  type IndicatorAgreement,
  IndicatorAgreementSchema,
  type IndicatorReading,
  IndicatorReadingSchema,
  initialMonitoringState,
  type Lesson,
  type LessonAction,
  LessonActionSchema,
  LessonSchema,
  type LessonSource,
  LessonSourceSchema,
  type MonitoringState,
  MonitoringStateSchema,
  type PblPublication,
  PblPublicationSchema,
} from './MonitoringState';
export {
  type EvaluationDue,
  EvaluationDueSchema,
  evaluationDue,
  expectedPblEditions,
  lessonsWithoutAction,
  pblPublicationsCallingForEvaluation,
  triggeredHerijkingen,
} from './monitoringDue';
export { PBL_CADENCE_MONTHS, PblSeries } from './PblSeries';

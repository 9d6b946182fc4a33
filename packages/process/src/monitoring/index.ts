// Hand-written barrel of the monitoring part of @gebiedsgericht/process: named exports only.

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
} from '@gebiedsgericht/core';
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
  herijkingTriggeredChecker,
  nextIjkmomentChecker,
  pblPublicationChecker,
} from './dueCheckers';
export {
  type EvaluationDue,
  EvaluationDueSchema,
  evaluationDue,
  expectedPblEditions,
  lessonsWithoutAction,
  pblPublicationsCallingForEvaluation,
  triggeredHerijkingen,
} from './monitoringDue';

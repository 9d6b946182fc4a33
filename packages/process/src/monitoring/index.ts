// Hand-written barrel of the monitoring part of @gebiedsgericht/process: named exports only.

export {
  type EvaluationDue,
  EvaluationDueSchema,
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
  type MonitoringPosition,
  reduceMonitoringEvent,
  rejectionOfMonitoringEvent,
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
  evaluationDue,
  expectedPblEditions,
  lessonsWithoutAction,
  pblPublicationsCallingForEvaluation,
  triggeredHerijkingen,
} from './monitoringDue';

// Hand-written barrel of the ijkmomenten part of @gebiedsgericht/process: named exports only.
export { type IjkmomentOccurrence, IjkmomentOccurrenceSchema } from './IjkmomentOccurrence';
export {
  type ExternalDeadline,
  ExternalDeadlineSchema,
  type IjkmomentSchedule,
  IjkmomentScheduleSchema,
  type ProgrammeIjkmoment,
  ProgrammeIjkmomentSchema,
  type RegionalIjkmomentSeries,
  RegionalIjkmomentSeriesSchema,
} from './IjkmomentSchedule';
export { listIjkmomenten } from './listIjkmomenten';
export { calendarDateOf, type NextIjkmomenten, nextIjkmomenten } from './nextIjkmomenten';

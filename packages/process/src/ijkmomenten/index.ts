// Hand-written barrel of the ijkmomenten part of @gebiedsgericht/process: named exports only.

export {
  type IjkmomentEvent,
  IjkmomentEventSchema,
  IjkmomentHoldEventSchema,
  type IjkmomentOccurrence,
  IjkmomentOccurrenceSchema,
  IjkmomentScheduleEventSchema,
} from '@gebiedsgericht/core';
export { checkIjkmomentRecord, type IjkmomentContext } from './checkIjkmomentRecord';
export {
  checkIjkmomentProcessEvent,
  IJKMOMENT_EVENT_TYPES,
  reduceIjkmomentProcessEvent,
} from './IjkmomentenSlice';
export { listIjkmomenten } from './listIjkmomenten';
export { calendarDateOf, type NextIjkmomenten, nextIjkmomenten } from './nextIjkmomenten';
export { firstOccurrenceFrom, occurrenceOf } from './occurrenceOf';
export { type PrepareIjkmomentInput, prepareIjkmoment } from './prepareIjkmoment';

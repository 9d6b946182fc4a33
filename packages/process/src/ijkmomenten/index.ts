// Hand-written barrel of the ijkmomenten part of @gebiedsgericht/process: named exports only.

export {
  type IjkmomentEvent,
  IjkmomentEventSchema,
  IjkmomentHoldEventSchema,
  type IjkmomentOccurrence,
  IjkmomentOccurrenceSchema,
  IjkmomentScheduleEventSchema,
} from '@gebiedsgericht/core';
export {
  IJKMOMENT_EVENT_TYPES,
  reduceIjkmomentProcessEvent,
  rejectionOfIjkmomentProcessEvent,
} from './IjkmomentenSlice';
export { listIjkmomenten } from './listIjkmomenten';
export { calendarDateOf, type NextIjkmomenten, nextIjkmomenten } from './nextIjkmomenten';
export { firstOccurrenceFrom, occurrenceOf } from './occurrenceOf';
export { type PrepareIjkmomentInput, prepareIjkmoment } from './prepareIjkmoment';
export { type IjkmomentContext, rejectionOfIjkmomentRecord } from './rejectionOfIjkmomentRecord';

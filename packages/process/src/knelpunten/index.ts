// Hand-written barrel of the knelpunten part of @gebiedsgericht/process: named exports only.

export {
  EscalationConfigureEventSchema,
  KnelpuntEscalateEventSchema,
  type KnelpuntEvent,
  KnelpuntEventSchema,
  type KnelpuntEventType,
  type KnelpuntProcessEvent,
  KnelpuntProcessEventSchema,
  KnelpuntPutOnAgendaEventSchema,
  KnelpuntRaiseEventSchema,
  KnelpuntRecordOutcomeEventSchema,
  KnelpuntStartMediationEventSchema,
  KnelpuntWithdrawEventSchema,
  type OverdueKnelpunt,
  OverdueKnelpuntSchema,
} from '@gebiedsgericht/core';
export {
  applyKnelpuntEvent,
  type InterventionTarget,
  initialKnelpuntState,
  interventionAfter,
  type KnelpuntPlan,
  knelpuntTimeLimit,
  planKnelpuntEvent,
} from './applyKnelpuntEvent';
export {
  KNELPUNT_PROCESS_EVENT_TYPES,
  knelpuntActorId,
  knelpuntChildEvent,
  knelpuntInputOf,
  reduceKnelpuntProcessEvent,
  rejectionOfKnelpuntProcessEvent,
} from './KnelpuntenSlice';
export { knelpuntMachine } from './knelpuntMachine';
export { knelpuntModelFromStartnotitie } from './knelpuntModelFromStartnotitie';
export { overdueKnelpunten } from './overdueKnelpunten';
export { rescorePackageDeal } from './rescorePackageDeal';
export { toKnelpuntRecord } from './toKnelpuntRecord';

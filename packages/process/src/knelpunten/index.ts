// Hand-written barrel of the knelpunten part of @gebiedsgericht/process: named exports only.

export {
  applyKnelpuntEvent,
  type InterventionTarget,
  initialKnelpuntState,
  type KnelpuntPlan,
  knelpuntTimeLimit,
  nextIntervention,
  planKnelpuntEvent,
} from './applyKnelpuntEvent';
export { type Knelpunt, KnelpuntSchema } from './Knelpunt';
export {
  type KnelpuntEscalationModel,
  KnelpuntEscalationModelSchema,
  type KnelpuntIntervention,
  KnelpuntInterventionSchema,
} from './KnelpuntEscalationModel';
export {
  KnelpuntEscalateEventSchema,
  type KnelpuntEvent,
  KnelpuntEventSchema,
  type KnelpuntEventType,
  KnelpuntPutOnAgendaEventSchema,
  KnelpuntRecordOutcomeEventSchema,
  KnelpuntStartMediationEventSchema,
  KnelpuntWithdrawEventSchema,
} from './KnelpuntEvent';
export {
  checkKnelpuntProcessEvent,
  EscalationConfigureEventSchema,
  KNELPUNT_PROCESS_EVENT_TYPES,
  type KnelpuntenSlice,
  type KnelpuntProcessEvent,
  KnelpuntProcessEventSchema,
  KnelpuntRaiseEventSchema,
  knelpuntActorId,
  knelpuntChildEvent,
  knelpuntInputOf,
  reduceKnelpuntProcessEvent,
} from './KnelpuntenSlice';
export { INTERVENTION_LEVELS, type InterventionLevel, KnelpuntLevel, OPEN_KNELPUNT_LEVELS } from './KnelpuntLevel';
export { KnelpuntOutcomeResult } from './KnelpuntOutcomeResult';
export {
  type KnelpuntInput,
  KnelpuntInputSchema,
  type KnelpuntLevelStay,
  KnelpuntLevelStaySchema,
  type KnelpuntOutcome,
  KnelpuntOutcomeSchema,
  type KnelpuntState,
  KnelpuntStateSchema,
} from './KnelpuntState';
export { knelpuntMachine } from './knelpuntMachine';
export { knelpuntModelFromStartnotitie } from './knelpuntModelFromStartnotitie';
export { type OverdueKnelpunt, OverdueKnelpuntSchema, overdueKnelpunten } from './overdueKnelpunten';
export {
  type PackageDealQuality,
  PackageDealQualitySchema,
  type PackageDealRescoreInput,
  PackageDealRescoreInputSchema,
} from './PackageDealQuality';
export { rescorePackageDeal } from './rescorePackageDeal';
export { type TimeLimit, TimeLimitSchema } from './TimeLimit';
export { toKnelpuntRecord } from './toKnelpuntRecord';

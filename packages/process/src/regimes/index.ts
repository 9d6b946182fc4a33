// Hand-written barrel of the regimes part of @gebiedsgericht/process: named exports only.

export {
  type DelegationRegimeEvent,
  DelegationRegimeEventSchema,
  RegimeApproveEventSchema,
  RegimeDeclareNoAgreementEventSchema,
  RegimeInterveneEventSchema,
  RegimeMunicipalPlanEventSchema,
  type RegimeProcessEvent,
  RegimeProcessEventSchema,
  RegimeRedraftEventSchema,
  RegimeRejectEventSchema,
  RegimeStartEventSchema,
  RegimeSubmitVisionEventSchema,
  RegimeSubstituteEventSchema,
} from '@gebiedsgericht/core';
export { applyRegimeEvent, initialRegimeState, planRegimeEvent, type RegimePlanResult } from './applyRegimeEvent';
export { delegationRegimeMachine } from './delegationRegimeMachine';
export {
  REGIME_PROCESS_EVENT_TYPES,
  type RegimesSlice,
  reduceRegimeProcessEvent,
  regimeActorId,
  regimeChildEvent,
  regimeInputOf,
  rejectionOfRegimeProcessEvent,
} from './RegimesSlice';

// Hand-written barrel of the records section of @gebiedsgericht/core: named exports only.
export { recordsDocuments } from './documents';
export { EscalationResult } from './escalationResult';
export { EscalationRoute } from './escalationRoute';
export {
  type EscalationOutcome,
  EscalationOutcomeSchema,
  type EscalationStep,
  EscalationStepSchema,
} from './escalationStep';
export { type GokitrStatusRef, GokitrStatusRefSchema } from './gokitrStatusRef';
export { type IjkmomentAgendaItem, IjkmomentAgendaItemSchema } from './ijkmomentAgendaItem';
export { type IjkmomentConclusion, IjkmomentConclusionSchema } from './ijkmomentConclusion';
export { IjkmomentKind } from './ijkmomentKind';
export { IjkmomentOutcome } from './ijkmomentOutcome';
export { type IjkmomentProgress, IjkmomentProgressSchema } from './ijkmomentProgress';
export { type IjkmomentRecord, IjkmomentRecordSchema } from './ijkmomentRecord';
export { IjkmomentStatus } from './ijkmomentStatus';
export { type KnelpuntRecord, KnelpuntRecordSchema } from './knelpuntRecord';
export { KnelpuntStatus } from './knelpuntStatus';

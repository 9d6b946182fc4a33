// Hand-written barrel of the arrangement section of @gebiedsgericht/core: named exports only.
export { ArrangementStage, VersionStatus } from './arrangementStage';
export { type ArrangementVersion, ArrangementVersionSchema } from './arrangementVersion';
export {
  ConsentState,
  type ConsentStatus,
  ConsentStatusSchema,
  type ConsentSubject,
  consentStatus,
} from './consentStatus';
export { arrangementDocuments } from './documents';
export { type Gebiedsproces, GebiedsprocesSchema } from './gebiedsproces';
export {
  type NationalOpgaveSummary,
  NationalOpgaveSummarySchema,
  nationalOpgaveSummary,
} from './nationalOpgaveSummary';
export {
  type AreaContribution,
  AreaContributionSchema,
  type NationalOpgaveVerdict,
  NationalOpgaveVerdictSchema,
} from './nationalOpgaveVerdict';
export { type RuimtelijkArrangement, RuimtelijkArrangementSchema } from './ruimtelijkArrangement';
export { type StepDeliverables, StepDeliverablesSchema } from './stepDeliverables';

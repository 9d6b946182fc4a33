// Hand-written barrel of the mediation section of @gebiedsgericht/core: named exports only.
export {
  type AdjustedWinnerInput,
  AdjustedWinnerInputSchema,
  type AdjustedWinnerParty,
  AdjustedWinnerPartySchema,
  type DivisibleItem,
  DivisibleItemSchema,
  POINTS_TOTAL_TOLERANCE,
} from './adjustedWinnerInput';
export {
  type AdjustedWinnerResult,
  AdjustedWinnerResultSchema,
  type ItemAllocation,
  ItemAllocationSchema,
  type PartyPoints,
  PartyPointsSchema,
} from './adjustedWinnerResult';
export {
  ConversationAidFormat,
  type ConversationConcern,
  ConversationConcernSchema,
  type ConversationLayer,
  ConversationLayerSchema,
  type ConversationMapSession,
  ConversationMapSessionSchema,
  type ConversationMapSummary,
  ConversationMapSummarySchema,
  type ConversationStory,
  ConversationStorySchema,
  type ConversationTable,
  ConversationTableSchema,
  type LayerCombination,
  LayerCombinationSchema,
  type LayerUse,
  LayerUseSchema,
  type ResistancePoint,
  ResistancePointSchema,
  type ValueMention,
  ValueMentionSchema,
} from './conversationMaps';
export {
  type Dilemma,
  type DilemmaArgument,
  DilemmaArgumentSchema,
  type DilemmaLine,
  DilemmaLineSchema,
  type DilemmaParticipant,
  DilemmaParticipantSchema,
  type DilemmaPosition,
  DilemmaPositionSchema,
  DilemmaSchema,
} from './dilemmaLine';
export {
  type DilemmaAnalysis,
  DilemmaAnalysisSchema,
  type DilemmaLineAnalysis,
  DilemmaLineAnalysisSchema,
  type PositionCluster,
  PositionClusterSchema,
  type PositionSpread,
  PositionSpreadSchema,
  type SharedArgumentApart,
  SharedArgumentApartSchema,
} from './dilemmaLineAnalysis';
export {
  type Dispute,
  DisputeEventKind,
  type DisputeHistoryEntry,
  DisputeHistoryEntrySchema,
  type DisputeIssue,
  DisputeIssueSchema,
  type DisputeParty,
  DisputePartySchema,
  type DisputePosition,
  DisputePositionSchema,
  DisputeSchema,
} from './dispute';
export { type DisputeCharacteristics, DisputeCharacteristicsSchema, TrustLevel } from './disputeCharacteristics';
export {
  type DocaBoard,
  DocaBoardSchema,
  DocaCategory,
  type DocaCategorySummary,
  DocaCategorySummarySchema,
  type DocaContribution,
  DocaContributionSchema,
  type DocaSorted,
  DocaSortedSchema,
  type DocaSummary,
  DocaSummarySchema,
} from './doca';
export { mediationDocuments } from './documents';
export { DurationBand, type DurationStanding, DurationStandingSchema } from './durationStanding';
export {
  type ImpartialityCheck,
  ImpartialityCheckSchema,
  ImpartialityStatus,
  type PartyImpartialityView,
  PartyImpartialityViewSchema,
} from './impartialityCheck';
export {
  type ImpartialityRating,
  ImpartialityRatingSchema,
  type Mediation,
  MediationSchema,
  type MediationSession,
  MediationSessionSchema,
  type Mediator,
  MediatorSchema,
} from './mediation';
export {
  type AgreedElement,
  AgreedElementSchema,
  type MediationOutcome,
  MediationOutcomeSchema,
  MediationOutcomeStatus,
  type OutcomeParty,
  OutcomePartySchema,
} from './mediationOutcome';
export {
  MediationStyle,
  mediationStyleRegie,
  RegieHolder,
  type StyleRegie,
  StyleRegieSchema,
} from './mediationStyle';
export {
  type NegotiationPreparation,
  NegotiationPreparationSchema,
  type OtherPartyView,
  OtherPartyViewSchema,
  type OwnValue,
  OwnValueSchema,
  type PreparedQuestion,
  PreparedQuestionSchema,
  QuestionTopic,
} from './negotiationPreparation';
export {
  type IssueOption,
  IssueOptionSchema,
  type NegotiationIssue,
  NegotiationIssueSchema,
  type PackageDealInput,
  PackageDealInputSchema,
  type PackageDealParty,
  PackageDealPartySchema,
} from './packageDealInput';
export {
  type IssueConcession,
  IssueConcessionSchema,
  type PackageChoice,
  PackageChoiceSchema,
  type PackageDealResult,
  PackageDealResultSchema,
  type PackageEvaluation,
  PackageEvaluationSchema,
  type PackagePartyOutcome,
  PackagePartyOutcomeSchema,
} from './packageDealResult';
export {
  ReasonEffect,
  type StyleAssessment,
  StyleAssessmentSchema,
  type StyleReason,
  StyleReasonSchema,
  type StyleRecommendation,
  StyleRecommendationSchema,
} from './styleRecommendation';

// Hand-written barrel of the area section of @gebiedsgericht/core: named exports only.
export { type Afwenteling, AfwentelingSchema, AfwentelingTarget, AfwentelingTargetSchema } from './afwenteling';
export { type Area, AreaSchema, isCrossProvince } from './area';
export { type AreaIdentity, AreaIdentitySchema } from './areaIdentity';
export { areaReferenceIssues, opgavenReferenceIssues } from './areaReferences';
export { AreaType, AreaTypeSchema } from './areaType';
export { type Deelgebied, DeelgebiedSchema } from './deelgebied';
export { areaDocuments } from './documents';
export {
  type ExistingProduct,
  ExistingProductSchema,
  ProductKind,
  ProductKindSchema,
  ProductUse,
  ProductUseSchema,
} from './existingProduct';
export {
  type Geometry,
  GeometrySchema,
  type LinearRing,
  LinearRingSchema,
  type MultiPolygon,
  MultiPolygonSchema,
  type Polygon,
  PolygonSchema,
  type Position,
  PositionSchema,
} from './geometry';
export { type Interaction, InteractionKind, InteractionKindSchema, InteractionSchema } from './interaction';
export {
  type LinkedProgramme,
  LinkedProgrammeSchema,
  type Milestone,
  MilestoneSchema,
  ProgrammeKind,
  ProgrammeKindSchema,
} from './linkedProgramme';
export {
  type Opgave,
  type OpgavePhase,
  OpgavePhaseSchema,
  type OpgavePriority,
  OpgavePrioritySchema,
  OpgaveSchema,
} from './opgave';
export {
  DetailLevel,
  DetailLevelSchema,
  Obligation,
  ObligationSchema,
  OpgaveOrigin,
  OpgaveOriginSchema,
  PriorityLevel,
  PriorityLevelSchema,
  Schaalniveau,
  SchaalniveauSchema,
} from './opgaveClassification';
export { type Opgaven, OpgavenSchema } from './opgaven';
export {
  type OpgaveQuantity,
  OpgaveQuantitySchema,
  type OpgaveTarget,
  OpgaveTargetSchema,
  opgaveGap,
  type RunningTrajectory,
  RunningTrajectorySchema,
} from './opgaveTarget';
export {
  type Need,
  NeedKind,
  NeedKindSchema,
  NeedSchema,
  type NeedSource,
  NeedSourceSchema,
  type Placement,
  PlacementSchema,
  PlacementStatus,
  PlacementStatusSchema,
} from './placement';
export { type SpatialClaim, SpatialClaimSchema } from './spatialClaim';
export { TargetUnit, TargetUnitSchema } from './targetUnit';
export { Transition, TransitionSchema } from './transition';

// Hand-written barrel of the parties section of @gebiedsgericht/core: named exports only.
export { type Actor, ActorSchema } from './actor';
export { type Actors, ActorsSchema } from './actors';
export { AdministrativeLevel, AdministrativeLevelSchema } from './administrativeLevel';
export { type Body, BodySchema } from './body';
export { BodyKind, BodyKindSchema, bodyKindsFor, isElectedBody } from './bodyKind';
export { partiesDocuments } from './documents';
export { GovernmentLayer, GovernmentLayerSchema, governmentLayerOf } from './governmentLayer';
export { MEDEOVERHEID_LAYERS, medeoverhedenOf, medeoverheidLayerOf } from './medeoverheden';
export { Membership, MembershipSchema } from './membership';
export {
  type Ministry,
  MinistrySchema,
  type Organisation,
  OrganisationSchema,
  type Partnership,
  PartnershipSchema,
  type Party,
  PartySchema,
  type Tekenmandaat,
  TekenmandaatSchema,
} from './party';
export { PartyKind, PartyKindSchema } from './partyKind';
export { type Person, PersonSchema } from './person';
export { Portfolio, PortfolioSchema } from './portfolio';
export {
  CollaborationKind,
  CollaborationKindSchema,
  type ReusedCollaboration,
  ReusedCollaborationSchema,
} from './reusedCollaboration';
export { type RoleAssignment, RoleAssignmentSchema } from './roleAssignment';
export { RoleKind, RoleKindSchema } from './roleKind';
export {
  type CrossProvinceCoordination,
  CrossProvinceCoordinationSchema,
  type Gebiedstafel,
  GebiedstafelSchema,
  type Mandate,
  MandateSchema,
  type MeetingStructure,
  MeetingStructureSchema,
  type NestedStructure,
  NestedStructureSchema,
  type ProgrammeTeam,
  ProgrammeTeamSchema,
  type RepresentativesPlatform,
  RepresentativesPlatformSchema,
  type Structure,
  StructureSchema,
} from './structure';
export { type Chair, ChairSchema, type StructureMember, StructureMemberSchema } from './structureMember';
export { type StructureOrigin, StructureOriginSchema } from './structureOrigin';
export { StructureType, StructureTypeSchema } from './structureType';
export {
  type AreaWithSeveralTables,
  areasWithSeveralTables,
  type MissingLayersOptions,
  missingGovernmentLayers,
} from './tableChecks';

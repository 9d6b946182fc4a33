/**
 * `@gebiedsgericht/zgw`: the area process in the ZGW APIs. See docs/zgw.md.
 *
 * @packageDocumentation
 */
export {
  type CaseResource,
  type EmittedDeelzaak,
  type EmittedObject,
  type EmittedZaak,
  type EmitZaakOptions,
  emitZaakHistory,
  type ZaakHistory,
} from './emitZaak';
export { zgwMessages } from './messages';
export {
  type CataloguePlan,
  type CatalogueResource,
  KNELPUNT_RESULTS,
  KNELPUNT_STATUSTYPEN,
  type PlannedObject,
  planCatalogue,
  ZAAK_EIGENSCHAPPEN,
} from './planCatalogue';
export {
  isReference,
  type JsonValue,
  REFERENCE_PREFIX,
  referenceOf,
  resolveReferences,
  type ZgwBody,
} from './references';
export {
  MEDEOVERHEID_ROLE,
  type OmschrijvingGeneriek,
  ROL_OMSCHRIJVING_GENERIEK,
  type ZgwRoleKey,
} from './rolTypeMapping';
export {
  type SyncedObject,
  type SyncReport,
  syncToZgw,
  type ZgwProblem,
  ZgwRequestError,
  type ZgwServerOptions,
} from './syncToZgw';
export {
  type GeometryCrs,
  GeometryCrsSchema,
  rdToWgs84,
  type ZaakGeometry,
  type ZaakGeometryInput,
  ZaakGeometryInputSchema,
  zaakGeometryToWgs84,
} from './zaakGeometry';
export {
  isValidRsin,
  type ResultaatTypeConfig,
  ResultaatTypeConfigSchema,
  RsinSchema,
  type Vertrouwelijkheidaanduiding,
  VertrouwelijkheidaanduidingSchema,
  type ZgwConfig,
  type ZgwConfigInput,
  ZgwConfigSchema,
  type ZgwPartyConfig,
  ZgwPartyConfigSchema,
} from './zgwConfig';
export { type ZgwCredentials, ZgwCredentialsSchema, zgwToken } from './zgwToken';

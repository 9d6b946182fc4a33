import * as z from 'zod';
import { IdListSchema, NonEmptyIdListSchema, OptionalIdSchema, PositiveIntSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { GovernmentLayerSchema } from '../parties/governmentLayer';
import { IdSchema, safeRecord } from '../primitives/id';
import { ChangeRulesSchema } from './changeRules';
import { GebiedsprocesAuthoritySchema } from './gebiedsprocesAuthority';

/**
 * What the process machine needs to know from the startnotitie, in one plain shape: the process
 * and area ids, the lead province and every province involved, the medeoverheden whose consent can be asked, the steps at which the startnotitie
 * asks for that consent, and the change rules. `settingsFromStartnotitie` in
 * `@gebiedsgericht/process` derives it from a startnotitie; you can also write it by hand.
 *
 * @example
 * GebiedsprocesSettingsSchema.parse({ processId: 'gebiedsproces-lindewaard', areaId: 'gebied-lindewaard',
 *   medeoverheden: [{ partyId: 'gemeente-beekdal', layer: 'gemeente' }], consentStepIds: ['visie-en-afwegingskader'],
 *   changeRules: { majorChangeApprovers: ['provincie-zuidmark'] } });
 * @see handreiking §2.3; §2.7 (bijlage 1); bijlage 1, onderdeel 2 (stap 0, startnotitie)
 */
export const GebiedsprocesSettingsSchema = strictObject({
  processId: IdSchema,
  areaId: OptionalIdSchema,
  /**
   * The lead province (coordination, §2.1): the one province of an area inside one province, the
   * coordinating province of an area across provinces.
   */
  provinceId: OptionalIdSchema,
  /**
   * Every province the area lies in, the lead province included; omitted for an area inside one
   * province. A provincial rollup counts the area for each of them, a national rollup once.
   */
  provinceIds: NonEmptyIdListSchema.optional(),
  startnotitieId: OptionalIdSchema,
  medeoverheden: z.array(strictObject({ partyId: IdSchema, layer: GovernmentLayerSchema })),
  consentStepIds: IdListSchema,
  changeRules: ChangeRulesSchema,
  /** Timeboxes agreed in the startnotitie, in days per step id; they override the template's. */
  stepTimeboxDays: safeRecord(PositiveIntSchema).optional(),
  /** Who may do what, from the startnotitie; without it the process checks what happens, not who does it. */
  authority: GebiedsprocesAuthoritySchema.optional(),
});
/**
 * What the process machine needs to know from the startnotitie: the type of a value that
 * {@link GebiedsprocesSettingsSchema} accepts, as a named interface.
 */
export interface GebiedsprocesSettings extends z.infer<typeof GebiedsprocesSettingsSchema> {}

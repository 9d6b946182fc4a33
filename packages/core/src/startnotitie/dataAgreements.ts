import * as z from 'zod';
import { NonEmptyIdListSchema, NonEmptyStringSchema, OptionalNonEmptyStringSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { NameSchema } from '../primitives/text';
import { Openness } from '../steps/openness';
import { IsoDurationSchema } from './isoDuration';

/**
 * Agreements on data, made at once: who owns which dataset, who may edit maps and how, how open
 * data and maps are (using the SDK's {@link Openness} values), the digital collaboration space, the
 * base datasets reused, and a timebox for the data inventory ("het beeld is nooit 100% compleet").
 *
 * @example
 * DataAgreementsSchema.parse({ ownership: [{ dataset: 'Watersysteemanalyse', ownerPartyId: 'waterschap-aa-en-lindt' }],
 *   mapEditing: { editorPartyIds: ['provincie-zuidmark'], rule: 'Alleen het GIS-team bewerkt' }, openness: 'shared_in_process',
 *   collaborationSpace: { name: 'Gebiedsportaal', administratorPartyId: 'provincie-zuidmark' }, baseDatasets: ['BRT'] });
 * @see handreiking bijlage 1, onderdeel 2, stap 1 ("afspraken over eigenaarschap van data, bewerking van kaartmateriaal, openbaarheid"; "digitale samenwerkingsomgeving"); §2.7 (gezamenlijke feitenbasis)
 */
export const DataAgreementsSchema = strictObject({
  ownership: z.array(strictObject({ dataset: NonEmptyStringSchema, ownerPartyId: IdSchema })).min(1),
  mapEditing: strictObject({ editorPartyIds: NonEmptyIdListSchema, rule: NonEmptyStringSchema }),
  openness: Openness.schema,
  opennessNote: OptionalNonEmptyStringSchema,
  collaborationSpace: strictObject({
    name: NameSchema,
    url: z.url().optional(),
    administratorPartyId: IdSchema,
  }),
  baseDatasets: z.array(NonEmptyStringSchema),
  inventoryTimebox: IsoDurationSchema.optional(),
});
/** Agreements on data. */
export type DataAgreements = z.infer<typeof DataAgreementsSchema>;

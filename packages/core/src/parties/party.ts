import * as z from 'zod';
import {
  NonEmptyIdListSchema,
  NonEmptyStringSchema,
  OptionalNonEmptyStringSchema,
  OptionalTextSchema,
} from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { NameSchema } from '../primitives/text';
import { BodySchema } from './body';

const common = {
  id: IdSchema,
  name: NameSchema,
  /** Short name or abbreviation for tables and charts, e.g. `LVVN`. */
  shortName: OptionalNonEmptyStringSchema,
  /** The bodies of this party (raad/college, Staten/GS, AB/DB, minister). */
  bodies: z.array(BodySchema).optional(),
  description: OptionalTextSchema,
};

/**
 * A signing mandate (tekenmandaat) that governments grant to a samenwerkingsverband, as the Rivierenland
 * gemeenten did for the Regio Rivierenland.
 *
 * @example
 * TekenmandaatSchema.parse({ grantedBy: ['gemeente-a'], scope: 'Bestuursovereenkomst MIRT' });
 * @see handreiking bijlage 2, voorbeeld 1 (ROR)
 */
export const TekenmandaatSchema = strictObject({
  grantedBy: NonEmptyIdListSchema,
  scope: NonEmptyStringSchema,
});
/** A signing mandate held by a samenwerkingsverband. */
export type Tekenmandaat = z.infer<typeof TekenmandaatSchema>;

/**
 * A ministry: part of the rijk (several ministries act for the rijk: interdepartementale afstemming).
 *
 * @example
 * MinistrySchema.parse({ id: 'ministerie-vro', kind: 'ministerie', partOf: 'rijk', name: 'Ministerie van VRO' });
 * @see handreiking §2.3 ("interdepartementale afstemming")
 */
export const MinistrySchema = strictObject({
  ...common,
  kind: z.literal('ministerie'),
  /** The id of the `rijk` party this ministry belongs to. */
  partOf: IdSchema,
});
/** A ministry. */
export type Ministry = z.infer<typeof MinistrySchema>;

/**
 * A samenwerkingsverband or regio: it can be regisseur, chair a table or hold a tekenmandaat, but it
 * is never a government layer of its own; it lists the governments that take part in it.
 *
 * @example
 * PartnershipSchema.parse({ id: 'regio-zandmark', kind: 'samenwerkingsverband', name: 'Regio Zandmark',
 *   participants: ['gemeente-zandhoven'] });
 * @see handreiking §2.1 ("geen aparte overheidslaag"); bijlage 2, voorbeeld 1
 */
export const PartnershipSchema = strictObject({
  ...common,
  kind: z.literal('samenwerkingsverband'),
  /** Ids of the parties (governments) that take part in it. */
  participants: NonEmptyIdListSchema,
  tekenmandaat: TekenmandaatSchema.optional(),
});
/** A samenwerkingsverband / regio. */
export type Partnership = z.infer<typeof PartnershipSchema>;

/**
 * Any other party: a government (rijk, provincie, gemeente, waterschap) or an organisation.
 *
 * @example
 * OrganisationSchema.parse({ id: 'ggd-zuidmark', kind: 'ggd', name: 'GGD Zuidmark' });
 * @see handreiking §2.1 (GGD, omgevingsdienst, veiligheidsregio); bijlage 2, voorbeeld 1 (RWS, NS, ProRail)
 */
export const OrganisationSchema = strictObject({
  ...common,
  kind: z.enum([
    'rijk',
    'provincie',
    'gemeente',
    'waterschap',
    'ggd',
    'omgevingsdienst',
    'veiligheidsregio',
    'rijkswaterstaat',
    'prorail',
    'ns',
    'netbeheerder',
    'maatschappelijke_organisatie',
    'inwoners',
    'bedrijf',
    'kennisinstelling',
    'overig',
  ]),
});
/** A government or organisation other than a ministry or samenwerkingsverband. */
export type Organisation = z.infer<typeof OrganisationSchema>;

/**
 * A party (gebiedspartner or other actor): a government, a ministry, a samenwerkingsverband, or
 * an organisation such as a GGD, netbeheerder, societal organisation, residents' group or business.
 * Discriminated by `kind` (see {@link PartyKind}).
 *
 * @example
 * PartySchema.parse({ id: 'provincie-zuidmark', kind: 'provincie', name: 'Provincie Zuidmark' });
 * @see handreiking §2.1; §2.3
 */
export const PartySchema = z.discriminatedUnion('kind', [MinistrySchema, PartnershipSchema, OrganisationSchema]);
/** A party. */
export type Party = z.infer<typeof PartySchema>;

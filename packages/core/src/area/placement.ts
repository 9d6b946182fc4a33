import * as z from 'zod';
import { NonEmptyStringSchema, OptionalNonEmptyStringSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { labelledEnum } from '../primitives/labels';
import { NameSchema, TextSchema } from '../primitives/text';

/**
 * The three placement statuses of a national opgave in the ruimtelijk voorstel: it fits, it needs
 * something extra, or it does not seem realistic within the province.
 *
 * @example
 * PlacementStatus.label('needs_extra', 'nl'); // 'Iets extra nodig'
 * @see handreiking §2.5 ("welke nationale opgaven wel een plek kunnen krijgen, waarvoor iets extra nodig is en welke ... niet realistisch lijken")
 */
export const PlacementStatus = labelledEnum({
  fits: { nl: 'Past', en: 'Fits' },
  needs_extra: { nl: 'Iets extra nodig', en: 'Needs something extra' },
  not_realistic: { nl: 'Niet realistisch binnen de provincie', en: 'Not realistic within the province' },
});
/** A placement status (see {@link PlacementStatus}). */
export type PlacementStatus = (typeof PlacementStatus)['values'][number];
/** zod schema of {@link PlacementStatus}. */
export const PlacementStatusSchema = PlacementStatus.schema;

/**
 * What an opgave needs extra to fit.
 *
 * @example
 * NeedKind.label('uitruil_provincie', 'en'); // 'Exchange with another province'
 * @see handreiking §2.4 ("aanvullende keuzes noodzakelijk ..., bijvoorbeeld een uitruil tussen provincies"); §2.7 (regelgeving)
 */
export const NeedKind = labelledEnum({
  rijksinzet: { nl: 'Inzet of besluit van het rijk', en: 'Action or decision by the rijk' },
  financiering: { nl: 'Geld', en: 'Funding' },
  regelwijziging: { nl: 'Wijziging van wet- of regelgeving', en: 'Change of law or regulation' },
  uitruil_provincie: { nl: 'Uitruil met een andere provincie', en: 'Exchange with another province' },
  ruimte_ander_gebied: { nl: 'Ruimte in een ander gebied (wisselgeld)', en: 'Room in another area (wisselgeld)' },
  capaciteit: { nl: 'Capaciteit en uitvoeringskracht', en: 'Capacity to implement' },
  netcapaciteit: { nl: 'Netcapaciteit', en: 'Grid capacity' },
  kennis_data: { nl: 'Kennis of data', en: 'Knowledge or data' },
  overig: { nl: 'Overig', en: 'Other' },
});
/** What an opgave needs extra (see {@link NeedKind}). */
export type NeedKind = (typeof NeedKind)['values'][number];
/** zod schema of {@link NeedKind}. */
export const NeedKindSchema = NeedKind.schema;

/**
 * From whom the extra is needed: a party in the register, another province (which may not be in
 * the register), or someone else described in words.
 *
 * @example
 * NeedSourceSchema.parse({ kind: 'partij', partyId: 'rijk' });
 * @see handreiking §2.5 ("waarvoor iets extra nodig is")
 */
export const NeedSourceSchema = z.discriminatedUnion('kind', [
  strictObject({ kind: z.literal('partij'), partyId: IdSchema }),
  strictObject({ kind: z.literal('andere_provincie'), name: NameSchema.optional() }),
  strictObject({ kind: z.literal('overig'), description: TextSchema }),
]);
/** From whom an extra is needed. */
export type NeedSource = z.infer<typeof NeedSourceSchema>;

/**
 * One thing an opgave needs to fit: what, described, and from whom.
 *
 * @example
 * NeedSchema.parse({ what: 'financiering', description: 'Cofinanciering N-weg', from: { kind: 'partij', partyId: 'rijk' } });
 * @see handreiking §2.5
 */
export const NeedSchema = strictObject({
  what: NeedKindSchema,
  description: TextSchema,
  from: NeedSourceSchema,
});
/** One thing an opgave needs to fit. */
export type Need = z.infer<typeof NeedSchema>;

/**
 * The placement of an opgave per §2.5, discriminated by `status`. Every status carries its
 * reasoning (what was weighed and on what basis); `needs_extra` must list at least one need with
 * what and from whom; `not_realistic` may say what follows (for example an exchange request).
 *
 * @example
 * PlacementSchema.parse({ status: 'not_realistic', reasoning: 'Twee turbines passen niet binnen de geluidsnormen',
 *   consequence: 'Verzoek om uitruil met een buurprovincie' });
 * @see handreiking §2.5 ("Maak inzichtelijk wat wel en niet is meegewogen, wat nog verdere uitwerking behoeft en op basis waarvan")
 */
export const PlacementSchema = z.discriminatedUnion('status', [
  strictObject({
    status: z.literal('fits'),
    reasoning: NonEmptyStringSchema,
    /** What still needs further elaboration (nadere uitwerking). */
    furtherElaboration: OptionalNonEmptyStringSchema,
  }),
  strictObject({
    status: z.literal('needs_extra'),
    reasoning: NonEmptyStringSchema,
    needs: z.array(NeedSchema).min(1),
    furtherElaboration: OptionalNonEmptyStringSchema,
  }),
  strictObject({
    status: z.literal('not_realistic'),
    reasoning: NonEmptyStringSchema,
    /** What follows: the part that does not fit and what is asked instead. */
    consequence: OptionalNonEmptyStringSchema,
  }),
]);
/** The placement of an opgave. */
export type Placement = z.infer<typeof PlacementSchema>;

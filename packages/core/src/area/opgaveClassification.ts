import { labelledEnum } from '../primitives/labels';

/**
 * Where an opgave comes from: a national opgave from the NOVEX startpakket, another national
 * programme, or a decentral opgave of the province, gemeenten or waterschappen.
 *
 * @example
 * OpgaveOrigin.label('nationaal_startpakket', 'en'); // 'National (NOVEX starter package)'
 * @see handreiking §2.3 ("Provincies verbinden ... de nationale opgaven uit het startpakket met decentrale opgaven")
 */
export const OpgaveOrigin = labelledEnum({
  nationaal_startpakket: { nl: 'Nationaal (startpakket NOVEX)', en: 'National (NOVEX starter package)' },
  nationaal_programma: { nl: 'Nationaal (ander nationaal programma)', en: 'National (other national programme)' },
  decentraal: { nl: 'Decentraal', en: 'Decentral' },
});
/** Where an opgave comes from (see {@link OpgaveOrigin}). */
export type OpgaveOrigin = (typeof OpgaveOrigin)['values'][number];
/** zod schema of {@link OpgaveOrigin}. */
export const OpgaveOriginSchema = OpgaveOrigin.schema;

/**
 * Whether an opgave is mandatory (verplicht) or desired (gewenst).
 *
 * @example
 * Obligation.label('gewenst', 'en'); // 'Desired'
 * @see handreiking bijlage 2, voorbeeld 2 ("wat opgaven zijn (verplicht en gewenst)")
 */
export const Obligation = labelledEnum({
  verplicht: { nl: 'Verplicht', en: 'Mandatory' },
  gewenst: { nl: 'Gewenst', en: 'Desired' },
});
/** `verplicht` or `gewenst`. */
export type Obligation = (typeof Obligation)['values'][number];
/** zod schema of {@link Obligation}. */
export const ObligationSchema = Obligation.schema;

/**
 * The scale at which an opgave is addressed (schaalniveau).
 *
 * @example
 * Schaalniveau.label('deelgebied', 'en'); // 'Sub-area'
 * @see handreiking §2.3 ("input vanuit het juiste schaalniveau")
 */
export const Schaalniveau = labelledEnum({
  nationaal: { nl: 'Nationaal', en: 'National' },
  provinciaal: { nl: 'Provinciaal', en: 'Provincial' },
  regionaal: { nl: 'Regionaal', en: 'Regional' },
  gebied: { nl: 'Gebied', en: 'Area' },
  deelgebied: { nl: 'Deelgebied', en: 'Sub-area' },
  lokaal: { nl: 'Lokaal / kern', en: 'Local / town' },
});
/** A schaalniveau (see {@link Schaalniveau}). */
export type Schaalniveau = (typeof Schaalniveau)['values'][number];
/** zod schema of {@link Schaalniveau}. */
export const SchaalniveauSchema = Schaalniveau.schema;

/**
 * How detailed an opgave is worked out. The handreiking asks that the detail level fits what
 * execution needs and is aligned across opgaven.
 *
 * @example
 * DetailLevel.label('zoekgebied', 'en'); // 'Search area'
 * @see handreiking §2.5 ("Zorg dat het uiteindelijke detailniveau past bij wat nodig is voor uitvoering")
 */
export const DetailLevel = labelledEnum({
  hoofdlijnen: { nl: 'Hoofdlijnen', en: 'Outline' },
  zoekgebied: { nl: 'Zoekgebied', en: 'Search area' },
  locatie: { nl: 'Locatie', en: 'Location' },
  project: { nl: 'Projectniveau', en: 'Project level' },
});
/** A detail level (see {@link DetailLevel}). */
export type DetailLevel = (typeof DetailLevel)['values'][number];
/** zod schema of {@link DetailLevel}. */
export const DetailLevelSchema = DetailLevel.schema;

/**
 * Priority of an opgave, set with the partners.
 *
 * @example
 * PriorityLevel.label('hoog', 'en'); // 'High'
 * @see handreiking §2.4 ("Bepaal met de gebiedspartners welke opgaven ... aandacht vragen en prioriteer daarbij")
 */
export const PriorityLevel = labelledEnum({
  hoog: { nl: 'Hoog', en: 'High' },
  middel: { nl: 'Middel', en: 'Medium' },
  laag: { nl: 'Laag', en: 'Low' },
});
/** A priority level (see {@link PriorityLevel}). */
export type PriorityLevel = (typeof PriorityLevel)['values'][number];
/** zod schema of {@link PriorityLevel}. */
export const PriorityLevelSchema = PriorityLevel.schema;

import { labelledEnum } from '../primitives/labels';

/**
 * The kinds of party in a gebiedsproces: the four governments (the rijk, usually as several
 * ministries), the samenwerkingsverband or regio (never a government layer of its own), public
 * bodies with a specific task, infrastructure and grid operators, and society.
 *
 * @example
 * PartyKind.schema.parse('waterschap');
 * PartyKind.label('samenwerkingsverband', 'en'); // 'Regional partnership'
 * @see handreiking §2.1 (bestaande samenwerkingsverbanden, "geen aparte overheidslaag"); §2.3
 */
export const PartyKind = labelledEnum({
  rijk: { nl: 'Rijk', en: 'National government' },
  ministerie: { nl: 'Ministerie', en: 'Ministry' },
  provincie: { nl: 'Provincie', en: 'Province' },
  gemeente: { nl: 'Gemeente', en: 'Municipality' },
  waterschap: { nl: 'Waterschap', en: 'Water authority' },
  samenwerkingsverband: { nl: 'Samenwerkingsverband / regio', en: 'Regional partnership' },
  ggd: { nl: 'GGD', en: 'Municipal health service (GGD)' },
  omgevingsdienst: { nl: 'Omgevingsdienst', en: 'Environmental service' },
  veiligheidsregio: { nl: 'Veiligheidsregio', en: 'Safety region' },
  rijkswaterstaat: { nl: 'Rijkswaterstaat', en: 'Rijkswaterstaat (national roads and waterways)' },
  prorail: { nl: 'ProRail', en: 'ProRail (rail infrastructure)' },
  ns: { nl: 'NS', en: 'NS (national railways)' },
  netbeheerder: { nl: 'Netbeheerder', en: 'Grid operator' },
  maatschappelijke_organisatie: { nl: 'Maatschappelijke organisatie', en: 'Societal organisation' },
  inwoners: { nl: 'Inwoners', en: 'Residents' },
  bedrijf: { nl: 'Bedrijf', en: 'Business' },
  kennisinstelling: { nl: 'Kennisinstelling', en: 'Knowledge institution' },
  overig: { nl: 'Overig', en: 'Other' },
});
/** A kind of party (see {@link PartyKind}). */
export type PartyKind = (typeof PartyKind)['values'][number];
/** zod schema of {@link PartyKind}. */
export const PartyKindSchema = PartyKind.schema;

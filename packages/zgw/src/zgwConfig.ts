import { IsoDateSchema, refinement, safeRecord } from '@gebiedsgericht/core';
import * as z from 'zod';
import { zgwMessages } from './messages';

/**
 * True when `value` is nine digits that pass the elfproef for RSIN and BSN: the first eight digits
 * weighted 9 down to 2, minus the last digit, is a multiple of 11 (the check the Zaken API applies
 * to `bronorganisatie`).
 *
 * @example
 * isValidRsin('123456782'); // true
 * isValidRsin('123456789'); // false
 * @see https://www.rvig.nl/ (elfproef); Zaken API, field `bronorganisatie`
 */
export function isValidRsin(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(value[i]) * (9 - i);
  sum -= Number(value[8]);
  return sum % 11 === 0;
}

/**
 * An RSIN: nine digits that pass the elfproef.
 *
 * @example
 * RsinSchema.parse('002220647');
 */
export const RsinSchema = z
  .string()
  .refine(isValidRsin, refinement('invalid_rsin', zgwMessages.messages.invalid_rsin({})));

/** An absolute http(s) URL. */
const HttpUrlSchema = z.url({ protocol: /^https?$/ });

/**
 * The confidentiality levels of the ZGW APIs (`vertrouwelijkheidaanduiding`).
 *
 * @example
 * VertrouwelijkheidaanduidingSchema.parse('openbaar');
 */
export const VertrouwelijkheidaanduidingSchema = z.enum([
  'openbaar',
  'beperkt_openbaar',
  'intern',
  'zaakvertrouwelijk',
  'vertrouwelijk',
  'confidentieel',
  'geheim',
  'zeer_geheim',
]);
/** One of the ZGW confidentiality levels. */
export type Vertrouwelijkheidaanduiding = z.infer<typeof VertrouwelijkheidaanduidingSchema>;

/**
 * A result type as only the organisation can give it: the class of the Selectielijst (VNG's list
 * of archive rules) the result falls under, and the generic result description from the same list.
 * Both are URLs into the Selectielijst API (for example `https://selectielijst.openzaak.nl/api/v1/…`).
 *
 * @example
 * ResultaatTypeConfigSchema.parse({ selectielijstklasse: 'https://selectielijst.openzaak.nl/api/v1/resultaten/…',
 *   resultaattypeomschrijving: 'https://selectielijst.openzaak.nl/api/v1/resultaattypeomschrijvingen/…' });
 */
export const ResultaatTypeConfigSchema = z.strictObject({
  /** URL of the Selectielijst `resultaat` (class) the result falls under. */
  selectielijstklasse: HttpUrlSchema,
  /** URL of the Selectielijst `resultaattypeomschrijving`. */
  resultaattypeomschrijving: HttpUrlSchema,
  /** Own description of the result, at most 20 characters; the package's default otherwise. */
  omschrijving: z.string().min(1).max(20).optional(),
});
/** A result type as only the organisation can give it. */
export type ResultaatTypeConfig = z.infer<typeof ResultaatTypeConfigSchema>;

/**
 * What a party is in the ZGW registrations: its RSIN (needed for every besluit it takes, as
 * `verantwoordelijkeOrganisatie`, and written on its rollen as `innNnpId`).
 *
 * @example
 * ZgwPartyConfigSchema.parse({ rsin: '123456782' });
 */
export const ZgwPartyConfigSchema = z.strictObject({
  rsin: RsinSchema,
});
/** What a party is in the ZGW registrations. */
export type ZgwPartyConfig = z.infer<typeof ZgwPartyConfigSchema>;

/**
 * Everything about the ZGW side that only the organisation running the case system can supply:
 * the RSINs (of the catalogue owner, the source and responsible organisation of the zaak, and of
 * each deciding party), the catalogue's domain and contact, the responsible unit, the confidentiality
 * level, the start of validity, and the Selectielijst URLs of the result types. The package never
 * invents these; it validates them and refuses to emit what would need a missing one.
 *
 * @example
 * const config = ZgwConfigSchema.parse({
 *   rsin: '123456782', domein: 'GGW', contactpersoonBeheerNaam: 'Team Zaaktypen',
 *   bronorganisatie: '123456782', verantwoordelijkeOrganisatie: '123456782',
 *   verantwoordelijke: 'Programmabureau Gebiedsgericht Werken', vertrouwelijkheidaanduiding: 'openbaar',
 *   beginGeldigheid: '2026-01-01',
 *   resultaattypen: { afgerond: { selectielijstklasse: '…', resultaattypeomschrijving: '…' }, gestopt: { … } },
 *   knelpuntResultaattypen: { opgelost: { … }, beslist: { … }, ingetrokken: { … } },
 *   parties: { 'provincie-zuidmark': { rsin: '123456782' } },
 * });
 * @see docs/zgw.md (configuration)
 */
export const ZgwConfigSchema = z.strictObject({
  /** RSIN of the organisation that owns the catalogue. */
  rsin: RsinSchema,
  /** Short code of the catalogue's domain (1–5 characters). */
  domein: z.string().min(1).max(5),
  /** Name of the catalogue (optional). */
  catalogusNaam: z.string().min(1).max(200).optional(),
  /** Who manages the catalogue (at most 40 characters). */
  contactpersoonBeheerNaam: z.string().min(1).max(40),
  /** RSIN of the organisation that registers the zaak. */
  bronorganisatie: RsinSchema,
  /** RSIN of the organisation responsible for handling the zaak. */
  verantwoordelijkeOrganisatie: RsinSchema,
  /** The organisational unit or function responsible for cases of this type (at most 50 characters). */
  verantwoordelijke: z.string().min(1).max(50),
  /** Confidentiality of cases, decisions and documents of these types. */
  vertrouwelijkheidaanduiding: VertrouwelijkheidaanduidingSchema,
  /**
   * The time within which a case of the area process type should be done (`doorlooptijd`), as an
   * ISO 8601 duration such as `P4Y`: the organisation's norm, not something the handreiking fixes.
   */
  doorlooptijd: z.string().regex(/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$/),
  /** The same for a knelpunt deelzaak, for example `P6M`. */
  knelpuntDoorlooptijd: z.string().regex(/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$/),
  /** Whether cases of these types are published (`publicatieIndicatie`). */
  publicatieIndicatie: z.boolean().default(false),
  /** The date from which the catalogue's types are valid (also their `versiedatum`). */
  beginGeldigheid: IsoDateSchema,
  /** URLs of products or services the case delivers (`productenOfDiensten`), often empty. */
  productenOfDiensten: z.array(HttpUrlSchema).default([]),
  /** URL of the Selectielijst procestype (optional). */
  selectielijstProcestype: HttpUrlSchema.max(200).optional(),
  /** The result types of the area process zaak. */
  resultaattypen: z.strictObject({
    /** The process went through every step and is now being monitored. */
    afgerond: ResultaatTypeConfigSchema,
    /** The process was stopped by decision. */
    gestopt: ResultaatTypeConfigSchema,
  }),
  /** The result types of a knelpunt deelzaak. */
  knelpuntResultaattypen: z.strictObject({
    /** Settled by agreement between the parties. */
    opgelost: ResultaatTypeConfigSchema,
    /** Decided by an intervening party (province or rijk). */
    beslist: ResultaatTypeConfigSchema,
    /** Withdrawn by the party that raised it. */
    ingetrokken: ResultaatTypeConfigSchema,
  }),
  /** Per party id: what the case system knows of it (its RSIN). */
  parties: safeRecord(ZgwPartyConfigSchema).default({}),
});
/** The ZGW configuration as it is given (defaults may be left out). */
export type ZgwConfigInput = z.input<typeof ZgwConfigSchema>;
/** The ZGW configuration after validation, with defaults filled in. */
export type ZgwConfig = z.output<typeof ZgwConfigSchema>;

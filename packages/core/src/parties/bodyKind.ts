import { labelledEnum } from '../primitives/labels';
import { validate } from '../primitives/validate';
import { type PartyKind, PartyKindSchema } from './partyKind';

/**
 * The bodies (organen) of each government: the elected body and the executive of a gemeente,
 * provincie and waterschap, and the minister for the rijk. A samenwerkingsverband has its own
 * algemeen and dagelijks bestuur.
 *
 * @example
 * BodyKind.label('gedeputeerde_staten', 'en'); // 'Provincial executive'
 * @see handreiking §2.3; §2.6 (democratische legitimatie via de bestaande overheidslagen)
 */
export const BodyKind = labelledEnum({
  gemeenteraad: { nl: 'Gemeenteraad', en: 'Municipal council' },
  college_van_bw: { nl: 'College van burgemeester en wethouders', en: 'Municipal executive' },
  provinciale_staten: { nl: 'Provinciale Staten', en: 'Provincial council' },
  gedeputeerde_staten: { nl: 'Gedeputeerde Staten', en: 'Provincial executive' },
  algemeen_bestuur: { nl: 'Algemeen bestuur', en: 'General board' },
  dagelijks_bestuur: { nl: 'Dagelijks bestuur', en: 'Executive board' },
  minister: { nl: 'Minister', en: 'Minister' },
  staatssecretaris: { nl: 'Staatssecretaris', en: 'State secretary' },
  tweede_kamer: { nl: 'Tweede Kamer', en: 'House of Representatives' },
  directie: { nl: 'Directie', en: 'Management board' },
});
/** A kind of body of a party (see {@link BodyKind}). */
export type BodyKind = (typeof BodyKind)['values'][number];
/** zod schema of {@link BodyKind}. */
export const BodyKindSchema = BodyKind.schema;

const ELECTED: ReadonlySet<BodyKind> = new Set<BodyKind>([
  'gemeenteraad',
  'provinciale_staten',
  'algemeen_bestuur',
  'tweede_kamer',
]);

/**
 * True for the elected, representative bodies (volksvertegenwoordiging): gemeenteraad,
 * Provinciale Staten, the algemeen bestuur of a waterschap and the Tweede Kamer.
 *
 * @example
 * isElectedBody('provinciale_staten'); // true
 * @see handreiking §2.6 ("betrokkenheid van volksvertegenwoordigers")
 */
export function isElectedBody(kind: BodyKind): boolean {
  return ELECTED.has(validate(BodyKindSchema, kind, { path: ['kind'] }));
}

const ALLOWED: Readonly<Partial<Record<PartyKind, readonly BodyKind[]>>> = {
  gemeente: ['gemeenteraad', 'college_van_bw'],
  provincie: ['provinciale_staten', 'gedeputeerde_staten'],
  waterschap: ['algemeen_bestuur', 'dagelijks_bestuur'],
  ministerie: ['minister', 'staatssecretaris'],
  rijk: ['minister', 'staatssecretaris', 'tweede_kamer'],
  samenwerkingsverband: ['algemeen_bestuur', 'dagelijks_bestuur'],
};

/**
 * The body kinds a party of the given kind can have: raad and college for a gemeente, Staten and
 * GS for a provincie, AB and DB for a waterschap or samenwerkingsverband, minister for a ministry.
 * Other organisations have a `directie`.
 *
 * @example
 * bodyKindsFor('gemeente'); // ['gemeenteraad', 'college_van_bw']
 * @see handreiking §2.3
 */
export function bodyKindsFor(kind: PartyKind): readonly BodyKind[] {
  return ALLOWED[validate(PartyKindSchema, kind, { path: ['kind'] })] ?? ['directie'];
}

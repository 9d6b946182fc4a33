import { labelledEnum } from '../primitives/labels';

/**
 * The roles a party or person acts in. The same party can act in several roles (a province is
 * regisseur and also a party with its own interests), so every act records the role it was done
 * in.
 *
 * @example
 * RoleKind.label('bevoegd_gezag', 'en'); // 'Competent authority'
 * @see handreiking §2.3 ("wees altijd helder over wanneer u vanuit welke rol acteert")
 */
export const RoleKind = labelledEnum({
  regisseur: { nl: 'Regisseur', en: 'Process director' },
  partij: { nl: 'Gebiedspartner (partij)', en: 'Area partner (party)' },
  bevoegd_gezag: { nl: 'Bevoegd gezag', en: 'Competent authority' },
  mediator: { nl: 'Bemiddelaar (mediator)', en: 'Mediator' },
  procesbegeleider: { nl: 'Onafhankelijk procesbegeleider', en: 'Independent process facilitator' },
  voorzitter: { nl: 'Voorzitter', en: 'Chair' },
  secretaris: { nl: 'Secretaris', en: 'Secretary' },
  opdrachtgever: { nl: 'Opdrachtgever', en: 'Principal (commissioning party)' },
  trekker: { nl: 'Trekker', en: 'Lead (puller)' },
  adviseur: { nl: 'Adviseur', en: 'Adviser' },
  financier: { nl: 'Financier', en: 'Funder' },
  uitvoerder: { nl: 'Uitvoerder', en: 'Implementer' },
  tekenbevoegde: { nl: 'Houder van tekenmandaat', en: 'Holder of a signing mandate' },
});
/** A role a party or person acts in (see {@link RoleKind}). */
export type RoleKind = (typeof RoleKind)['values'][number];
/** zod schema of {@link RoleKind}. */
export const RoleKindSchema = RoleKind.schema;

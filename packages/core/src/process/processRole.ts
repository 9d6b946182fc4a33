import { labelledEnum } from '../primitives/labels';

/**
 * The role from which someone acts on the area process. Every process event names it, so the audit
 * log shows "from which role" each act was done ("wees altijd helder over wanneer u vanuit welke
 * rol acteert").
 *
 * @example
 * ProcessRole.label('regisseur', 'en'); // 'Process director (regisseur)'
 * @see handreiking §2.3 (werken als één overheid; rollen)
 */
export const ProcessRole = labelledEnum({
  regisseur: { nl: 'Regisseur', en: 'Process director (regisseur)' },
  party: { nl: 'Partij aan de gebiedstafel', en: 'Party at the area table' },
  bevoegdGezag: { nl: 'Bevoegd gezag', en: 'Competent authority (bevoegd gezag)' },
  mediator: { nl: 'Mediator of procesbegeleider', en: 'Mediator or process facilitator' },
  secretariaat: { nl: 'Programmateam of secretariaat', en: 'Programme team or secretariat' },
});
/** One of the {@link ProcessRole} values. */
export type ProcessRole = (typeof ProcessRole.values)[number];

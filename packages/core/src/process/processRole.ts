import { RoleKind } from '../parties/roleKind';

/**
 * The role from which someone acts on the area process. It is core's {@link RoleKind} (one
 * vocabulary for roles across the SDK), under the name the process events use. Every process event
 * names it, so the audit log shows from which role each act was done ("wees altijd helder over
 * wanneer u vanuit welke rol acteert").
 *
 * @example
 * ProcessRole.label('regisseur', 'nl'); // 'Regisseur'
 * @see handreiking §2.3 (werken als één overheid; rollen)
 */
export const ProcessRole = RoleKind;
/** One of the {@link ProcessRole} values (the same as {@link RoleKind}). */
export type ProcessRole = RoleKind;

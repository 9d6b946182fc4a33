import type { RoleKind } from '@gebiedsgericht/core';

/**
 * The generic role descriptions of the Catalogi API (`RolType.omschrijvingGeneriek`), from the
 * RGBZ: adviseur, behandelaar, belanghebbende, beslisser, initiator, klantcontacter,
 * zaakcoordinator, mede_initiator.
 */
export type OmschrijvingGeneriek =
  | 'adviseur'
  | 'behandelaar'
  | 'belanghebbende'
  | 'beslisser'
  | 'initiator'
  | 'klantcontacter'
  | 'zaakcoordinator'
  | 'mede_initiator';

/**
 * The key of the role type for the medeoverheden of the process (not a {@link RoleKind}).
 *
 * @example
 * ROL_OMSCHRIJVING_GENERIEK[MEDEOVERHEID_ROLE]; // 'mede_initiator'
 */
export const MEDEOVERHEID_ROLE = 'medeoverheid';

/** A role the area process zaak has a RolType for: every {@link RoleKind} and `medeoverheid`. */
export type ZgwRoleKey = RoleKind | typeof MEDEOVERHEID_ROLE;

/**
 * Which generic ZGW role each role of the SDK becomes, and why. The RGBZ definitions the choice
 * rests on are quoted in short in the reasons; `docs/zgw.md` has the same table.
 *
 * - `regisseur` → `zaakcoordinator`: the regisseur sees to it that the process runs coherently
 *   and as agreed in the startnotitie, which is the RGBZ definition of the zaakcoördinator.
 * - `opdrachtgever` → `initiator`: the principal (the rijk with the NOVEX startpakket, or the
 *   province) gives rise to the area process: "aanleiding geven tot de start van een zaak".
 * - `medeoverheid` → `mede_initiator`: the other governments start and carry the process together
 *   with the regisseur ("werken als één overheid"); they are more than belanghebbenden.
 * - `bevoegd_gezag` → `beslisser`: the competent authority takes the decisions the outcome needs.
 * - `tekenbevoegde` → `beslisser`: whoever holds a signing mandate binds the parties, a decision.
 * - `partij` → `belanghebbende`: an area partner is involved from its own, direct interest.
 * - `financier` → `belanghebbende`: a funder is involved through its money, not by handling or deciding.
 * - `adviseur` → `adviseur`: puts knowledge at the service of the handling.
 * - `mediator`, `procesbegeleider` → `behandelaar`: they handle a part of the case (a knelpunt,
 *   a session) in substance, without deciding it.
 * - `voorzitter` → `behandelaar`: chairs the table where the work is done; coordination of the
 *   whole case stays with the regisseur.
 * - `secretaris`, `trekker`, `uitvoerder` → `behandelaar`: they carry out (part of) the work.
 * - `klantcontacter` is not used: the area process has no front office for citizens or companies.
 *
 * @example
 * ROL_OMSCHRIJVING_GENERIEK.regisseur; // 'zaakcoordinator'
 * @see handreiking §2.3 (rollen)
 * @see docs/zgw.md (mapping table)
 */
export const ROL_OMSCHRIJVING_GENERIEK: Readonly<Record<ZgwRoleKey, OmschrijvingGeneriek>> = Object.freeze({
  regisseur: 'zaakcoordinator',
  opdrachtgever: 'initiator',
  medeoverheid: 'mede_initiator',
  bevoegd_gezag: 'beslisser',
  tekenbevoegde: 'beslisser',
  partij: 'belanghebbende',
  financier: 'belanghebbende',
  adviseur: 'adviseur',
  mediator: 'behandelaar',
  procesbegeleider: 'behandelaar',
  voorzitter: 'behandelaar',
  secretaris: 'behandelaar',
  trekker: 'behandelaar',
  uitvoerder: 'behandelaar',
});

import * as z from 'zod';
import { IdListSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { PartyKindSchema } from '../parties/partyKind';
import { RoleKindSchema } from '../parties/roleKind';
import { IdSchema } from '../primitives/id';

/**
 * One party as the authority checks of an area process know it: its kind, its bodies (gemeenteraad,
 * college, Staten, GS, algemeen bestuur, …) and the persons who act for it.
 *
 * @example
 * AuthorityPartySchema.parse({ id: 'gemeente-beekdal', kind: 'gemeente', bodyIds: ['raad-beekdal', 'college-beekdal'], personIds: [], roles: ['partij'] });
 * @see handreiking §2.3 ("wees altijd helder over wanneer u vanuit welke rol acteert")
 */
export const AuthorityPartySchema = strictObject({
  id: IdSchema,
  kind: PartyKindSchema,
  bodyIds: IdListSchema,
  personIds: IdListSchema,
  /**
   * The roles it acts in: those of its party agreement in the startnotitie, its role assignments in
   * the actors document, and `voorzitter` when it chairs a structure. An event from it names one of them.
   */
  roles: z.array(RoleKindSchema),
});
/** One party as the authority checks know it. */
export type AuthorityParty = z.infer<typeof AuthorityPartySchema>;

/**
 * Who may do what in one area process, derived from its startnotitie and actors document
 * (`settingsFromStartnotitie` in `@gebiedsgericht/process` fills it): the parties with their bodies
 * and persons, the structures with their member parties, the decision rules (which party decides,
 * in which body, for which steps), who records a minor change, where a major change is decided,
 * and the provinces that may oversee a delegation regime. The host system authenticates the actor
 * and passes its id (`actor`: a party, body, person or structure id); the process authorises the
 * event against this. When settings carry no `authority`, the process checks only *what* happens.
 *
 * @example
 * GebiedsprocesAuthoritySchema.parse({ parties: [{ id: 'provincie-zuidmark', kind: 'provincie', bodyIds: ['gs-zuidmark'], personIds: [], roles: ['regisseur'] }],
 *   structures: [], decisionRules: [{ id: 'besluit-start', stepIds: ['opstart'], deciders: [{ partyId: 'provincie-zuidmark', bodyId: 'gs-zuidmark' }] }],
 *   minorChangeRecordedBy: 'provincie-zuidmark', majorChangeDecidedIn: 'gs-zuidmark' });
 * @see handreiking §2.3; §2.6; §2.7; bijlage 1, onderdeel 4
 */
export const GebiedsprocesAuthoritySchema = strictObject({
  parties: z.array(AuthorityPartySchema).min(1),
  structures: z.array(strictObject({ id: IdSchema, memberPartyIds: IdListSchema })),
  decisionRules: z.array(
    strictObject({
      id: IdSchema,
      /** The steps this rule decides; a rule without steps decides every step no other rule names. */
      stepIds: IdListSchema.optional(),
      deciders: z.array(strictObject({ partyId: IdSchema, bodyId: IdSchema })).min(1),
      /** Whether the rule asks the consent of every medeoverheid for its steps. */
      consentOfAllMedeoverheden: z.boolean().optional(),
    }),
  ),
  /** The party or structure that records minor changes (the startnotitie's `changeRules.minor.recordedBy`). */
  minorChangeRecordedBy: IdSchema,
  /** The body or structure in which a major change is decided (`changeRules.major.decidedIn`). */
  majorChangeDecidedIn: IdSchema,
});
/** Who may do what in one area process. */
export type GebiedsprocesAuthority = z.infer<typeof GebiedsprocesAuthoritySchema>;

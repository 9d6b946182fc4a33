import { labelledEnum } from '../primitives/labels';

/**
 * How a party takes part in a structure: as a full (vaste) member, or incidentally, when its
 * subject is on the agenda (the GGD, omgevingsdienst or veiligheidsregio often join this way).
 *
 * @example
 * Membership.label('incidenteel', 'en'); // 'Incidental'
 * @see handreiking §2.1 ("incidenteel aansluiten ... of volledig participeren")
 */
export const Membership = labelledEnum({
  vast: { nl: 'Vast lid', en: 'Full member' },
  incidenteel: { nl: 'Incidenteel', en: 'Incidental' },
});
/** `vast` (full) or `incidenteel` (incidental). */
export type Membership = (typeof Membership)['values'][number];
/** zod schema of {@link Membership}. */
export const MembershipSchema = Membership.schema;

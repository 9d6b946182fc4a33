import * as z from 'zod';
import { NonEmptyStringSchema, NonNegativeNumberSchema, OptionalIdSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import { IdSchema } from '../primitives/id';
import { IsoDateTimeSchema } from '../primitives/isoDate';
import { labelledEnum } from '../primitives/labels';
import { MediationStyle } from './mediationStyle';

/**
 * Whether a mediation settled the knelpunt.
 *
 * @example
 * MediationOutcomeStatus.label('not_settled', 'nl'); // 'Niet opgelost'
 * @see handreiking bijlage 1, onderdeel 4 ("Bemiddeling leidt echter niet altijd tot een oplossing")
 */
export const MediationOutcomeStatus = labelledEnum({
  settled: { nl: 'Opgelost', en: 'Settled' },
  not_settled: { nl: 'Niet opgelost', en: 'Not settled' },
});
/** One of the {@link MediationOutcomeStatus} values. */
export type MediationOutcomeStatus = (typeof MediationOutcomeStatus)['values'][number];

/**
 * What one party concedes and gains in the outcome, in words a bestuurder can read.
 *
 * @example
 * const p: OutcomeParty = { partyId: 'gemeente-beekdal', concedes: ['Geen woningen in het beekdal'], gains: ['250 extra woningen elders (voorwaardelijk)'] };
 */
export const OutcomePartySchema = strictObject({
  partyId: IdSchema,
  concedes: z.array(NonEmptyStringSchema),
  gains: z.array(NonEmptyStringSchema),
});
/** What one party concedes and gains. */
export type OutcomeParty = z.infer<typeof OutcomePartySchema>;

/**
 * One agreed element of a settled package: the issue, the option chosen (when the package came
 * from a package-deal search) and the agreement in words.
 *
 * @example
 * const e: AgreedElement = { issueId: 'beekdal-woningbouw', optionId: 'geen', agreement: 'Het beekdal blijft onbebouwd' };
 */
export const AgreedElementSchema = strictObject({
  issueId: IdSchema,
  optionId: OptionalIdSchema,
  agreement: NonEmptyStringSchema,
});
/** One agreed element of a settled package. */
export type AgreedElement = z.infer<typeof AgreedElementSchema>;

const outcomeBase = {
  ...documentHeader('mediationOutcome'),
  disputeId: IdSchema,
  knelpuntId: OptionalIdSchema,
  mediationId: OptionalIdSchema,
  recordedAt: IsoDateTimeSchema,
  style: MediationStyle.schema,
  sessionHours: NonNegativeNumberSchema,
  parties: z.array(OutcomePartySchema).min(2),
};

/**
 * The outcome of a mediation, as the knelpunt escalation of the process consumes it: settled (with
 * the agreed package and a summary) or not settled (with the reason, so the next step of the
 * escalation model can follow), the style, the hours of talks, and per party what it concedes and
 * gains.
 *
 * @example
 * if (outcome.status === 'not_settled') escalate(outcome.knelpuntId, outcome.reason);
 * @see handreiking bijlage 1, onderdeel 4; §2.3 (escalatiemodel)
 */
export const MediationOutcomeSchema = z.discriminatedUnion('status', [
  strictObject({
    ...outcomeBase,
    status: z.literal('settled'),
    package: z.array(AgreedElementSchema).min(1),
    summary: NonEmptyStringSchema,
  }),
  strictObject({
    ...outcomeBase,
    status: z.literal('not_settled'),
    reason: NonEmptyStringSchema,
  }),
]);
/** The outcome of a mediation. */
export type MediationOutcome = z.infer<typeof MediationOutcomeSchema>;

import type * as z from 'zod';
import { IdListSchema, OptionalIdSchema, OptionalIsoDateSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { ActorSchema } from '../parties/actor';
import { IdSchema } from '../primitives/id';
import { IsoDateTimeSchema } from '../primitives/isoDate';
import { LabelSchema } from '../primitives/labels';
import { EscalationResult } from './escalationResult';
import { EscalationRoute } from './escalationRoute';

/**
 * The outcome of one escalation level: the result, when, a summary, and links to the decision,
 * the mediation's negotiation outcome or the wisselgeld agreement it produced.
 *
 * @example
 * const o: EscalationOutcome = { result: 'package_deal', at: '2027-03-20T16:00:00+01:00', summary: { nl: 'Pakketdeal', en: 'Package deal' } };
 * @see handreiking bijlage 1, onderdeel 4
 */
export const EscalationOutcomeSchema = strictObject({
  result: EscalationResult.schema,
  at: IsoDateTimeSchema,
  summary: LabelSchema,
  decisionId: OptionalIdSchema,
  negotiationOutcomeId: OptionalIdSchema,
  agreementIds: IdListSchema.optional(),
});
/** The outcome of one escalation level. */
export type EscalationOutcome = z.infer<typeof EscalationOutcomeSchema>;

/**
 * One level in a knelpunt's escalation history: which level of the startnotitie's escalation model
 * (by id), the route taken, when it started and by when it must end, who handles it in which role
 * (the ijkmoment chair, the mediator, the intervening province, the minister), a redirection when the
 * default actor was itself a party to the knelpunt, links to the ijkmoment record or mediation
 * dispute, and the outcome once the level ends.
 *
 * @example
 * const step: EscalationStep = {
 *   levelId: 'niveau-2',
 *   route: 'facilitator',
 *   startedAt: '2027-01-15T10:00:00+01:00',
 *   dueBy: '2027-03-31',
 *   handledBy: { partyId: 'bureau-bemiddeling', personId: 'mediator-de-wit', role: 'mediator' },
 * };
 * @see handreiking §2.3 ("ingrijpen door de provincie", "beslist het rijk voor ons"; bijlage 1); bijlage 1, onderdeel 4
 */
export const EscalationStepSchema = strictObject({
  levelId: OptionalIdSchema,
  route: EscalationRoute.schema,
  startedAt: IsoDateTimeSchema,
  dueBy: OptionalIsoDateSchema,
  handledBy: ActorSchema,
  redirectedFrom: strictObject({
    partyId: IdSchema,
    reason: LabelSchema,
  }).optional(),
  ijkmomentRecordId: OptionalIdSchema,
  disputeId: OptionalIdSchema,
  outcome: EscalationOutcomeSchema.optional(),
});
/** One level in a knelpunt's escalation history. */
export type EscalationStep = z.infer<typeof EscalationStepSchema>;

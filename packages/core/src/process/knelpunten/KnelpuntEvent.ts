import * as z from 'zod';
import { OptionalIdSchema } from '../../internal/leafSchemas';
import { strictObject } from '../../internal/strictObject';
import { MediationStyle } from '../../mediation/mediationStyle';
import { IdSchema } from '../../primitives/id';
import { LabelSchema } from '../../primitives/labels';
import { ProcessEventMetaSchema } from '../processEvent';
import { PackageDealRescoreInputSchema } from './PackageDealQuality';

/** Fields every knelpunt event carries, as every process event: timestamp, actor, role, motivation. */
const meta = ProcessEventMetaSchema.shape;

/**
 * Put the knelpunt on the agenda of the next ijkmoment (option 1; NOVEX spelregels).
 *
 * @example
 * { type: 'knelpunt.putOnAgenda', ijkmomentId: 'novex-najaar-2027', timestamp: '2027-09-01T10:00:00+02:00', actor: 'provincie-zuidmark', role: 'regisseur' }
 * @see handreiking bijlage 1, onderdeel 4 (optie 1)
 */
export const KnelpuntPutOnAgendaEventSchema = strictObject({
  type: z.literal('knelpunt.putOnAgenda'),
  ijkmomentId: IdSchema,
  ...meta,
});
/** A `knelpunt.putOnAgenda` event (see {@link KnelpuntPutOnAgendaEventSchema}). */
export interface KnelpuntPutOnAgendaEvent extends z.output<typeof KnelpuntPutOnAgendaEventSchema> {}

/**
 * Bring in an independent process facilitator or mediator with a chosen style (option 2). The
 * mediator must not be a party to the knelpunt.
 *
 * @example
 * { type: 'knelpunt.startMediation', mediator: 'bureau-tussenweg', style: 'facilitative', timestamp: '…', actor: 'provincie-zuidmark', role: 'regisseur' }
 * @see handreiking bijlage 1, onderdeel 4 (optie 2 en stijlen van bemiddeling)
 */
export const KnelpuntStartMediationEventSchema = strictObject({
  type: z.literal('knelpunt.startMediation'),
  mediator: IdSchema,
  style: MediationStyle.schema,
  ...meta,
});
/** A `knelpunt.startMediation` event (see {@link KnelpuntStartMediationEventSchema}). */
export interface KnelpuntStartMediationEvent extends z.output<typeof KnelpuntStartMediationEventSchema> {}

/**
 * Escalate to the next intervention step on top of the two options (the province intervenes, the
 * rijk decides). Leaving a level records its outcome as `no_agreement`. The step is redirected when
 * its intervener is a party to the knelpunt.
 *
 * @example
 * { type: 'knelpunt.escalate', timestamp: '…', actor: 'gemeente-hoeverveen', role: 'partij', motivation: 'Geen akkoord op het ijkmoment' }
 * @see handreiking §2.3 ("In gesprek over escalatie")
 */
export const KnelpuntEscalateEventSchema = strictObject({
  type: z.literal('knelpunt.escalate'),
  ...meta,
});
/** A `knelpunt.escalate` event (see {@link KnelpuntEscalateEventSchema}). */
export interface KnelpuntEscalateEvent extends z.output<typeof KnelpuntEscalateEventSchema> {}

/**
 * Record the outcome of the current level. `agreement` and `packageDeal` settle the knelpunt; a
 * package deal carries what is needed to re-score it with the afwegingskader. `decision` is only
 * for an intervening party (province or rijk), who must be the actor. `no_agreement` is recorded and
 * the knelpunt stays where it is until the next step is chosen.
 *
 * @example
 * { type: 'knelpunt.recordOutcome', result: 'agreement', summary: { nl: 'Akkoord over de locatie', en: 'Agreement on the location' }, timestamp: '…', actor: 'gemeente-beekdal', role: 'partij' }
 * @see handreiking bijlage 1, onderdeel 4
 */
export const KnelpuntRecordOutcomeEventSchema = strictObject({
  type: z.literal('knelpunt.recordOutcome'),
  result: z.enum(['agreement', 'package_deal', 'decision', 'no_agreement']),
  summary: LabelSchema,
  decisionId: OptionalIdSchema,
  mediationId: OptionalIdSchema,
  packageDeal: PackageDealRescoreInputSchema.optional(),
  ...meta,
});
/** A `knelpunt.recordOutcome` event (see {@link KnelpuntRecordOutcomeEventSchema}). */
export interface KnelpuntRecordOutcomeEvent extends z.output<typeof KnelpuntRecordOutcomeEventSchema> {}

/**
 * Withdraw the knelpunt (it has become moot). Only a party to the knelpunt or whoever raised it.
 *
 * @example
 * { type: 'knelpunt.withdraw', timestamp: '…', actor: 'gemeente-beekdal', role: 'partij', motivation: 'Locatie vervallen' }
 * @see handreiking bijlage 1, onderdeel 4
 */
export const KnelpuntWithdrawEventSchema = strictObject({
  type: z.literal('knelpunt.withdraw'),
  ...meta,
});
/** A `knelpunt.withdraw` event (see {@link KnelpuntWithdrawEventSchema}). */
export interface KnelpuntWithdrawEvent extends z.output<typeof KnelpuntWithdrawEventSchema> {}

/**
 * Every event a knelpunt accepts, as a discriminated union on `type`.
 *
 * @example
 * validate(KnelpuntEventSchema, json);
 * @see handreiking §2.3; bijlage 1, onderdeel 4
 */
export const KnelpuntEventSchema = z.discriminatedUnion('type', [
  KnelpuntPutOnAgendaEventSchema,
  KnelpuntStartMediationEventSchema,
  KnelpuntEscalateEventSchema,
  KnelpuntRecordOutcomeEventSchema,
  KnelpuntWithdrawEventSchema,
]);
/** An event a knelpunt accepts. */
export type KnelpuntEvent =
  | KnelpuntPutOnAgendaEvent
  | KnelpuntStartMediationEvent
  | KnelpuntEscalateEvent
  | KnelpuntRecordOutcomeEvent
  | KnelpuntWithdrawEvent;
/** The `type` of a knelpunt event. */
export type KnelpuntEventType = KnelpuntEvent['type'];

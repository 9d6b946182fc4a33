import * as z from 'zod';
import { strictObject } from '../../internal/strictObject';
import { IdSchema } from '../../primitives/id';
import { ProcessEventMetaSchema } from '../processEvent';
import { KnelpuntSchema } from './Knelpunt';
import { KnelpuntEscalationModelSchema } from './KnelpuntEscalationModel';
import {
  KnelpuntEscalateEventSchema,
  type KnelpuntEvent,
  KnelpuntPutOnAgendaEventSchema,
  KnelpuntRecordOutcomeEventSchema,
  KnelpuntStartMediationEventSchema,
  KnelpuntWithdrawEventSchema,
} from './KnelpuntEvent';

const meta = ProcessEventMetaSchema.shape;
const withId = { knelpuntId: IdSchema };

/**
 * Sets the escalation model (from the startnotitie) that knelpunten raised from now on follow.
 *
 * @example
 * { type: 'escalation.configure', model: knelpuntModelFromStartnotitie(startnotitie.escalation), timestamp: '…', actor: 'provincie-zuidmark', role: 'regisseur' }
 * @see handreiking §2.3
 */
export const EscalationConfigureEventSchema = strictObject({
  type: z.literal('escalation.configure'),
  model: KnelpuntEscalationModelSchema,
  ...meta,
});
/** An `escalation.configure` event (see {@link EscalationConfigureEventSchema}). */
export interface EscalationConfigureEvent extends z.output<typeof EscalationConfigureEventSchema> {}
/**
 * Raises a knelpunt: any party, in any step. It follows the configured escalation model.
 *
 * @example
 * { type: 'knelpunt.raise', knelpunt: { id: 'knelpunt-beekdal-water', … }, timestamp: '…', actor: 'waterschap-aa-en-lindt', role: 'partij' }
 * @see handreiking bijlage 1, onderdeel 4
 */
export const KnelpuntRaiseEventSchema = strictObject({
  type: z.literal('knelpunt.raise'),
  knelpunt: KnelpuntSchema,
  ...meta,
});
/** A `knelpunt.raise` event (see {@link KnelpuntRaiseEventSchema}). */
export interface KnelpuntRaiseEvent extends z.output<typeof KnelpuntRaiseEventSchema> {}
/**
 * A knelpunt event as the area process accepts it: the event with the `knelpuntId` it is about.
 *
 * @example
 * const e: ForKnelpunt<KnelpuntEscalateEvent> = { type: 'knelpunt.escalate', knelpuntId: 'k', timestamp: '…', actor: 'x', role: 'partij' };
 * @see handreiking §2.3
 */
export type ForKnelpunt<E extends KnelpuntEvent> = E & { knelpuntId: string };

/**
 * The knelpunt events as the area process accepts them: configuring the escalation model, raising
 * a knelpunt, and each knelpunt event with the `knelpuntId` it is about.
 *
 * @example
 * { type: 'knelpunt.escalate', knelpuntId: 'knelpunt-wind-hoeverveen', timestamp: '…', actor: 'gemeente-hoeverveen', role: 'partij' }
 * @see handreiking §2.3; bijlage 1, onderdeel 4
 */
export const KnelpuntProcessEventSchema = z.discriminatedUnion('type', [
  EscalationConfigureEventSchema,
  KnelpuntRaiseEventSchema,
  KnelpuntPutOnAgendaEventSchema.extend(withId),
  KnelpuntStartMediationEventSchema.extend(withId),
  KnelpuntEscalateEventSchema.extend(withId),
  KnelpuntRecordOutcomeEventSchema.extend(withId),
  KnelpuntWithdrawEventSchema.extend(withId),
]);
/** A knelpunt event as the area process accepts it. */
export type KnelpuntProcessEvent = EscalationConfigureEvent | KnelpuntRaiseEvent | ForKnelpunt<KnelpuntEvent>;

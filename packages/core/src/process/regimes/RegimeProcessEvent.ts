import * as z from 'zod';
import { NonEmptyIdListSchema } from '../../internal/leafSchemas';
import { strictObject } from '../../internal/strictObject';
import { IdSchema } from '../../primitives/id';
import { LabelSchema } from '../../primitives/labels';
import { ProcessEventMetaSchema } from '../processEvent';
import {
  type DelegationRegimeEvent,
  RegimeApproveEventSchema,
  RegimeDeclareNoAgreementEventSchema,
  RegimeInterveneEventSchema,
  RegimeMunicipalPlanEventSchema,
  RegimeRedraftEventSchema,
  RegimeRejectEventSchema,
  RegimeSubmitVisionEventSchema,
  RegimeSubstituteEventSchema,
} from './DelegationRegimeEvent';

const meta = ProcessEventMetaSchema.shape;
const withId = { regimeId: IdSchema };

/**
 * Starts a delegation-and-oversight regime for a region, with the province that oversees it.
 *
 * @example
 * { type: 'regime.start', regime: { id: 'woonregio-lindt', region: 'regio-lindt', province: 'provincie-zuidmark', municipalities: [...], subject: { nl: 'Woonvisie', en: 'Housing vision' } }, … }
 * @see handreiking bijlage 2, voorbeeld 5
 */
export const RegimeStartEventSchema = strictObject({
  type: z.literal('regime.start'),
  regime: strictObject({
    id: IdSchema,
    region: IdSchema,
    province: IdSchema,
    municipalities: NonEmptyIdListSchema,
    subject: LabelSchema,
  }),
  ...meta,
});
/** A `regime.start` event (see {@link RegimeStartEventSchema}). */
export interface RegimeStartEvent extends z.output<typeof RegimeStartEventSchema> {}
/**
 * A regime event as the area process accepts it: the event with the `regimeId` it is about.
 *
 * @example
 * const e: ForRegime<RegimeRedraftEvent> = { type: 'regime.redraft', regimeId: 'woonregio-lindt', timestamp: '…', actor: 'regio-lindt', role: 'trekker' };
 * @see handreiking bijlage 2, voorbeeld 5
 */
export type ForRegime<E extends DelegationRegimeEvent> = E & { regimeId: string };

/**
 * The regime events as the area process accepts them: starting a regime, and each regime event
 * with the `regimeId` it is about.
 *
 * @example
 * { type: 'regime.approve', regimeId: 'woonregio-lindt', supraRegionalInterest: { nl: '…', en: '…' }, timestamp: '…', actor: 'provincie-zuidmark', role: 'bevoegd_gezag' }
 * @see handreiking bijlage 2, voorbeeld 5
 */
export const RegimeProcessEventSchema = z.discriminatedUnion('type', [
  RegimeStartEventSchema,
  RegimeSubmitVisionEventSchema.extend(withId),
  RegimeDeclareNoAgreementEventSchema.extend(withId),
  RegimeSubstituteEventSchema.extend(withId),
  RegimeApproveEventSchema.extend(withId),
  RegimeRejectEventSchema.extend(withId),
  RegimeRedraftEventSchema.extend(withId),
  RegimeMunicipalPlanEventSchema.extend(withId),
  RegimeInterveneEventSchema.extend(withId),
]);
/** A regime event as the area process accepts it. */
export type RegimeProcessEvent = RegimeStartEvent | ForRegime<DelegationRegimeEvent>;

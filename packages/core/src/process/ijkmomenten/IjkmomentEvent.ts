import * as z from 'zod';
import { strictObject } from '../../internal/strictObject';
import { IjkmomentRecordSchema } from '../../records/ijkmomentRecord';
import { IjkmomentScheduleSchema } from '../../startnotitie/ijkmomentSchedule';
import { ProcessEventMetaSchema } from '../processEvent';

const meta = ProcessEventMetaSchema.shape;

/**
 * Sets (or replaces, after a change) the ijkmoment schedule of the area process, as the
 * startnotitie agrees it: NOVEX programme moments, regional moments, external deadlines.
 *
 * @example
 * { type: 'ijkmoment.schedule', schedule: startnotitie.ijkmomenten, timestamp: '…', actor: 'provincie-zuidmark', role: 'regisseur' }
 * @see handreiking bijlage 1, onderdeel 4; bijlage 2, voorbeeld 6
 */
export const IjkmomentScheduleEventSchema = strictObject({
  type: z.literal('ijkmoment.schedule'),
  schedule: IjkmomentScheduleSchema,
  ...meta,
});
/** A `ijkmoment.schedule` event (see {@link IjkmomentScheduleEventSchema}). */
export interface IjkmomentScheduleEvent extends z.output<typeof IjkmomentScheduleEventSchema> {}

/**
 * Records a held ijkmoment (core's `ijkmomentRecord`): progress, GOKIT-R status, the agenda of
 * knelpunten and the outcomes (continue, adjust, recalibrate, escalate).
 *
 * @example
 * { type: 'ijkmoment.hold', record: ontwikkeldagJanuari2027, timestamp: '…', actor: 'provincie-zuidmark', role: 'voorzitter' }
 * @see handreiking bijlage 1, onderdeel 4
 */
export const IjkmomentHoldEventSchema = strictObject({
  type: z.literal('ijkmoment.hold'),
  record: IjkmomentRecordSchema,
  ...meta,
});
/** A `ijkmoment.hold` event (see {@link IjkmomentHoldEventSchema}). */
export interface IjkmomentHoldEvent extends z.output<typeof IjkmomentHoldEventSchema> {}

/**
 * The events of the ijkmomenten region.
 *
 * @example
 * validate(IjkmomentEventSchema, json);
 * @see handreiking bijlage 1, onderdeel 4
 */
export const IjkmomentEventSchema = z.discriminatedUnion('type', [
  IjkmomentScheduleEventSchema,
  IjkmomentHoldEventSchema,
]);
/** An event of the ijkmomenten region. */
export type IjkmomentEvent = IjkmomentScheduleEvent | IjkmomentHoldEvent;

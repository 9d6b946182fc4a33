import { IjkmomentRecordSchema, IjkmomentScheduleSchema, ProcessEventMetaSchema } from '@gebiedsgericht/core';
import * as z from 'zod';

const meta = ProcessEventMetaSchema.shape;

/**
 * Sets (or replaces, after a change) the ijkmoment schedule of the area process, as the
 * startnotitie agrees it: NOVEX programme moments, regional moments, external deadlines.
 *
 * @example
 * { type: 'ijkmoment.schedule', schedule: startnotitie.ijkmomenten, timestamp: '…', actor: 'provincie-zuidmark', role: 'regisseur' }
 * @see handreiking bijlage 1, onderdeel 4; bijlage 2, voorbeeld 6
 */
export const IjkmomentScheduleEventSchema = z.strictObject({
  type: z.literal('ijkmoment.schedule'),
  schedule: IjkmomentScheduleSchema,
  ...meta,
});

/**
 * Records a held ijkmoment (core's `ijkmomentRecord`): progress, GOKIT-R status, the agenda of
 * knelpunten and the outcomes (continue, adjust, recalibrate, escalate).
 *
 * @example
 * { type: 'ijkmoment.hold', record: ontwikkeldagJanuari2027, timestamp: '…', actor: 'provincie-zuidmark', role: 'voorzitter' }
 * @see handreiking bijlage 1, onderdeel 4
 */
export const IjkmomentHoldEventSchema = z.strictObject({
  type: z.literal('ijkmoment.hold'),
  record: IjkmomentRecordSchema,
  ...meta,
});

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
export type IjkmomentEvent = z.infer<typeof IjkmomentEventSchema>;

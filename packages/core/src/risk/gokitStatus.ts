import type * as z from 'zod';
import { strictObject } from '../internal/strictObject';
import { IsoDateSchema } from '../primitives/isoDate';
import { ControlScopeSchema } from './controlScope';
import { ControlStatus } from './controlStatus';

/**
 * The compact GOKIT-R status of a step, project or programme at a measure point, as an ijkmoment
 * or a dashboard records it: the status per control aspect that was measured, the status of the
 * risks (from the score bands of the register) and the overall status (the worst of them).
 *
 * @example
 * GokitStatusSchema.parse({ scope: { level: 'programme', programmeId: 'lindewaard' }, measuredOn: '2026-04-01', aspects: { money: 'at_risk', time: 'on_track' }, risks: 'at_risk', overall: 'at_risk' });
 * @see handreiking bijlage 1, onderdeel 1 (GOKIT-R)
 */
export const GokitStatusSchema = strictObject({
  scope: ControlScopeSchema,
  measuredOn: IsoDateSchema,
  aspects: strictObject({
    money: ControlStatus.schema.optional(),
    organisation: ControlStatus.schema.optional(),
    quality: ControlStatus.schema.optional(),
    information: ControlStatus.schema.optional(),
    time: ControlStatus.schema.optional(),
  }),
  risks: ControlStatus.schema.optional(),
  overall: ControlStatus.schema,
});
/** The compact GOKIT-R status (see {@link GokitStatusSchema}). */
export type GokitStatus = z.infer<typeof GokitStatusSchema>;

import * as z from 'zod';
import { strictObject } from '../internal/strictObject';
import { SmartCriterionSchema } from './smartCriterion';

/**
 * Kwaliteit of a step, phase or project: its SMART quality criteria with target, actual and
 * forecast values. The worst criterion sets the status of the aspect.
 *
 * @example
 * QualityControlSchema.parse({ criteria: [] });
 * @see handreiking bijlage 1, onderdeel 1; bijlage 1, onderdeel 2 (GOKIT: Kwaliteit; SMART)
 */
export const QualityControlSchema = strictObject({
  criteria: z.array(SmartCriterionSchema),
});
/** Kwaliteit of a step, phase or project (see {@link QualityControlSchema}). */
export type QualityControl = z.infer<typeof QualityControlSchema>;

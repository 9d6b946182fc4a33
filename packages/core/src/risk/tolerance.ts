import * as z from 'zod';
import { NonNegativeNumberSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';

/**
 * How far the forecast of a control aspect may deviate from its norm before it is an exception
 * that goes up a level (management by exception, from PRINCE2: outside the handreiking). `over`
 * and `under` are in the unit of the aspect (cents, days, hours, the criterion's unit) when
 * `mode` is `absolute`, or fractions of the norm when `mode` is `relative` (0.1 = 10%).
 *
 * @example
 * ToleranceSchema.parse({ mode: 'relative', over: 0.1, under: 0.25 }); // 10% over, 25% under budget
 * @see handreiking bijlage 1, onderdeel 1 (tijdige bijsturing)
 */
export const ToleranceSchema = strictObject({
  mode: z.enum(['absolute', 'relative']),
  over: NonNegativeNumberSchema,
  under: NonNegativeNumberSchema,
});
/** Allowed deviation from a norm (see {@link ToleranceSchema}). */
export type Tolerance = z.infer<typeof ToleranceSchema>;

import * as z from 'zod';
import { OptionalIdSchema } from '../../internal/leafSchemas';
import { strictObject } from '../../internal/strictObject';
import { IsoDateSchema } from '../../primitives/isoDate';

/**
 * When the next periodic evaluation is due: counted from the last evaluation (or from the start of
 * the monitoring loop) with the agreed cadence; `overdue` when that date is before today.
 *
 * @example
 * const due: EvaluationDue = { dueOn: '2031-11-15', overdue: false, basis: 'last_evaluation', lastEvaluationId: 'evaluatie-2029' };
 * @see handreiking §2.2 ("periodieke evaluatie")
 */
export const EvaluationDueSchema = strictObject({
  dueOn: IsoDateSchema,
  overdue: z.boolean(),
  basis: z.enum(['last_evaluation', 'monitoring_start']),
  lastEvaluationId: OptionalIdSchema,
});
/** When the next periodic evaluation is due. */
export interface EvaluationDue extends z.output<typeof EvaluationDueSchema> {}

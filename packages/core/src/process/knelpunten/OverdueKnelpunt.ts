import type * as z from 'zod';
import { NonNegativeIntSchema } from '../../internal/leafSchemas';
import { strictObject } from '../../internal/strictObject';
import { IdSchema } from '../../primitives/id';
import { IsoDateTimeSchema } from '../../primitives/isoDate';
import { KnelpuntLevel } from './KnelpuntLevel';

/**
 * A knelpunt whose current level has run past its time limit: which knelpunt, at which level, when
 * it entered, when the limit ran out and by how many whole days.
 *
 * @example
 * const o: OverdueKnelpunt = { knelpuntId: 'knelpunt-wind-hoeverveen', level: 'province_intervention', enteredAt: '…', dueAt: '…', daysOverdue: 12 };
 * @see handreiking §2.3
 */
export const OverdueKnelpuntSchema = strictObject({
  knelpuntId: IdSchema,
  level: KnelpuntLevel.schema,
  enteredAt: IsoDateTimeSchema,
  dueAt: IsoDateTimeSchema,
  daysOverdue: NonNegativeIntSchema,
});
/** A knelpunt past the time limit of its current level. */
export interface OverdueKnelpunt extends z.output<typeof OverdueKnelpuntSchema> {}

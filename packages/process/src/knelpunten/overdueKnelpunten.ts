import {
  IdSchema,
  IsoDateTimeSchema,
  instantOf,
  KnelpuntLevel,
  type KnelpuntState,
  KnelpuntStateSchema,
  validate,
} from '@gebiedsgericht/core';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import * as z from 'zod';

/**
 * A knelpunt whose current level has run past its time limit: which knelpunt, at which level, when
 * it entered, when the limit ran out and by how many whole days.
 *
 * @example
 * const o: OverdueKnelpunt = { knelpuntId: 'knelpunt-wind-hoeverveen', level: 'province_intervention', enteredAt: '…', dueAt: '…', daysOverdue: 12 };
 * @see handreiking §2.3
 */
export const OverdueKnelpuntSchema = z.strictObject({
  knelpuntId: IdSchema,
  level: KnelpuntLevel.schema,
  enteredAt: IsoDateTimeSchema,
  dueAt: IsoDateTimeSchema,
  daysOverdue: z.number().int().nonnegative(),
});
/** A knelpunt past the time limit of its current level. */
export type OverdueKnelpunt = z.infer<typeof OverdueKnelpuntSchema>;

/**
 * The open knelpunten whose current level is past its time limit at `now` (strictly after
 * `dueAt`), most overdue first. A pure query: the machine never runs a timer, so the same snapshot
 * and `now` always give the same answer.
 *
 * @example
 * overdueKnelpunten(Object.values(states), '2027-06-01T09:00:00+02:00').map((o) => o.knelpuntId);
 * @see handreiking §2.3 (escalatiemodel); bijlage 1, onderdeel 4
 */
export function overdueKnelpunten(states: readonly KnelpuntState[], now: string): OverdueKnelpunt[] {
  const list = validate(z.array(KnelpuntStateSchema), states, { path: ['states'] });
  const at = validate(IsoDateTimeSchema, now, { path: ['now'] });
  const out: OverdueKnelpunt[] = [];
  for (const state of list) {
    const stay = state.stays[state.stays.length - 1];
    if (stay?.dueAt === undefined || stay.level !== state.level) continue;
    if (instantOf(at) <= instantOf(stay.dueAt)) continue;
    out.push({
      knelpuntId: state.knelpunt.id,
      level: state.level,
      enteredAt: stay.enteredAt,
      dueAt: stay.dueAt,
      daysOverdue: Math.max(0, differenceInCalendarDays(new Date(instantOf(at)), new Date(instantOf(stay.dueAt)))),
    });
  }
  return out.sort((a, b) => instantOf(a.dueAt) - instantOf(b.dueAt) || (a.knelpuntId < b.knelpuntId ? -1 : 1));
}

import {
  dateInZone,
  dateTimeInZone,
  daysBetween,
  instantOf,
  type KnelpuntState,
  KnelpuntStateSchema,
  type OverdueKnelpunt,
  validate,
} from '@gebiedsgericht/core';
import * as z from 'zod';
import { readNow } from '../internal/readNow';

/**
 * The open knelpunten whose current level is past its time limit at `now` (strictly after
 * `dueAt`), most overdue first. `enteredAt` and `dueAt` come back in Europe/Amsterdam, the
 * process's time zone (ISO 8601 with `+01:00` in winter and `+02:00` in summer), and `daysOverdue`
 * counts calendar days there. A pure query: the machine never runs a timer, so the same snapshot
 * and `now` always give the same answer. A `now` before the last event of any of the knelpunten
 * (less five minutes' tolerance for clocks) is refused with `now_before_last_event` (path `now`).
 *
 * @example
 * overdueKnelpunten(Object.values(states), '2027-06-01T09:00:00+02:00').map((o) => o.knelpuntId);
 * @see handreiking §2.3 (escalatiemodel); bijlage 1, onderdeel 4
 */
export function overdueKnelpunten(states: readonly KnelpuntState[], now: string): OverdueKnelpunt[] {
  const list = validate(z.array(KnelpuntStateSchema), states, { path: ['states'] });
  let last: string | undefined;
  for (const state of list)
    if (last === undefined || instantOf(state.lastEventAt) > instantOf(last)) last = state.lastEventAt;
  const at = readNow(now, last);
  const out: OverdueKnelpunt[] = [];
  for (const state of list) {
    const stay = state.stays[state.stays.length - 1];
    if (stay?.dueAt === undefined || stay.level !== state.level) continue;
    if (instantOf(at) <= instantOf(stay.dueAt)) continue;
    out.push({
      knelpuntId: state.knelpunt.id,
      level: state.level,
      enteredAt: dateTimeInZone(stay.enteredAt),
      dueAt: dateTimeInZone(stay.dueAt),
      daysOverdue: Math.max(0, daysBetween(dateInZone(stay.dueAt), dateInZone(at))),
    });
  }
  return out.sort((a, b) => instantOf(a.dueAt) - instantOf(b.dueAt) || (a.knelpuntId < b.knelpuntId ? -1 : 1));
}

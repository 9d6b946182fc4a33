import type { ErrorIssue, IjkmomentenSlice } from '@gebiedsgericht/core';
import { type IjkmomentEvent, IjkmomentEventSchema } from '@gebiedsgericht/core';
import { appended } from '../internal/appended';
import { rejectionOfIjkmomentRecord } from './rejectionOfIjkmomentRecord';

/**
 * The `type` values of {@link IjkmomentEvent}.
 *
 * @example
 * IJKMOMENT_EVENT_TYPES; // ['ijkmoment.schedule', 'ijkmoment.hold']
 * @see handreiking bijlage 1, onderdeel 4
 */
export const IJKMOMENT_EVENT_TYPES: readonly IjkmomentEvent['type'][] = Object.freeze(
  IjkmomentEventSchema.options.map((o) => o.shape.type.value),
);

/**
 * Checks an ijkmoment event against the process: setting the schedule is always allowed; a held
 * ijkmoment is checked with {@link rejectionOfIjkmomentRecord}.
 *
 * @example
 * rejectionOfIjkmomentProcessEvent(context.ijkmomenten, event, { processId, knelpuntIds });
 * @see handreiking bijlage 1, onderdeel 4
 */
export function rejectionOfIjkmomentProcessEvent(
  slice: IjkmomentenSlice,
  event: IjkmomentEvent,
  process: { readonly processId: string; readonly knelpuntIds: readonly string[] },
): ErrorIssue | null {
  if (event.type === 'ijkmoment.schedule') return null;
  return rejectionOfIjkmomentRecord(event.record, { ...process, heldIds: slice.held.map((r) => r.id) });
}

/**
 * Applies an accepted ijkmoment event.
 *
 * @example
 * const next = reduceIjkmomentProcessEvent(context.ijkmomenten, event);
 * @see handreiking bijlage 1, onderdeel 4
 */
export function reduceIjkmomentProcessEvent(slice: IjkmomentenSlice, event: IjkmomentEvent): IjkmomentenSlice {
  if (event.type === 'ijkmoment.schedule') return { ...slice, schedule: event.schedule };
  return { ...slice, held: appended(slice.held, event.record) };
}

import type { IjkmomentenSlice } from '@gebiedsgericht/core';
// The public, validating face of the ijkmoment building blocks. The machine and the rest of the
// package call the unvalidated originals in ../ijkmomenten; only the package's index exports these.
import { type ErrorIssue, IdSchema, type IjkmomentRecord, type IssuePath, validate } from '@gebiedsgericht/core';
import * as z from 'zod';
import {
  checkIjkmomentRecord as checkIjkmomentRecordUnchecked,
  type IjkmomentContext,
} from '../ijkmomenten/checkIjkmomentRecord';
import { type IjkmomentEvent, IjkmomentEventSchema } from '../ijkmomenten/IjkmomentEvent';
import {
  checkIjkmomentProcessEvent as checkIjkmomentProcessEventUnchecked,
  reduceIjkmomentProcessEvent as reduceIjkmomentProcessEventUnchecked,
} from '../ijkmomenten/IjkmomentenSlice';
import { AnObject, Objects } from './shapes';

const IjkmomentenSliceShape = z.looseObject({ schedule: AnObject.optional(), held: Objects });
const ProcessShape = z.looseObject({ processId: IdSchema, knelpuntIds: z.array(z.string()) });
const IjkmomentContextShape = ProcessShape.extend({ heldIds: z.array(z.string()) });

/** Validates an ijkmomenten slice under `path`: `{ schedule?, held }` with `held` an array of records. */
export function checkIjkmomentenSlice(slice: unknown, path: IssuePath): void {
  validate(IjkmomentenSliceShape, slice, { path });
}

/**
 * Checks an ijkmoment event against the process: setting the schedule is always allowed; a held
 * ijkmoment is checked with `checkIjkmomentRecord`. Throws `invalid_input` for a `slice` that is
 * not `{ schedule?, held: [] }` (path `slice`), an event that is not a valid ijkmoment event (path
 * `event`), and a `process` that is not `{ processId, knelpuntIds }` (path `process`).
 *
 * @example
 * checkIjkmomentProcessEvent(context.ijkmomenten, event, { processId, knelpuntIds });
 * @see Handreiking bijlage 1 onderdeel 4
 */
export function checkIjkmomentProcessEvent(
  slice: IjkmomentenSlice,
  event: IjkmomentEvent,
  process: { readonly processId: string; readonly knelpuntIds: readonly string[] },
): ErrorIssue | null {
  checkIjkmomentenSlice(slice, ['slice']);
  validate(IjkmomentEventSchema, event, { path: ['event'] });
  validate(ProcessShape, process, { path: ['process'] });
  return checkIjkmomentProcessEventUnchecked(slice, event, process);
}

/**
 * Applies an accepted ijkmoment event (the slice passed in is not changed). Throws
 * `invalid_input` for a `slice` that is not `{ schedule?, held: [] }` (path `slice`) and an event
 * that is not a valid ijkmoment event (path `event`).
 *
 * @example
 * const next = reduceIjkmomentProcessEvent(context.ijkmomenten, event);
 * @see Handreiking bijlage 1 onderdeel 4
 */
export function reduceIjkmomentProcessEvent(slice: IjkmomentenSlice, event: IjkmomentEvent): IjkmomentenSlice {
  checkIjkmomentenSlice(slice, ['slice']);
  validate(IjkmomentEventSchema, event, { path: ['event'] });
  return reduceIjkmomentProcessEventUnchecked(slice, event);
}

/**
 * Checks a held ijkmoment against the area process: the record is valid (core's schema), held,
 * concerns this process, is not recorded twice, names only knelpunten of this process on its
 * agenda, and gives every knelpunt on its agenda an outcome (continue, adjust, recalibrate or
 * escalate) — a knelpunt put on the agenda is never silently dropped. `null` when all is well; an
 * invalid record is an answer (the issue), not an exception. Throws `invalid_input` (path
 * `context`) for a `context` that is not `{ processId, knelpuntIds, heldIds }`.
 *
 * @example
 * checkIjkmomentRecord(record, { processId: 'gebiedsproces-lindewaard', knelpuntIds: ['knelpunt-beekdal-water'], heldIds: [] }); // null
 * @see Handreiking bijlage 1 onderdeel 4
 */
export function checkIjkmomentRecord(record: IjkmomentRecord, context: IjkmomentContext): ErrorIssue | null {
  validate(IjkmomentContextShape, context, { path: ['context'] });
  return checkIjkmomentRecordUnchecked(record, context);
}

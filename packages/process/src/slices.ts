// The slices of the area process (knelpunten, regimes, ijkmomenten, monitoring, tracks) as
// plug-ins: each brings its event schema, its rules (`check`), its reducer and its initial state.
// The machine and `parseGebiedsprocesEvent` read this one list. The slices' due checkers are keyed
// by the same names in `sliceDueCheckers.ts`, apart so that the queries do not pull the rules and
// reducers into a browser bundle; the compiler asks for both entries of a new slice. Internal: not
// exported from the package.
import {
  type ErrorIssue,
  type GebiedsprocesContext,
  type IjkmomentEvent,
  IjkmomentEventSchema,
  initialMonitoringState,
  type KnelpuntProcessEvent,
  KnelpuntProcessEventSchema,
  type MonitoringEvent,
  MonitoringEventSchema,
  type ProcessStatus,
  type RegimeProcessEvent,
  RegimeProcessEventSchema,
  type TrackEvent,
  TrackEventSchema,
} from '@gebiedsgericht/core';
import type * as z from 'zod';
import { reduceIjkmomentProcessEvent, rejectionOfIjkmomentProcessEvent } from './ijkmomenten/IjkmomentenSlice';
import { nextIjkmomenten } from './ijkmomenten/nextIjkmomenten';
import { visionGoalsOf } from './internal/goalTargets';
import { reduceKnelpuntProcessEvent, rejectionOfKnelpuntProcessEvent } from './knelpunten/KnelpuntenSlice';
import { rejectionOfUninvolvedProvince } from './knelpunten/uninvolvedProvince';
import { processMessages } from './messages';
import { reduceMonitoringEvent, rejectionOfMonitoringEvent } from './monitoring/applyMonitoringEvent';
import { reduceRegimeProcessEvent, rejectionOfRegimeProcessEvent } from './regimes/RegimesSlice';
import { reduceTrackEvent, rejectionOfTrackEvent } from './tracks/applyTrackEvent';

/** The part of the context the slices keep. */
export type SliceContext = Pick<
  GebiedsprocesContext,
  'knelpunten' | 'regimes' | 'ijkmomenten' | 'monitoring' | 'tracks'
>;

/** What a slice may read of the rest of the process when it checks an event. */
export interface SliceHost {
  readonly processId: string;
  readonly status: ProcessStatus;
  readonly position: string;
  /** The step records, where the vision's goals are read from (their targets can be adjusted by a herijking). */
  readonly steps?: GebiedsprocesContext['steps'] | undefined;
  /** The provinces the area lies in (`settings.provinceIds`, else the one `provinceId`). */
  readonly provinceIds?: readonly string[] | undefined;
}

/** The names of the slices, one per context field they keep. */
export type SliceName = 'knelpunten' | 'regimes' | 'ijkmomenten' | 'monitoring' | 'tracks';

/** One slice plugged into the area process. */
export interface Slice<E extends { readonly type: string }> {
  /** The context field the slice keeps. */
  readonly name: SliceName;
  /** The schema of the slice's events (a union discriminated by `type`). */
  readonly eventSchema: z.ZodType<E> & { readonly options: readonly { readonly shape: { type: { value: string } } }[] };
  /** Event types a suspended process still records (record keeping only). */
  readonly acceptedWhileSuspended: readonly E['type'][];
  /** The slice's part of the context of a new process. */
  initial(): Partial<SliceContext>;
  /** `null` when the event is accepted by the slice's own rules, otherwise the reason. */
  check(context: SliceContext, event: E, host: SliceHost): ErrorIssue | null;
  /** The slice's part of the context after an accepted event (`position`: the step the process is in). */
  reduce(context: SliceContext, event: E, position: string | undefined): Partial<SliceContext>;
}

/**
 * A knelpunt goes on the agenda of the next ijkmoment ("de eerstvolgende"): the next programme
 * moment or the next regional moment of the schedule on or after the event's date. An id the
 * schedule does not hold, or a moment already past, is refused (`knelpunt_ijkmoment_not_next`).
 */
function rejectionOfNextIjkmoment(context: SliceContext, event: KnelpuntProcessEvent): ErrorIssue | null {
  if (event.type !== 'knelpunt.putOnAgenda') return null;
  const schedule = context.ijkmomenten.schedule;
  const next = schedule === undefined ? {} : nextIjkmomenten(schedule, event.timestamp);
  const allowed = [next.programme_moment, next.regional_moment].flatMap((o) => (o ? [o.id] : []));
  if (allowed.includes(event.ijkmomentId)) return null;
  return processMessages.issue(
    'knelpunt_ijkmoment_not_next',
    { ijkmomentId: event.ijkmomentId, next: allowed.join(', ') || '—' },
    ['ijkmomentId'],
  );
}

/**
 * An escalation model that names an intervening province per part of the area names provinces the
 * area lies in (`knelpunt_province_not_involved`).
 */
function rejectionOfInvolvedProvinces(event: KnelpuntProcessEvent, host: SliceHost): ErrorIssue | null {
  if (event.type !== 'escalation.configure') return null;
  return rejectionOfUninvolvedProvince(event.model.interventions, host.provinceIds ?? [], ['model', 'interventions']);
}

const knelpunten: Slice<KnelpuntProcessEvent> = {
  name: 'knelpunten',
  eventSchema: KnelpuntProcessEventSchema,
  acceptedWhileSuspended: ['escalation.configure'],
  initial: () => ({ knelpunten: { items: {} } }),
  check: (context, event, host) =>
    rejectionOfKnelpuntProcessEvent(context.knelpunten, event) ??
    rejectionOfInvolvedProvinces(event, host) ??
    rejectionOfNextIjkmoment(context, event),
  reduce: (context, event, position) => ({
    knelpunten: reduceKnelpuntProcessEvent(context.knelpunten, event, position),
  }),
};

const regimes: Slice<RegimeProcessEvent> = {
  name: 'regimes',
  eventSchema: RegimeProcessEventSchema,
  acceptedWhileSuspended: [],
  initial: () => ({ regimes: {} }),
  check: (context, event) => rejectionOfRegimeProcessEvent(context.regimes, event),
  reduce: (context, event) => ({ regimes: reduceRegimeProcessEvent(context.regimes, event) }),
};

const ijkmomenten: Slice<IjkmomentEvent> = {
  name: 'ijkmomenten',
  eventSchema: IjkmomentEventSchema,
  acceptedWhileSuspended: ['ijkmoment.schedule'],
  initial: () => ({ ijkmomenten: { held: [] } }),
  check: (context, event, host) =>
    rejectionOfIjkmomentProcessEvent(context.ijkmomenten, event, {
      processId: host.processId,
      knelpuntIds: Object.keys(context.knelpunten.items),
    }),
  reduce: (context, event) => ({ ijkmomenten: reduceIjkmomentProcessEvent(context.ijkmomenten, event) }),
};

const monitoring: Slice<MonitoringEvent> = {
  name: 'monitoring',
  eventSchema: MonitoringEventSchema,
  acceptedWhileSuspended: [
    'indicator.measure',
    'lesson.record',
    'action.record',
    'action.complete',
    'pbl.publish',
    'monitoring.configure',
  ],
  initial: () => ({ monitoring: initialMonitoringState() }),
  check: (context, event, host) =>
    rejectionOfMonitoringEvent(context.monitoring, event, {
      inMonitoring: host.status === 'running' && host.position === 'monitoring',
      goals: event.type === 'herijking.complete' ? visionGoalsOf(host.steps) : [],
    }),
  reduce: (context, event) => ({ monitoring: reduceMonitoringEvent(context.monitoring, event) }),
};

const tracks: Slice<TrackEvent> = {
  name: 'tracks',
  eventSchema: TrackEventSchema,
  acceptedWhileSuspended: [],
  initial: () => ({ tracks: { goals: [], items: [] } }),
  check: (context, event) => rejectionOfTrackEvent(context, event),
  reduce: (context, event) => {
    const next = reduceTrackEvent(context, event);
    return { tracks: next.tracks, monitoring: next.monitoring };
  },
};

/** Every slice, in the order their events are listed and their due items reported. */
// biome-ignore lint/suspicious/noExplicitAny: the registry holds slices of different event types
export const SLICES: readonly Slice<any>[] = Object.freeze([knelpunten, regimes, ijkmomenten, monitoring, tracks]);

/** The slice that handles events of this type, by type. */
// biome-ignore lint/suspicious/noExplicitAny: as above
export const SLICE_OF_TYPE: ReadonlyMap<string, Slice<any>> = new Map(
  SLICES.flatMap((slice) => slice.eventSchema.options.map((option) => [option.shape.type.value, slice] as const)),
);

/** The slices' part of the context of a new process. */
export function initialSliceContext(): SliceContext {
  return Object.assign({}, ...SLICES.map((slice) => slice.initial())) as SliceContext;
}

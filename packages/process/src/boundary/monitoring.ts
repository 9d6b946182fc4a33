// The public, validating face of the monitoring building blocks and due checkers. The machine,
// `dueItems` and the rest of the package call the unvalidated originals in ../monitoring; only
// the package's index exports these.
import {
  AreaProcessSnapshotSchema,
  describeHerijkingPart as describeHerijkingPartUnchecked,
  type ErrorIssue,
  type HerijkingPart,
  HerijkingPartSchema,
  IdSchema,
  IjkmomentScheduleSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  KnelpuntStateSchema,
  LocaleSchema,
  type MonitoringState,
  MonitoringStateSchema,
  validate,
} from '@gebiedsgericht/core';
import * as z from 'zod';
import {
  checkMonitoringEvent as checkMonitoringEventUnchecked,
  type MonitoringPosition,
  reduceMonitoringEvent as reduceMonitoringEventUnchecked,
  triggeredHerijkingId as triggeredHerijkingIdUnchecked,
} from '../monitoring/applyMonitoringEvent';
import {
  escalationOverdueChecker as escalationOverdueCheckerUnchecked,
  evaluationDueChecker as evaluationDueCheckerUnchecked,
  herijkingTriggeredChecker as herijkingTriggeredCheckerUnchecked,
  nextIjkmomentChecker as nextIjkmomentCheckerUnchecked,
  pblPublicationChecker as pblPublicationCheckerUnchecked,
} from '../monitoring/dueCheckers';
import { type MonitoringEvent, MonitoringEventSchema } from '../monitoring/MonitoringEvent';
import type { DueChecker } from '../queries/dueItems';
import { PositionShape, StepsShape } from './shapes';

const MonitoringPositionShape = z.looseObject({ inMonitoring: z.boolean() });

/**
 * Checks one event of the monitoring loop: `null` when accepted, otherwise the reason (unknown
 * indicator, lesson, action or herijking; duplicate id; an evaluation or herijking before the
 * process reached its monitoring loop; a herijking not on the agenda or not underway). Throws
 * `invalid_input` for a `state` that is not a valid monitoring state (path `state`), an event that
 * is not a valid monitoring event (path `event`), and a `position` that is not
 * `{ inMonitoring: boolean }` (path `position`).
 *
 * @example
 * checkMonitoringEvent(state, event, { inMonitoring: true }); // null or { code: 'monitoring_unknown_reference', … }
 * @see Handreiking §2.2
 */
export function checkMonitoringEvent(
  state: MonitoringState,
  event: MonitoringEvent,
  position: MonitoringPosition,
): ErrorIssue | null {
  validate(MonitoringStateSchema, state, { path: ['state'] });
  validate(MonitoringEventSchema, event, { path: ['event'] });
  validate(MonitoringPositionShape, position, { path: ['position'] });
  return checkMonitoringEventUnchecked(state, event, position);
}

/**
 * Applies an accepted event of the monitoring loop and returns the new state (the input is not
 * changed). A measurement past its trigger value puts a herijking with the indicator's agreed scope
 * on the agenda, unless one for that indicator is still open; an evaluation takes in every lesson
 * recorded since the previous evaluation (pilots and quick wins included). Throws `invalid_input`
 * for a `state` that is not a valid monitoring state (path `state`) and an event that is not a
 * valid monitoring event (path `event`).
 *
 * @example
 * const next = reduceMonitoringEvent(state, { type: 'indicator.measure', indicatorId: 'ind-waterberging', value: 80, measuredOn: '2029-12-31', timestamp: '…', actor: 'waterschap-aa-en-lindt', role: 'partij' });
 * @see Handreiking §2.2
 */
export function reduceMonitoringEvent(state: MonitoringState, event: MonitoringEvent): MonitoringState {
  validate(MonitoringStateSchema, state, { path: ['state'] });
  validate(MonitoringEventSchema, event, { path: ['event'] });
  return reduceMonitoringEventUnchecked(state, event);
}

/**
 * The id a triggered herijking gets: stable, so replaying the log gives the same id. Throws
 * `invalid_input` for an `indicatorId` that is not an id (path `indicatorId`) and a `measuredOn`
 * that is not an ISO date (path `measuredOn`).
 *
 * @example
 * triggeredHerijkingId('ind-waterberging', '2029-12-31'); // 'herijking-ind-waterberging-2029-12-31'
 * @see Handreiking §2.2
 */
export function triggeredHerijkingId(indicatorId: string, measuredOn: string): string {
  validate(IdSchema, indicatorId, { path: ['indicatorId'] });
  validate(IsoDateSchema, measuredOn, { path: ['measuredOn'] });
  return triggeredHerijkingIdUnchecked(indicatorId, measuredOn);
}

/**
 * A short, human description of a herijking's scope, in Dutch or English. Throws `invalid_input`
 * for a scope that is not an opgave, deelgebied or deliverable section (path `scope`) and a
 * locale other than `nl` or `en` (path `locale`).
 *
 * @example
 * describeHerijkingPart({ kind: 'opgave', opgaveId: 'opgave-waterberging' }, 'nl'); // 'opgave opgave-waterberging'
 * @see Handreiking §2.2
 */
export function describeHerijkingPart(scope: HerijkingPart, locale: 'nl' | 'en'): string {
  validate(HerijkingPartSchema, scope, { path: ['scope'] });
  validate(LocaleSchema, locale, { path: ['locale'] });
  return describeHerijkingPartUnchecked(scope, locale);
}

/** What a due checker reads: a valid snapshot and the parts of its context the checkers look at. */
const DueReadShape = z.looseObject({
  snapshot: AreaProcessSnapshotSchema,
  context: z.looseObject({
    ...PositionShape.shape,
    steps: StepsShape,
    knelpunten: z.looseObject({ items: z.record(z.string(), KnelpuntStateSchema) }).optional(),
    ijkmomenten: z.looseObject({ schedule: IjkmomentScheduleSchema.optional() }).optional(),
    monitoring: MonitoringStateSchema.optional(),
  }),
});

function validating(checker: DueChecker): DueChecker {
  return (read, now, options) => {
    validate(DueReadShape, read, { path: ['read'] });
    validate(IsoDateTimeSchema, now, { path: ['now'] });
    return checker(read, now, options);
  };
}

/**
 * The next ijkmoment of each kind, with what is on its agenda (knelpunten and triggered
 * herijkingen). Throws `invalid_input` for a `read` that is not `{ snapshot, context }` with a
 * valid persisted snapshot and a context whose position, steps, knelpunten, ijkmomenten and
 * monitoring are well-formed (path `read`), and for a `now` that is not an ISO date-time with
 * offset (path `now`).
 *
 * @example
 * nextIjkmomentChecker({ snapshot, context: snapshot.machine.context }, '2027-06-01T09:00:00+02:00');
 * @see Handreiking bijlage 1 onderdeel 4
 */
export const nextIjkmomentChecker: DueChecker = validating(nextIjkmomentCheckerUnchecked);

/**
 * Knelpunten whose current escalation level is past its time limit. Throws what
 * {@link nextIjkmomentChecker} throws for a malformed `read` or `now`.
 *
 * @example
 * escalationOverdueChecker({ snapshot, context: snapshot.machine.context }, now).map((d) => d.refId);
 * @see Handreiking §2.3
 */
export const escalationOverdueChecker: DueChecker = validating(escalationOverdueCheckerUnchecked);

/**
 * The periodic evaluation, when it is overdue or due within 60 days. Throws what
 * {@link nextIjkmomentChecker} throws for a malformed `read` or `now`.
 *
 * @example
 * evaluationDueChecker({ snapshot, context: snapshot.machine.context }, now)[0]?.date;
 * @see Handreiking §2.2
 */
export const evaluationDueChecker: DueChecker = validating(evaluationDueCheckerUnchecked);

/**
 * New PBL publications not yet taken into an evaluation. Throws what {@link nextIjkmomentChecker}
 * throws for a malformed `read` or `now`.
 *
 * @example
 * pblPublicationChecker({ snapshot, context: snapshot.machine.context }, now).map((d) => d.refId);
 * @see Handreiking bijlage 1 onderdeel 2 (stap 1: PBL-bronnen), §2.2
 */
export const pblPublicationChecker: DueChecker = validating(pblPublicationCheckerUnchecked);

/**
 * Herijkingen that an indicator's trigger value put on the next agenda. Throws what
 * {@link nextIjkmomentChecker} throws for a malformed `read` or `now`.
 *
 * @example
 * herijkingTriggeredChecker({ snapshot, context: snapshot.machine.context }, now).map((d) => d.refId);
 * @see Handreiking §2.2
 */
export const herijkingTriggeredChecker: DueChecker = validating(herijkingTriggeredCheckerUnchecked);

import {
  type ErrorIssue,
  GebiedsgerichtError,
  type Herijking,
  type IndicatorAgreement,
  type MonitoringEvent,
  MonitoringEventSchema,
  type MonitoringState,
  MonitoringStateSchema,
  type ProcessLesson,
  type VisionGoal,
  VisionGoalSchema,
  validate,
} from '@gebiedsgericht/core';
import * as z from 'zod';
import { appended } from '../internal/appended';
import { goalTargetHistories } from '../internal/goalTargets';
import { processMessages } from '../messages';

/** Where the area process stands, as far as the monitoring loop needs to know. */
export interface MonitoringPosition {
  /** True once the last step closed and the process is in its monitoring loop. */
  readonly inMonitoring: boolean;
  /**
   * The goals of the process's vision (its `visionAndFramework` deliverable), against which a
   * herijking's adjusted target is checked. Without them no target can be adjusted.
   */
  readonly goals?: readonly VisionGoal[] | undefined;
}

const issue = processMessages.issue;
const MonitoringPositionShape = z.looseObject({
  inMonitoring: z.boolean(),
  goals: z.array(VisionGoalSchema).optional(),
});

function passes(indicator: IndicatorAgreement, value: number): boolean {
  const trigger = indicator.trigger;
  if (trigger === undefined) return false;
  return trigger.when === 'above' ? value > trigger.value : value < trigger.value;
}

function hasOpenHerijkingFor(state: MonitoringState, indicatorId: string): boolean {
  return state.herijkingen.some((h) => h.indicatorId === indicatorId && h.status !== 'completed');
}

/** The id a triggered herijking gets: stable, so replaying the log gives the same id. */
export function triggeredHerijkingId(indicatorId: string, measuredOn: string): string {
  return `herijking-${indicatorId}-${measuredOn}`;
}

type HerijkingComplete = Extract<MonitoringEvent, { type: 'herijking.complete' }>;

/**
 * An adjusted target is adopted by a decision, belongs to a herijking of an opgave, names a goal
 * of the vision that covers that opgave and has a target, and keeps the unit of the target in force.
 */
function rejectionOfAdjustedTarget(
  state: MonitoringState,
  herijking: Herijking,
  event: HerijkingComplete,
  position: MonitoringPosition,
): ErrorIssue | null {
  const adjusted = event.adjustedTarget;
  if (adjusted === undefined) return null;
  if (event.decisionId === undefined) {
    return issue('herijking_target_without_decision', { herijkingId: herijking.id }, ['decisionId']);
  }
  if (herijking.scope.kind !== 'opgave') {
    return issue('herijking_target_out_of_scope', { herijkingId: herijking.id, scope: herijking.scope.kind }, [
      'adjustedTarget',
    ]);
  }
  const opgaveId = herijking.scope.opgaveId;
  const goal = (position.goals ?? []).find((g) => g.id === adjusted.goalId);
  if (goal === undefined || goal.target === undefined || !goal.opgaveIds.includes(opgaveId)) {
    return issue('herijking_target_unknown_goal', { goalId: adjusted.goalId, opgaveId }, ['adjustedTarget', 'goalId']);
  }
  const current = goalTargetHistories([goal], state)[0]?.current ?? goal.target;
  if (adjusted.target.unit !== current.unit) {
    return issue(
      'herijking_target_unit_mismatch',
      { goalId: goal.id, unit: adjusted.target.unit, expected: current.unit },
      ['adjustedTarget', 'target', 'unit'],
    );
  }
  return null;
}

/**
 * Checks one event of the monitoring loop: `null` when accepted, otherwise the reason (unknown
 * indicator, lesson, action or herijking; duplicate id; an evaluation or herijking before the
 * process reached its monitoring loop; a herijking not on the agenda or not underway; an adjusted
 * target without a decision, outside the herijking's opgave, for a goal of the vision
 * (`position.goals`) that does not cover the opgave or has no target, or in another unit).
 *
 * @example
 * rejectionOfMonitoringEvent(state, event, { inMonitoring: true }); // null or { code: 'unknown_reference', … }
 * @see handreiking §2.2
 */
export function rejectionOfMonitoringEvent(
  state: MonitoringState,
  event: MonitoringEvent,
  position: MonitoringPosition,
): ErrorIssue | null {
  const notAllowed = () =>
    issue(
      'monitoring_event_not_allowed',
      { event: event.type, state: position.inMonitoring ? 'monitoring' : 'steps' },
      ['type'],
    );
  const unknown = (kind: string, id: string, path: (string | number)[]) =>
    issue('unknown_reference', { kind, id }, path);
  const duplicate = (kind: string, id: string, path: (string | number)[]) => issue('duplicate_id', { kind, id }, path);
  switch (event.type) {
    case 'monitoring.configure':
      return null;
    case 'indicator.agree':
      return state.indicators.some((i) => i.id === event.indicator.id)
        ? duplicate('indicator', event.indicator.id, ['indicator', 'id'])
        : null;
    case 'indicator.measure':
      return state.indicators.some((i) => i.id === event.indicatorId)
        ? null
        : unknown('indicator', event.indicatorId, ['indicatorId']);
    case 'evaluation.record': {
      if (!position.inMonitoring) return notAllowed();
      if (state.evaluations.some((e) => e.id === event.evaluation.id)) {
        return duplicate('evaluation', event.evaluation.id, ['evaluation', 'id']);
      }
      const missing = (event.evaluation.pblPublicationIds ?? []).find(
        (id) => !state.pblPublications.some((p) => p.id === id),
      );
      return missing === undefined ? null : unknown('pbl_publication', missing, ['evaluation', 'pblPublicationIds']);
    }
    case 'lesson.record':
      if (state.lessons.some((l) => l.id === event.lesson.id))
        return duplicate('lesson', event.lesson.id, ['lesson', 'id']);
      if (
        event.lesson.source.kind === 'evaluation' &&
        !state.evaluations.some((e) => e.id === event.lesson.source.id)
      ) {
        return unknown('evaluation', event.lesson.source.id, ['lesson', 'source', 'id']);
      }
      return null;
    case 'action.record':
      if (state.actions.some((a) => a.id === event.action.id))
        return duplicate('action', event.action.id, ['action', 'id']);
      return state.lessons.some((l) => l.id === event.action.lessonId)
        ? null
        : unknown('lesson', event.action.lessonId, ['action', 'lessonId']);
    case 'action.complete': {
      const action = state.actions.find((a) => a.id === event.actionId);
      if (action === undefined) return unknown('action', event.actionId, ['actionId']);
      return action.doneOn === undefined ? null : notAllowed();
    }
    case 'herijking.schedule':
      return state.herijkingen.some((h) => h.id === event.herijking.id)
        ? duplicate('herijking', event.herijking.id, ['herijking', 'id'])
        : null;
    case 'herijking.start': {
      if (!position.inMonitoring) return notAllowed();
      const h = state.herijkingen.find((x) => x.id === event.herijkingId);
      if (h === undefined) return unknown('herijking', event.herijkingId, ['herijkingId']);
      return h.status === 'on_agenda' ? null : notAllowed();
    }
    case 'herijking.complete': {
      const h = state.herijkingen.find((x) => x.id === event.herijkingId);
      if (h === undefined) return unknown('herijking', event.herijkingId, ['herijkingId']);
      if (h.status !== 'underway') return notAllowed();
      return event.adjustedTarget === undefined ? null : rejectionOfAdjustedTarget(state, h, event, position);
    }
    case 'pbl.publish':
      return state.pblPublications.some((p) => p.id === event.publication.id)
        ? duplicate('pbl_publication', event.publication.id, ['publication', 'id'])
        : null;
  }
}

/**
 * Applies an accepted event of the monitoring loop and returns the new state (the input is not
 * changed). A measurement past its trigger value puts a herijking with the indicator's agreed scope
 * on the agenda, unless one for that indicator is still open; an evaluation takes in every lesson
 * recorded since the previous evaluation (pilots and quick wins included).
 *
 * @example
 * const next = reduceMonitoringEvent(state, { type: 'indicator.measure', indicatorId: 'ind-waterberging', value: 80, measuredOn: '2029-12-31', timestamp: '…', actor: 'waterschap-aa-en-lindt', role: 'partij' });
 * @see handreiking §2.2
 */
export function reduceMonitoringEvent(state: MonitoringState, event: MonitoringEvent): MonitoringState {
  const at = event.timestamp;
  switch (event.type) {
    case 'monitoring.configure':
      return { ...state, evaluationCadence: event.cadence };
    case 'indicator.agree':
      return { ...state, indicators: appended(state.indicators, event.indicator) };
    case 'indicator.measure': {
      const indicator = state.indicators.find((i) => i.id === event.indicatorId);
      if (indicator === undefined) return state;
      const triggered = passes(indicator, event.value);
      const reading = {
        indicatorId: event.indicatorId,
        value: event.value,
        measuredOn: event.measuredOn,
        recordedAt: at,
        triggered,
      };
      const next = { ...state, readings: appended(state.readings, reading) };
      if (!triggered || hasOpenHerijkingFor(state, indicator.id)) return next;
      const herijking: Herijking = {
        id: triggeredHerijkingId(indicator.id, event.measuredOn),
        scope: indicator.herijkingScope,
        origin: 'indicator',
        indicatorId: indicator.id,
        reason: {
          nl: `${indicator.label.nl}: ${event.value} ${indicator.unit} (${indicator.trigger?.when === 'above' ? 'boven' : 'onder'} de afgesproken grens ${indicator.trigger?.value})`,
          en: `${indicator.label.en}: ${event.value} ${indicator.unit} (${indicator.trigger?.when} the agreed trigger ${indicator.trigger?.value})`,
        },
        placedAt: at,
        status: 'on_agenda',
      };
      return { ...next, herijkingen: appended(next.herijkingen, herijking) };
    }
    case 'evaluation.record': {
      const taken = new Set(state.evaluations.flatMap((e) => e.lessonIds));
      const lessonIds = state.lessons.filter((l) => !taken.has(l.id)).map((l) => l.id);
      const evaluation = {
        id: event.evaluation.id,
        heldOn: event.evaluation.heldOn,
        recordedAt: at,
        findings: event.evaluation.findings,
        lessonIds,
        pblPublicationIds: [...(event.evaluation.pblPublicationIds ?? [])],
      };
      return { ...state, evaluations: appended(state.evaluations, evaluation) };
    }
    case 'lesson.record': {
      const lesson: ProcessLesson = { ...event.lesson, recordedAt: at, actionIds: [] };
      return { ...state, lessons: appended(state.lessons, lesson) };
    }
    case 'action.record': {
      const action = { ...event.action, recordedAt: at };
      return {
        ...state,
        actions: appended(state.actions, action),
        lessons: state.lessons.map((l) =>
          l.id === event.action.lessonId ? { ...l, actionIds: appended(l.actionIds, event.action.id) } : l,
        ),
      };
    }
    case 'action.complete':
      return {
        ...state,
        actions: state.actions.map((a) => (a.id === event.actionId ? { ...a, doneOn: event.doneOn } : a)),
      };
    case 'herijking.schedule': {
      const herijking: Herijking = { ...event.herijking, placedAt: at, status: 'on_agenda' };
      return { ...state, herijkingen: appended(state.herijkingen, herijking) };
    }
    case 'herijking.start':
      return {
        ...state,
        herijkingen: state.herijkingen.map((h) =>
          h.id === event.herijkingId ? { ...h, status: 'underway' as const, startedAt: at } : h,
        ),
      };
    case 'herijking.complete':
      return {
        ...state,
        herijkingen: state.herijkingen.map((h) =>
          h.id === event.herijkingId
            ? {
                ...h,
                status: 'completed' as const,
                completedAt: at,
                result: event.result,
                ...(event.decisionId !== undefined ? { decisionId: event.decisionId } : {}),
                ...(event.adjustedTarget !== undefined ? { adjustedTarget: event.adjustedTarget } : {}),
              }
            : h,
        ),
      };
    case 'pbl.publish':
      return { ...state, pblPublications: appended(state.pblPublications, event.publication) };
  }
}

/**
 * Validates, checks and applies one event of the monitoring loop; throws the
 * `GebiedsgerichtError` that says why when it is rejected (nothing changes), and `invalid_input`
 * for a `state` that is not a valid monitoring state (path `state`), an invalid event (path
 * `event`) and a `position` that is not `{ inMonitoring: boolean }` (path `position`).
 *
 * @example
 * const next = applyMonitoringEvent(state, event, { inMonitoring: true });
 * @see handreiking §2.2
 */
export function applyMonitoringEvent(
  state: MonitoringState,
  event: unknown,
  position: MonitoringPosition,
): MonitoringState {
  validate(MonitoringStateSchema, state, { path: ['state'] });
  const e = validate(MonitoringEventSchema, event, { path: ['event'] });
  validate(MonitoringPositionShape, position, { path: ['position'] });
  const problem = rejectionOfMonitoringEvent(state, e, position);
  if (problem !== null) {
    throw new GebiedsgerichtError({ code: problem.code, message: problem.message, path: problem.path });
  }
  return reduceMonitoringEvent(state, e);
}

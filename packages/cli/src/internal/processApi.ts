// Internal: every call into @gebiedsgericht/process goes through this module, so that a change
// of the process package's API is adapted here and nowhere else.
import type { GebiedsprocesSnapshot, ReflectionReport, Startnotitie, StepTemplate } from '@gebiedsgericht/core';
import {
  type CurrentPosition,
  createGebiedsproces,
  currentPosition,
  type DueItem,
  defaultStepTemplate,
  dueItems,
  gebiedsprocesDiagram,
  migrateGebiedsprocesSnapshot,
  type NextIjkmomenten,
  nextIjkmomenten,
  type ProgressSummary,
  progressSummary,
  reflect,
  replayGebiedsproces,
  restoreGebiedsproces,
} from '@gebiedsgericht/process';
import { xstateOf } from '@gebiedsgericht/process/xstate';

export type { CurrentPosition, DueItem, NextIjkmomenten, ProgressSummary };

/** Brings a persisted area process snapshot to the current format version (validated). */
export function migrateSnapshot(snapshot: unknown): GebiedsprocesSnapshot {
  return migrateGebiedsprocesSnapshot(snapshot);
}

/** What `process status` shows. */
export interface ProcessStatus {
  readonly summary: ProgressSummary;
  readonly position: CurrentPosition;
  readonly due: readonly DueItem[];
  /** The next ijkmoment of each kind, when the startnotitie with the schedule is given. */
  readonly nextIjkmomenten?: NextIjkmomenten;
}

/**
 * Restores the snapshot (so it is checked the way a running system would load it) and queries it;
 * with the startnotitie's ijkmoment schedule also the next ijkmomenten.
 */
export function processStatus(snapshot: unknown, now: string, startnotitie?: Startnotitie): ProcessStatus {
  const restored = restoreGebiedsproces(snapshot).snapshot();
  return {
    summary: progressSummary(restored, now),
    position: currentPosition(restored),
    due: dueItems(restored, now),
    ...(startnotitie ? { nextIjkmomenten: nextIjkmomenten(startnotitie.ijkmomenten, now) } : {}),
  };
}

/** The two states `process replay` compares: restored from the snapshot, and rebuilt from its audit log. */
export interface ReplayComparison {
  readonly restored: GebiedsprocesSnapshot;
  readonly replayed: GebiedsprocesSnapshot;
  readonly auditEntries: number;
}

/** Restores a snapshot and replays its audit log from the start, returning both snapshots. */
export function replayFromSnapshot(snapshot: unknown): ReplayComparison {
  const restoredProcess = restoreGebiedsproces(snapshot);
  const restored = restoredProcess.snapshot();
  const context = restoredProcess.context();
  const replayed = replayGebiedsproces({
    template: restored.template,
    settings: restored.settings,
    startedAt: context.startedAt,
    log: context.auditLog,
  }).snapshot();
  return { restored, replayed, auditEntries: context.auditLog.length };
}

/** The step template of the handreiking (steps 0–5), used when no template is given. */
export function defaultTemplate(): StepTemplate {
  return defaultStepTemplate;
}

/**
 * The Mermaid state diagram of the area process machine for a step template. The settings only
 * name the process: the states and transitions come from the template.
 */
export function processDiagram(template: unknown): string {
  const process = createGebiedsproces({
    template: template as StepTemplate,
    settings: {
      processId: 'diagram',
      medeoverheden: [],
      consentStepIds: [],
      changeRules: { majorChangeApprovers: ['provincie'] },
    },
    startedAt: '2000-01-01T00:00:00Z',
  });
  return gebiedsprocesDiagram(xstateOf(process).machine);
}

/** The reflection check against the handreiking. */
export function reflectOn(input: Record<string, unknown>, now: string): ReflectionReport {
  return reflect(input, { now });
}

/** What a store needs to rebuild a persisted process as a stream: its start and accepted events. */
export interface SnapshotStream {
  readonly template: StepTemplate;
  readonly settings: GebiedsprocesSnapshot['settings'];
  readonly startedAt: string;
  readonly events: readonly Record<string, unknown>[];
}

/** Restores a snapshot and reads its start and the events of its accepted audit entries, in order. */
export function snapshotStream(snapshot: unknown): SnapshotStream {
  const process = restoreGebiedsproces(snapshot);
  const restored = process.snapshot();
  const context = process.context();
  return {
    template: restored.template,
    settings: restored.settings,
    startedAt: context.startedAt,
    events: context.auditLog.filter((entry) => entry.accepted).map((entry) => entry.event),
  };
}

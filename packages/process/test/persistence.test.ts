import { GebiedsprocesSnapshotSchema } from '@gebiedsgericht/core';
import { describe, expect, it } from 'vitest';
import {
  defaultStepTemplate,
  migrateGebiedsprocesSnapshot,
  type RunningGebiedsproces,
  replayGebiedsproces,
  replaySnapshot,
  restoreGebiedsproces,
} from '../src/index';
import {
  day,
  ev,
  fullRun,
  lindewaardSettings,
  newLindewaardProcess,
  START,
  STEP,
  stepEvents,
  testOptions,
} from './support/gebiedsprocesFixtures';

function sendAll(process: RunningGebiedsproces, events: readonly unknown[]) {
  for (const event of events) {
    const result = process.send(event, { untyped: true });
    if (!result.accepted) throw new Error(`rejected: ${result.reason.code}`);
  }
}

const create = newLindewaardProcess;

function halfway(): RunningGebiedsproces {
  const process = create();
  for (let i = 0; i < 3; i++) sendAll(process, stepEvents(defaultStepTemplate, lindewaardSettings, i, 1 + i * 100));
  sendAll(process, [ev.submit(STEP.varianten, 'developmentVariants', day(301)), ev.suspend(day(302))]);
  return process;
}

describe('persistence', () => {
  it('persists to plain JSON with a schema version that validates against the published shape', () => {
    const snapshot = halfway().snapshot();
    expect(snapshot).toMatchObject({ kind: 'gebiedsprocesSnapshot', schemaVersion: 2, id: 'gebiedsproces-lindewaard' });
    expect(snapshot.revision).toBe(halfway().context().auditLog.length);
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
    expect(GebiedsprocesSnapshotSchema.safeParse(snapshot).success).toBe(true);
  });

  it('restores from JSON into a process that behaves identically (including history after suspension)', () => {
    const original = halfway();
    const restored = restoreGebiedsproces(JSON.parse(JSON.stringify(original.snapshot())), testOptions);
    expect(restored.snapshot()).toEqual(original.snapshot());
    const rest = [
      ev.resume(day(303)),
      ev.close(STEP.varianten, day(304)),
      ...stepEvents(defaultStepTemplate, lindewaardSettings, 4, 401),
    ];
    for (const event of rest) {
      const a = original.send(event);
      const b = restored.send(event);
      expect(b).toEqual(a);
    }
    expect(restored.snapshot()).toEqual(original.snapshot());
    expect(restored.context().position).toBe(STEP.borgen);
  });

  it('rejects the same events after restore, with the same reasons', () => {
    const original = halfway();
    const restored = restoreGebiedsproces(JSON.parse(JSON.stringify(original.snapshot())), testOptions);
    const event = ev.close(STEP.varianten, day(303));
    expect(restored.send(event)).toEqual(original.send(event));
  });

  it('replaying the audit log from the start rebuilds the same state', () => {
    const original = create();
    sendAll(original, fullRun(defaultStepTemplate, lindewaardSettings));
    sendAll(original, [
      ev.major('herzien', STEP.visie, day(900), ['provincie-zuidmark', 'ministerie-vro'], 'Nieuwe kaarten'),
    ]);
    const replayed = replayGebiedsproces({
      template: defaultStepTemplate,
      settings: lindewaardSettings,
      startedAt: START,
      options: testOptions,
      log: original.context().auditLog,
    });
    expect(replayed.snapshot()).toEqual(original.snapshot());
    expect(replaySnapshot(original.snapshot(), testOptions).snapshot()).toEqual(original.snapshot());
    // The same text too, keys in the same order (the documents sent have theirs out of order), so a
    // checksum of a replayed snapshot matches the original's.
    expect(JSON.stringify(replayed.snapshot())).toBe(JSON.stringify(original.snapshot()));
  });

  it('a log that does not fit the template fails replay with the entry that was rejected', () => {
    const original = halfway();
    const log = original.context().auditLog;
    expect(() =>
      replayGebiedsproces({
        template: defaultStepTemplate,
        settings: { ...lindewaardSettings, consentStepIds: [STEP.opstart] },
        startedAt: START,
        options: testOptions,
        log,
      }),
    ).toThrowError(expect.objectContaining({ code: 'replay_event_rejected' }));
  });

  it('migrates an older snapshot version forward with the migration hook, and refuses unknown versions', () => {
    const current = halfway().snapshot();
    // A hypothetical version 1 that kept the context under `state`.
    const { context, revision, ...rest } = current;
    const v0 = { ...rest, schemaVersion: 1, state: context };
    const migrations = {
      1: (old: Record<string, unknown>) => {
        const { state, ...others } = old;
        return { ...others, schemaVersion: 2, revision, context: state };
      },
    };
    expect(migrateGebiedsprocesSnapshot(v0, migrations)).toEqual(current);
    expect(restoreGebiedsproces(v0, testOptions, migrations).snapshot()).toEqual(current);
    expect(() => migrateGebiedsprocesSnapshot(v0)).toThrowError(expect.objectContaining({ code: 'invalid_input' }));
    expect(() => migrateGebiedsprocesSnapshot({ ...current, schemaVersion: 3 })).toThrowError(
      expect.objectContaining({ code: 'snapshot_version_unsupported' }),
    );
    expect(() => migrateGebiedsprocesSnapshot({ ...current, schemaVersion: 0 })).toThrowError(
      expect.objectContaining({ code: 'snapshot_version_unsupported' }),
    );
    expect(v0).toHaveProperty('state');
  });
});

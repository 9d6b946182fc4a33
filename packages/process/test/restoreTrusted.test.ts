/**
 * `restoreTrustedGebiedsproces`: the restore for a snapshot its holder wrote and kept intact. It must
 * behave exactly like `restoreGebiedsproces` for such a snapshot, and hand everything else to the
 * fully validating restore, so a caller never gets an unchecked process from a snapshot that does
 * not fit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isGebiedsgerichtError } from '@gebiedsgericht/core';
import { describe, expect, it } from 'vitest';
import {
  createGebiedsproces,
  defaultStepTemplate,
  type RunningGebiedsproces,
  restoreGebiedsproces,
  restoreTrustedGebiedsproces,
} from '../src/index';
import { fullRun, lindewaardSettings, START, stepEvents, testOptions } from './support/gebiedsprocesFixtures';

function sendAll(process: RunningGebiedsproces, events: readonly unknown[]) {
  for (const event of events) {
    const result = process.send(event, { untyped: true });
    if (!result.accepted) throw new Error(`rejected: ${result.reason.code}`);
  }
}

function halfway(): RunningGebiedsproces {
  const process = createGebiedsproces({
    template: defaultStepTemplate,
    settings: lindewaardSettings,
    startedAt: START,
    options: testOptions,
  });
  for (let i = 0; i < 3; i++) sendAll(process, stepEvents(defaultStepTemplate, lindewaardSettings, i, 1 + i * 100));
  return process;
}

function errorOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('restoreTrustedGebiedsproces', () => {
  it('restores a written snapshot to a process that writes it back byte for byte and runs on alike', () => {
    const original = halfway();
    const text = JSON.stringify(original.snapshot());
    const trusted = restoreTrustedGebiedsproces(JSON.parse(text), testOptions);
    const checked = restoreGebiedsproces(JSON.parse(text), testOptions);
    expect(JSON.stringify(trusted.snapshot())).toBe(text);
    const rest = fullRun(defaultStepTemplate, lindewaardSettings).slice(
      original.context().auditLog.filter((e) => e.accepted).length,
    );
    for (const event of rest) {
      const a = trusted.send(event, { untyped: true });
      const b = checked.send(event, { untyped: true });
      expect(a).toEqual(b);
    }
    expect(trusted.snapshot()).toEqual(checked.snapshot());
  });

  it('answers what is not a snapshot of the current format as restoreGebiedsproces does', () => {
    for (const garbage of [null, 7, {}, { kind: 'gebiedsprocesSnapshot', schemaVersion: 2 }]) {
      const trusted = errorOf(() => restoreTrustedGebiedsproces(garbage));
      const checked = errorOf(() => restoreGebiedsproces(garbage));
      expect(isGebiedsgerichtError(trusted)).toBe(true);
      expect(trusted).toEqual(checked);
    }
  });

  it('migrates and fully checks a snapshot of an older format (release 0.1.0)', () => {
    const path = join(import.meta.dirname, 'data', '0.1.0', 'lindewaard-open-knelpunten.json');
    const old = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    const trusted = restoreTrustedGebiedsproces(structuredClone(old));
    expect(trusted.snapshot()).toEqual(restoreGebiedsproces(structuredClone(old)).snapshot());
  });

  it('refuses a context that does not fit its template, with the typed error of the full restore', () => {
    const snapshot = JSON.parse(JSON.stringify(halfway().snapshot())) as {
      context: { steps: Record<string, unknown> };
    };
    delete snapshot.context.steps.opstart;
    const error = errorOf(() => restoreTrustedGebiedsproces(structuredClone(snapshot), testOptions));
    expect(isGebiedsgerichtError(error)).toBe(true);
    expect(error).toEqual(errorOf(() => restoreGebiedsproces(structuredClone(snapshot), testOptions)));
  });
});

/**
 * The store writes snapshot text straight from the running context; it must be the very text of
 * `JSON.stringify(process.snapshot())`, whatever the process holds.
 */
import { createAreaProcess } from '@gebiedsgericht/process';
import { describe, expect, it } from 'vitest';
import { snapshotTextOf } from '../src/internal/processAdapter';
import { lindewaardEvents, minorChange, settingsFor, startedAt, template } from './support/scenario';

describe('snapshot text', () => {
  it('equals JSON.stringify(snapshot()) at every event of the Lindewaard scenario', () => {
    const process = createAreaProcess({ template, settings: settingsFor('gebiedsproces-lindewaard'), startedAt });
    expect(snapshotTextOf(process)).toBe(JSON.stringify(process.snapshot()));
    for (const event of lindewaardEvents()) {
      process.send(event, { untyped: true });
      expect(snapshotTextOf(process)).toBe(JSON.stringify(process.snapshot()));
    }
    process.send(minorChange(0), { untyped: true });
    expect(snapshotTextOf(process)).toBe(JSON.stringify(process.snapshot()));
  });
});

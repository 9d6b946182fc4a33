/**
 * The store writes snapshot text straight from the running context, keeping the serialised audit
 * log and its hash between snapshots: the text must parse to `process.snapshot()` and carry the
 * SHA-256 of itself, whatever the process holds and however often it is asked.
 */
import { createHash } from 'node:crypto';
import { createGebiedsproces } from '@gebiedsgericht/process';
import { describe, expect, it } from 'vitest';
import { snapshotTextOf } from '../src/internal/processAdapter';
import { lindewaardEvents, minorChange, settingsFor, startedAt, template } from './support/scenario';

function expectSnapshotOf(process: ReturnType<typeof createGebiedsproces>) {
  const { body, checksum } = snapshotTextOf(process);
  expect(JSON.parse(body)).toEqual(process.snapshot());
  expect(checksum).toBe(createHash('sha256').update(body).digest('hex'));
}

describe('snapshot text', () => {
  it('parses to snapshot() with its own SHA-256 at every event of the Lindewaard scenario', () => {
    const process = createGebiedsproces({ template, settings: settingsFor('gebiedsproces-lindewaard'), startedAt });
    expectSnapshotOf(process);
    for (const event of lindewaardEvents()) {
      process.send(event, { untyped: true });
      expectSnapshotOf(process);
    }
    process.send(minorChange(0), { untyped: true });
    expectSnapshotOf(process);
  });

  it('stays right when asked only now and then, twice in a row, and for a rebuilt process', () => {
    const process = createGebiedsproces({ template, settings: settingsFor('gebiedsproces-lindewaard'), startedAt });
    const events = lindewaardEvents();
    for (const [index, event] of events.entries()) {
      process.send(event, { untyped: true });
      if (index % 7 === 0) expectSnapshotOf(process);
    }
    expectSnapshotOf(process);
    expectSnapshotOf(process);
    // Another process with the same log: its text is its own, not the first one's.
    const other = createGebiedsproces({ template, settings: settingsFor('gebiedsproces-lindewaard'), startedAt });
    for (const event of events.slice(0, 10)) other.send(event, { untyped: true });
    expectSnapshotOf(other);
    expect(snapshotTextOf(other).body).not.toBe(snapshotTextOf(process).body);
  });
});

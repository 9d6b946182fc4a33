/**
 * Snapshots written by release 0.1.0 (test/data/0.1.0): they must restore in every later release
 * (migrated forward where the format changed) into a process that behaves exactly like one rebuilt
 * from the same audit log.
 */
import { readFileSync } from 'node:fs';
import type { AuditEntry } from '@gebiedsgericht/core';
import { describe, expect, it } from 'vitest';
import { type AreaProcess, migrateAreaProcessSnapshot, replaySnapshot, restoreAreaProcess } from '../src/index';
import { ev, MEDEOVERHEDEN, testOptions } from './support/areaProcessFixtures';

type Stored = { machine: { context: { auditLog: AuditEntry[]; lastEventAt?: string } } };

const read = (name: string): Stored =>
  JSON.parse(readFileSync(new URL(`./data/0.1.0/${name}.json`, import.meta.url), 'utf8')) as Stored;

const later = (stored: Stored, days: number) =>
  new Date(Date.parse(stored.machine.context.lastEventAt ?? '2026-01-01T00:00:00Z') + days * 86_400_000).toISOString();

/** Events that probe the restored process: accepted or rejected, both copies must answer the same. */
function probes(name: string, stored: Stored): unknown[] {
  const log = stored.machine.context.auditLog;
  const last = log.at(-1)?.event;
  const common = [last, ev.minor('wijziging-na-herstel', later(stored, 1)), ev.suspend(later(stored, 2))];
  if (name === 'rivierenland-suspended') {
    return [
      ev.resume(later(stored, 3)),
      ...MEDEOVERHEDEN.map((partyId) => ev.consent('visie-formuleren', partyId, later(stored, 4))),
      ev.close('visie-formuleren', later(stored, 5)),
      ...common,
    ];
  }
  return [
    ...common,
    ev.resume(later(stored, 3)),
    {
      type: 'knelpunt.escalate',
      knelpuntId: 'knelpunt-wind-hoeverveen',
      timestamp: later(stored, 4),
      actor: 'gemeente-hoeverveen',
      role: 'partij',
    },
  ];
}

/**
 * The snapshot without the knelpunt deadlines (`dueAt`). Release 0.1.0 computed them in the host's
 * time zone (these files were written on a UTC host); later releases compute them in the process's
 * zone (Europe/Amsterdam), so a replay may put a deadline across a change of summer time an hour
 * apart. A restore keeps the stored deadlines as they are.
 */
function withoutDeadlines(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (key, v) => (key === 'dueAt' ? undefined : v));
}

const cases = [
  { name: 'lindewaard-open-knelpunten', options: undefined },
  { name: 'lindewaard-final', options: undefined },
  { name: 'rivierenland-suspended', options: testOptions },
] as const;

describe('snapshots written by 0.1.0', () => {
  for (const { name, options } of cases) {
    it(`${name} restores into the process its audit log rebuilds, and behaves the same`, () => {
      const stored = read(name);
      const restored: AreaProcess = restoreAreaProcess(stored, options);
      const replayed: AreaProcess = replaySnapshot(stored, options);
      expect(withoutDeadlines(restored.context())).toEqual(withoutDeadlines(replayed.context()));
      expect(restored.context().auditLog).toEqual(stored.machine.context.auditLog);
      expect(restored.snapshot()).toEqual(migrateAreaProcessSnapshot(stored));
      expect(restored.revision()).toBe(stored.machine.context.auditLog.length);
      expect(restored.actor.getSnapshot().value).toEqual(
        (stored as unknown as { machine: { value: unknown } }).machine.value,
      );
      for (const event of probes(name, stored)) {
        expect(restored.send(event, { untyped: true })).toEqual(replayed.send(event, { untyped: true }));
      }
      expect(withoutDeadlines(restored.snapshot())).toEqual(withoutDeadlines(replayed.snapshot()));
      expect(restored.context().auditLog.length).toBeGreaterThan(stored.machine.context.auditLog.length);
    });
  }
});

/**
 * Snapshots written by release 0.1.0 (test/data/0.1.0): they must restore in every later release
 * (migrated forward where the format changed) into a process that behaves exactly like one rebuilt
 * from the same audit log.
 */
import { readFileSync } from 'node:fs';
import type { AuditEntry } from '@gebiedsgericht/core';
import { describe, expect, it } from 'vitest';
import { AUDIT_CHAIN_START_TYPE } from '../src/audit/chainAuditLogAtMigration';
import {
  migrateGebiedsprocesSnapshot,
  type RunningGebiedsproces,
  replaySnapshot,
  restoreGebiedsproces,
  verifyAuditLog,
} from '../src/index';
import { xstateOf } from '../src/xstate';
import { ev, MEDEOVERHEDEN, testOptions } from './support/gebiedsprocesFixtures';

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

/**
 * The process without what the migration adds by design: the entry that records the start of the
 * audit chain, and with it the audit positions (`seq`, `revision`) and hash links after it. Also
 * without the entries derived from the accepted startnotitie: release 0.1.0 did not write them, so
 * a stored log lacks them, while a replay under the current rules derives them again.
 */
function withoutChainStart(value: unknown): unknown {
  return JSON.parse(JSON.stringify(withoutDeadlines(value)), (key, v) => {
    if (key === 'seq' || key === 'revision' || key === 'prevHash' || key === 'hash') return undefined;
    if (Array.isArray(v))
      return v.filter((item) => {
        const entry = item as { type?: unknown; derivedFrom?: unknown } | null;
        return entry?.type !== AUDIT_CHAIN_START_TYPE && entry?.derivedFrom === undefined;
      });
    return v;
  });
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
      const restored: RunningGebiedsproces = restoreGebiedsproces(stored, options);
      const replayed: RunningGebiedsproces = replaySnapshot(stored, options);
      expect(withoutChainStart(restored.context())).toEqual(withoutChainStart(replayed.context()));
      // Every stored entry is kept in its place (its values in the current vocabulary), now chained,
      // and one entry records the chain's start.
      const storedLog = stored.machine.context.auditLog;
      const restoredLog = restored.context().auditLog;
      const outline = (e: AuditEntry) => [e.seq, e.type, e.timestamp, e.actor, e.stepBefore, e.stepAfter];
      expect(restoredLog.slice(0, storedLog.length).map(outline)).toEqual(storedLog.map(outline));
      expect(restoredLog.at(-1)).toMatchObject({ type: AUDIT_CHAIN_START_TYPE, seq: storedLog.length });
      expect(verifyAuditLog(restored.snapshot()).ok).toBe(true);
      expect(restored.snapshot()).toEqual(migrateGebiedsprocesSnapshot(stored));
      expect(restored.revision()).toBe(storedLog.length + 1);
      expect(xstateOf(restored).actor.getSnapshot().value).toEqual(
        (stored as unknown as { machine: { value: unknown } }).machine.value,
      );
      for (const event of probes(name, stored)) {
        expect(withoutChainStart(restored.send(event, { untyped: true }))).toEqual(
          withoutChainStart(replayed.send(event, { untyped: true })),
        );
      }
      expect(withoutChainStart(restored.snapshot())).toEqual(withoutChainStart(replayed.snapshot()));
      expect(restored.context().auditLog.length).toBeGreaterThan(stored.machine.context.auditLog.length);
      // The stored log has no derived entries; where it accepted a full startnotitie, its replay has.
      expect(restored.context().auditLog.some((e) => e.derivedFrom !== undefined)).toBe(false);
      const acceptedFull = storedLog.some(
        (e) => e.type === 'step.close' && e.stepBefore === 'opstart' && name.startsWith('lindewaard'),
      );
      expect(replayed.context().auditLog.some((e) => e.type === 'derived.configuration')).toBe(acceptedFull);
    });
  }
});

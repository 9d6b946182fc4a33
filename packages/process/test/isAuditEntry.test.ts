// Restore checks the audit entries of a snapshot with a hand-written check and asks zod only when
// that check says no; these tests hold the check to AuditEntrySchema, the source of truth.
import { type AuditEntry, AuditEntrySchema, isGebiedsgerichtError, LIMITS } from '@gebiedsgericht/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUDIT_GENESIS_HASH, chainAuditEntry } from '../src/audit/auditHash';
import { isAuditEntry } from '../src/audit/isAuditEntry';
import { defaultStepTemplate, restoreGebiedsproces } from '../src/index';
import { fullRun, lindewaardSettings, newLindewaardProcess, testOptions } from './support/gebiedsprocesFixtures';

const gebied = newLindewaardProcess();
for (const event of fullRun(defaultStepTemplate, lindewaardSettings)) gebied.send(event);
const entries = JSON.parse(JSON.stringify(gebied.context().auditLog)) as Record<string, unknown>[];
const rejected = gebied.send(
  { ...(entries[0]?.event as Record<string, unknown>), stepId: 'nergens' },
  { untyped: true },
);
if (rejected.accepted || !rejected.entry) throw new Error('expected a rejected entry with a reason');
entries.push(JSON.parse(JSON.stringify(rejected.entry)));

const keys = [...Object.keys(AuditEntrySchema.shape), 'extra', 'constructor', '__proto__'];
/** Values at and around the edges of each field's schema, plus any JSON value. */
const edgeValue = fc.oneof(
  fc.constantFrom(
    0,
    -1,
    1.5,
    2 ** 53,
    -0,
    '',
    'x',
    'regisseur',
    'procesregisseur-zuidmark',
    '-begint-met-streep',
    'prototype',
    'x'.repeat(LIMITS.textLength.max),
    'x'.repeat(LIMITS.textLength.max + 1),
    'x'.repeat(LIMITS.idLength.max),
    'x'.repeat(LIMITS.idLength.max + 1),
    '2026-02-20T09:00:00+01:00',
    '2026-02-20T09:00:00',
    '2026-02-30T09:00:00Z',
    'a'.repeat(64),
    'A'.repeat(64),
    'a'.repeat(63),
    true,
    false,
    null,
    [],
    {},
    { code: 'x', path: [], message: { nl: 'n', en: 'e' } },
    { code: 'x', path: ['a', 1], message: { nl: 'n' } },
  ),
  fc.jsonValue(),
);
const mutation = fc.record({
  index: fc.nat(entries.length - 1),
  changes: fc.array(fc.tuple(fc.constantFrom(...keys), fc.option(edgeValue, { nil: undefined }), fc.boolean()), {
    maxLength: 3,
  }),
});

function mutated({ index, changes }: { index: number; changes: [string, unknown, boolean][] }) {
  const entry: Record<string, unknown> = JSON.parse(JSON.stringify(entries[index]));
  for (const [key, value, remove] of changes) {
    if (remove) delete entry[key];
    else Object.defineProperty(entry, key, { value, enumerable: true, configurable: true, writable: true });
  }
  return JSON.parse(JSON.stringify(entry)) as unknown;
}

describe('the audit entry check of restore', () => {
  it('accepts every entry the process writes, accepted and rejected', () => {
    for (const entry of entries) {
      expect(AuditEntrySchema.safeParse(entry).success).toBe(true);
      expect(isAuditEntry(entry)).toBe(true);
    }
  });

  it('accepts exactly the JSON entries AuditEntrySchema accepts', () => {
    fc.assert(
      fc.property(mutation, (m) => {
        const entry = mutated(m);
        expect(isAuditEntry(entry)).toBe(AuditEntrySchema.safeParse(entry).success);
      }),
      { numRuns: 2_000 },
    );
  });

  it('never accepts what AuditEntrySchema rejects, JSON or not', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), mutation.map(mutated)), (value) => {
        if (isAuditEntry(value)) expect(AuditEntrySchema.safeParse(value).success).toBe(true);
      }),
    );
  });

  it('leaves a broken entry to the schema: restore answers with the same typed error as before', () => {
    const snapshot = JSON.parse(JSON.stringify(gebied.snapshot()));
    snapshot.context.auditLog[3].role = 'burgemeester';
    // Chained again, so the chain holds and the schema is what refuses the entry.
    let head = AUDIT_GENESIS_HASH;
    snapshot.context.auditLog = snapshot.context.auditLog.map((entry: AuditEntry) => {
      const { prevHash: _prev, hash: _hash, ...rest } = entry;
      const chained = chainAuditEntry(rest, head);
      head = chained.hash;
      return chained;
    });
    let error: unknown;
    try {
      restoreGebiedsproces(snapshot, testOptions);
    } catch (e) {
      error = e;
    }
    expect(isGebiedsgerichtError(error) && error.code).toBe('invalid_input');
    expect(isGebiedsgerichtError(error) && error.issues.map((i) => i.path.join('.'))).toEqual([
      'context.auditLog.3.role',
    ]);
  });
});

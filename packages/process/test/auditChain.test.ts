/**
 * The audit chain: every entry carries its predecessor's hash and its own, so an edit, deletion,
 * insertion or reordering of a stored log is found; signed checkpoints find the rest.
 */
import { createHash, createPublicKey, verify as nodeVerify } from 'node:crypto';
import { type AuditEntry, isGebiedsgerichtError } from '@gebiedsgericht/core';
import fc from 'fast-check';
import { canonicalize } from 'json-canonicalize';
import { describe, expect, it } from 'vitest';
import { canonicalHashedTextOf, hashedForm } from '../src/audit/auditHash';
import {
  AUDIT_CHAIN_START_TYPE,
  AUDIT_ENTRY_DOMAIN,
  AUDIT_GENESIS_HASH,
  auditEntryHash,
  auditPublicKey,
  chainAuditLogAtMigration,
  checkpoint,
  createGebiedsproces,
  defaultStepTemplate,
  type RunningGebiedsproces,
  rejectionOfAuditLink,
  replaySnapshot,
  restoreGebiedsproces,
  signAuditCheckpoint,
  verifyAuditCheckpoint,
  verifyAuditLog,
} from '../src/index';
import {
  CHECKPOINT,
  CHECKPOINT_SIGNATURE,
  DECOMPOSED_CAFE,
  FIRST_CANONICAL,
  FIRST_ENTRY,
  PUBLIC_KEY,
  SECOND_ENTRY,
  SECRET_KEY,
} from './support/auditVectors';
import { day, ev, lindewaardSettings, START, STEP, stepEvents, testOptions } from './support/gebiedsprocesFixtures';

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
  sendAll(process, [ev.submit(STEP.varianten, 'developmentVariants', day(301))]);
  return process;
}

function logOf(snapshot: { context: Record<string, unknown> }): AuditEntry[] {
  return (snapshot.context as { auditLog: AuditEntry[] }).auditLog;
}

function withLog<T extends { context: Record<string, unknown> }>(snapshot: T, log: unknown[]): T {
  return { ...snapshot, context: { ...snapshot.context, auditLog: log } };
}

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('entry hashes', { timeout: 60_000 }, () => {
  it('match the fixed vectors, computed outside the SDK over the hand-written canonical JSON', () => {
    expect(sha256Hex(AUDIT_ENTRY_DOMAIN + FIRST_CANONICAL)).toBe(FIRST_ENTRY.hash);
    expect(auditEntryHash(FIRST_ENTRY)).toBe(FIRST_ENTRY.hash);
    expect(auditEntryHash(SECOND_ENTRY)).toBe(SECOND_ENTRY.hash);
    expect(verifyAuditLog([FIRST_ENTRY, SECOND_ENTRY])).toEqual({ ok: true, length: 2, head: SECOND_ENTRY.hash });
  });

  it('hash canonically equivalent text the same (NFC) and ignore key order', () => {
    const composed = { ...FIRST_ENTRY, motivation: DECOMPOSED_CAFE.normalize('NFC') };
    expect(composed.motivation).not.toBe(FIRST_ENTRY.motivation);
    expect(auditEntryHash(composed)).toBe(FIRST_ENTRY.hash);
    const reversed = Object.fromEntries(Object.entries(FIRST_ENTRY).reverse());
    expect(auditEntryHash(reversed)).toBe(FIRST_ENTRY.hash);
  });

  it('serialise the hashed form exactly as the RFC 8785 library json-canonicalize does', () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        text,
        fc.integer(),
        fc.double(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 5 }),
        // an object member that is undefined is left out, as JSON.stringify leaves it out
        fc.dictionary(text, fc.oneof(tie('value'), fc.constant(undefined)), { maxKeys: 6 }),
      ),
    })).value;
    fc.assert(
      fc.property(json, (value) => {
        if (typeof value === 'number' && !Number.isFinite(value)) return;
        let form: unknown;
        try {
          form = hashedForm(value);
        } catch {
          return; // not hashable (a non-finite number or keys equal after NFC): refused, not serialised
        }
        expect(canonicalHashedTextOf(value)).toBe(canonicalize(form));
      }),
      { numRuns: 2000 },
    );
  });

  it('hash no floating-point number: non-integers are tagged decimal strings, one-to-one', () => {
    const variants = [0.3, '0.3', { '~decimal': '0.3' }, 3, '3', 1e21, 2 ** 53];
    const hashes = variants.map((weight) => auditEntryHash({ ...SECOND_ENTRY, event: { type: 'x', weight } }));
    expect(new Set(hashes).size).toBe(variants.length);
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const numbers: number[] = [];
        JSON.parse(JSON.stringify(hashedForm(value)), (_key, v) => {
          if (typeof v === 'number') numbers.push(v);
          return v;
        });
        expect(numbers.every((n) => Number.isSafeInteger(n))).toBe(true);
      }),
    );
  });

  it('answer a typed error for what is not an audit entry', () => {
    expect(() => auditEntryHash({ ...FIRST_ENTRY, seq: -1 })).toThrowError(
      expect.objectContaining({ code: 'invalid_input' }),
    );
  });
});

describe('the process writes a chain', { timeout: 60_000 }, () => {
  it('links every accepted entry to the one before, from the genesis value', () => {
    const process = halfway();
    const log = process.context().auditLog;
    expect(log.length).toBeGreaterThan(10);
    expect(log[0]?.prevHash).toBe(AUDIT_GENESIS_HASH);
    log.forEach((entry, i) => {
      expect(entry.hash).toBe(auditEntryHash(entry));
      if (i > 0) expect(entry.prevHash).toBe(log[i - 1]?.hash);
    });
    expect(verifyAuditLog(process.snapshot())).toEqual({ ok: true, length: log.length, head: log.at(-1)?.hash });
  });

  it('gives a rejected entry for the caller’s own log that links to the head without joining the chain', () => {
    const process = halfway();
    const before = process.context().auditLog;
    const result = process.send(ev.submit(STEP.opstart, 'startnotitie', day(400)));
    expect(result.accepted).toBe(false);
    if (result.accepted || !result.entry) throw new Error('expected a rejected entry');
    expect(result.entry.prevHash).toBe(before.at(-1)?.hash);
    expect(result.entry.hash).toBe(auditEntryHash(result.entry));
    expect(process.context().auditLog).toEqual(before);
  });

  it('restores an intact snapshot, and refuses one whose log was edited, with a typed error', () => {
    const snapshot = JSON.parse(JSON.stringify(halfway().snapshot()));
    expect(restoreGebiedsproces(snapshot, testOptions).snapshot()).toEqual(snapshot);
    const log = logOf(snapshot);
    const edited = log.map((entry, i) => (i === 3 ? { ...entry, actor: 'iemand-anders' } : entry));
    let caught: unknown;
    try {
      restoreGebiedsproces(withLog(snapshot, edited), testOptions);
    } catch (error) {
      caught = error;
    }
    expect(isGebiedsgerichtError(caught)).toBe(true);
    expect(caught).toMatchObject({ code: 'audit_chain_broken', path: ['context', 'auditLog', 3] });
    const dropped = log.filter((_, i) => i !== 2);
    expect(() => restoreGebiedsproces(withLog(snapshot, dropped), testOptions)).toThrowError(
      expect.objectContaining({ code: 'audit_chain_broken' }),
    );
  });
});

describe('the key order of a stored entry does not matter', { timeout: 60_000 }, () => {
  /** A copy with the keys of every object in reverse order, as a store that reorders keys may give it back. */
  function reversed(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(reversed);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.keys(value)
        .reverse()
        .map((key) => [key, reversed((value as Record<string, unknown>)[key])]),
    );
  }

  it('hashes every entry as the RFC 8785 text of its hashed form, whatever keys and values it has', () => {
    // Keys JavaScript orders as numbers, text not in NFC, keys with `~`, non-integers, unsafe integers.
    const awkward = [
      undefined,
      { '10': 'a', '9': 'b' },
      { 'Cafe\u0301': 'x', ä: 'y' },
      { value: DECOMPOSED_CAFE },
      { '~x': 1 },
      { n: 0.5 },
      { big: 2 ** 60 },
    ];
    fc.assert(
      fc.property(fc.array(unchainedEntry, { minLength: 1, maxLength: 6 }), fc.nat(), (entries, pick) => {
        const extra = awkward[pick % awkward.length];
        const log = chain(extra ? entries.map((e) => ({ ...e, event: { ...e.event, extra } })) : entries);
        for (const entry of log) {
          const { hash, ...rest } = entry;
          expect(hash).toBe(sha256Hex(AUDIT_ENTRY_DOMAIN + canonicalize(hashedForm(rest))));
        }
      }),
    );
  });

  it('verifies and restores a log whose keys come back in another order, and still finds an edit in it', () => {
    const snapshot = JSON.parse(JSON.stringify(halfway().snapshot()));
    const log = logOf(snapshot);
    const entry = log[3] as unknown as Record<string, unknown>;
    // The process writes its entries with the keys in canonical order.
    expect(Object.keys(entry).filter((k) => k !== 'hash')).toEqual(
      Object.keys(entry)
        .filter((k) => k !== 'hash')
        .sort(),
    );
    const shuffled = log.map(reversed);
    expect(verifyAuditLog(shuffled)).toEqual(verifyAuditLog(log));
    expect(restoreGebiedsproces(withLog(snapshot, shuffled), testOptions).context().auditLog).toEqual(log);
    const edited = shuffled.map((e, i) => (i === 3 ? { ...(e as object), actor: 'iemand-anders' } : e));
    expect(verifyAuditLog(edited)).toMatchObject({ ok: false, index: 3, problem: 'edited' });
  });

  it('keeps an own __proto__ key of an event as data, in the entry and in its hash', () => {
    const event = JSON.parse('{"type":"step.close","extra":{"__proto__":{"a":1}}}');
    const { motivation: _decomposed, hash: _hash, prevHash: _prev, ...plain } = FIRST_ENTRY;
    const [entry] = chain([{ ...plain, event }]);
    const extra = ((entry as AuditEntry).event as { extra: object }).extra;
    expect(Object.keys(extra)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(extra)).toBe(Object.prototype);
    const { hash, ...rest } = entry as Record<string, unknown>;
    expect(hash).toBe(sha256Hex(AUDIT_ENTRY_DOMAIN + canonicalize(hashedForm(rest))));
    expect(verifyAuditLog([entry])).toMatchObject({ ok: true });
  });

  it('hashes an own __proto__ key also in an entry that is not in hashed form', () => {
    // The decimal sends the entry through the slower hashed form, which once set a prototype
    // for the key instead of keeping it: adding such a key did not change the hash.
    const { motivation: _decomposed, hash: _hash, prevHash: _prev, ...plain } = FIRST_ENTRY;
    const withKey = JSON.parse('{"type":"step.close","weight":0.5,"__proto__":1}');
    const [entry] = chain([{ ...plain, event: { type: 'step.close', weight: 0.5 } }]);
    const [keyed] = chain([{ ...plain, event: withKey }]);
    expect((keyed as AuditEntry).hash).not.toBe((entry as AuditEntry).hash);
    const { hash, ...rest } = keyed as Record<string, unknown>;
    expect(hash).toBe(sha256Hex(AUDIT_ENTRY_DOMAIN + canonicalize(hashedForm(rest))));
    expect(canonicalize(hashedForm(rest))).toContain('"__proto__":1');
    expect(verifyAuditLog([{ ...(entry as AuditEntry), event: withKey }])).toMatchObject({
      ok: false,
      problem: 'edited',
    });
  });

  it('finds a number replaced by the text its hash stands for, in whatever key order', () => {
    // 0.3 is hashed as {"~decimal":"0.3"}; an entry holding that object instead is another entry.
    const { motivation: _decomposed, hash: _hash, prevHash: _prev, ...plain } = FIRST_ENTRY;
    const [entry] = chain([{ ...plain, event: { type: 'step.close', weight: 0.3 } }]);
    const sorted = (value: unknown): unknown =>
      value === null || typeof value !== 'object' || Array.isArray(value)
        ? value
        : Object.fromEntries(
            Object.keys(value)
              .sort()
              .map((key) => [key, sorted((value as Record<string, unknown>)[key])]),
          );
    const forged = sorted({ ...entry, event: { type: 'step.close', weight: { '~decimal': '0.3' } } });
    expect(verifyAuditLog([entry])).toMatchObject({ ok: true });
    expect(verifyAuditLog([forged])).toMatchObject({ ok: false, index: 0, problem: 'edited' });
  });

  it.each([
    ['keys out of order below the top', { type: 'step.close', weight: { b: 1, a: 2 } }],
    ['keys JavaScript puts in numeric order', { type: 'step.close', weight: { '9': 1, '10': 2 } }],
    ['a number that is not an integer', { type: 'step.close', weight: 0.5 }],
    ['text not in NFC', { type: 'step.close', name: DECOMPOSED_CAFE }],
  ])('refuses a hash taken over the plain JSON text of an entry with %s', (_name, event) => {
    // Whoever writes the log can put any hash in it: one over text that is not the canonical
    // text of the entry must fail however the entry is checked, the quick way or the full one.
    const { motivation: _decomposed, hash: _hash, prevHash: _prev, ...plain } = FIRST_ENTRY;
    const top = { ...plain, event, prevHash: AUDIT_GENESIS_HASH } as Record<string, unknown>;
    const body = Object.fromEntries(
      Object.keys(top)
        .sort()
        .map((key) => [key, top[key]]),
    );
    const entry = { ...body, hash: sha256Hex(AUDIT_ENTRY_DOMAIN + JSON.stringify(body)) };
    expect(auditEntryHash(entry)).not.toBe(entry.hash);
    expect(verifyAuditLog([entry])).toMatchObject({ ok: false, index: 0, problem: 'edited' });
    expect(verifyAuditLog([JSON.parse(JSON.stringify(entry))])).toMatchObject({ ok: false, problem: 'edited' });
  });

  it('answers as the full computation does, for any event and a hash over its plain JSON text', () => {
    const { motivation: _decomposed, hash: _hash, prevHash: _prev, ...plain } = FIRST_ENTRY;
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.boolean(), (extra, sortKeys) => {
        const top = { ...plain, event: { type: 'step.close', ...extra }, prevHash: AUDIT_GENESIS_HASH };
        const keys = Object.keys(top) as (keyof typeof top)[];
        const body = Object.fromEntries((sortKeys ? keys.sort() : keys).map((key) => [key, top[key]]));
        const entry = { ...body, hash: sha256Hex(AUDIT_ENTRY_DOMAIN + JSON.stringify(body)) };
        const canonical = entry.hash === sha256Hex(AUDIT_ENTRY_DOMAIN + canonicalize(hashedForm(body)));
        expect(verifyAuditLog([entry]).ok).toBe(canonical);
        expect(verifyAuditLog([JSON.parse(JSON.stringify(entry))]).ok).toBe(canonical);
      }),
      { numRuns: 500 },
    );
  });
});

describe('verifyAuditLog names the first broken position', { timeout: 60_000 }, () => {
  const snapshot = JSON.parse(JSON.stringify(halfway().snapshot()));
  const log = logOf(snapshot);
  const head = checkpoint(snapshot);

  it.each([
    ['an edited motivation', log.map((e, i) => (i === 4 ? { ...e, motivation: 'anders' } : e)), 4, 'edited'],
    ['a deleted entry', log.filter((_, i) => i !== 4), 4, 'deleted'],
    ['two swapped entries', log.map((e, i) => (i === 4 ? log[5] : i === 5 ? log[4] : e)), 4, 'reordered'],
    ['a duplicated entry', [...log.slice(0, 5), log[2], ...log.slice(5)], 5, 'inserted'],
    ['an entry without hashes', log.map((e, i) => (i === 1 ? { ...e, hash: undefined } : e)), 1, 'malformed'],
  ])('%s', (_name, entries, index, problem) => {
    expect(verifyAuditLog(entries)).toMatchObject({ ok: false, index, problem });
  });

  it('a truncated head only with a checkpoint, and a rebuilt chain against a checkpoint', () => {
    const truncated = log.slice(0, -2);
    expect(verifyAuditLog(truncated).ok).toBe(true);
    expect(verifyAuditLog(truncated, { checkpoint: head })).toMatchObject({ ok: false, problem: 'truncated' });
    // A database administrator edits entry 2 and recomputes every hash after it: the chain holds,
    // only the checkpoint published earlier shows it.
    const rebuilt = chainAuditLogAtMigration(
      withLog(
        snapshot,
        log.map((e, i) => (i === 2 ? { ...e, motivation: 'herschreven' } : e)),
      ),
    ) as typeof snapshot;
    const forged = logOf(rebuilt).slice(0, log.length);
    expect(verifyAuditLog(forged).ok).toBe(true);
    expect(verifyAuditLog(forged, { checkpoint: head })).toMatchObject({ ok: false, problem: 'rewritten' });
    expect(verifyAuditLog(snapshot, { checkpoint: { ...head, processId: 'gebiedsproces-elders' } })).toMatchObject({
      ok: false,
      problem: 'rewritten',
    });
    expect(verifyAuditLog(snapshot, { checkpoint: head })).toMatchObject({ ok: true });
  });

  it('answers typed errors for what is no log and for a bad checkpoint', () => {
    expect(() => verifyAuditLog(42)).toThrowError(expect.objectContaining({ code: 'invalid_argument' }));
    expect(() => verifyAuditLog(log, { checkpoint: { ...head, seq: -1 } })).toThrowError(
      expect.objectContaining({ code: 'invalid_input', path: ['checkpoint'] }),
    );
  });
});

// ── property: any single change, deletion, insertion or swap is found ─────────────────────────

const unchainedEntry = fc.record(
  {
    type: fc.constantFrom('step.close', 'consent.record', 'deliverable.submit', 'knelpunt.raise'),
    timestamp: fc.integer({ min: 0, max: 10_000 }).map((d) => day(d)),
    actor: fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/),
    role: fc.constantFrom('regisseur', 'partij', 'bevoegd_gezag'),
    motivation: fc.string({ minLength: 1, maxLength: 12 }),
    stepBefore: fc.constantFrom(STEP.opstart, STEP.inzicht, 'monitoring'),
    stepAfter: fc.constantFrom(STEP.opstart, STEP.inzicht, 'monitoring'),
    accepted: fc.boolean(),
    event: fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
  },
  { requiredKeys: ['type', 'timestamp', 'actor', 'role', 'stepBefore', 'stepAfter', 'accepted', 'event'] },
);

function chain(entries: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  const snapshot = { context: { auditLog: entries.map((e, seq) => ({ ...e, seq })) } };
  const chained = logOf(chainAuditLogAtMigration(snapshot) as typeof snapshot);
  return chained.slice(0, entries.length); // without the chain-start record
}

type Path = (string | number)[];
function leafPaths(value: unknown, path: Path = []): { path: Path; value: unknown }[] {
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    const inner = entries.flatMap(([key, item]) =>
      leafPaths(item, [...path, Array.isArray(value) ? Number(key) : key]),
    );
    return [{ path, value }, ...inner];
  }
  return [{ path, value }];
}

/** A value different from `value` in a way that is not the same text after NFC. */
function changed(value: unknown, pick: number): unknown {
  if (typeof value === 'string') return pick % 2 === 0 ? `${value}x` : `y${value}`;
  if (typeof value === 'number') {
    // The first candidate that is another JSON number (value + 0.5 rounds back for large values).
    const candidates = pick % 2 === 0 ? [value + 1, value * 2, 1] : [value + 0.5, value * 2, 1];
    return candidates.find((c) => JSON.stringify(c) !== JSON.stringify(value));
  }
  if (typeof value === 'boolean') return !value;
  if (value === null) return pick % 2 === 0 ? 0 : '';
  if (Array.isArray(value)) return pick % 2 === 0 || value.length === 0 ? [...value, null] : value.slice(1);
  return { ...(value as Record<string, unknown>), [`k${pick}`]: pick };
}

function setAt(root: unknown, path: Path, next: unknown): unknown {
  if (path.length === 0) return next;
  const [head, ...rest] = path;
  if (Array.isArray(root)) return root.map((item, i) => (i === head ? setAt(item, rest, next) : item));
  const object = root as Record<string, unknown>;
  return { ...object, [head as string]: setAt(object[head as string], rest, next) };
}

function removeAt(root: unknown, path: Path): unknown {
  const parentPath = path.slice(0, -1);
  const key = path.at(-1);
  const parent = parentPath.reduce<unknown>((node, k) => (node as Record<string | number, unknown>)[k], root);
  const without = Array.isArray(parent)
    ? parent.filter((_, i) => i !== key)
    : Object.fromEntries(Object.entries(parent as Record<string, unknown>).filter(([k]) => k !== key));
  return setAt(root, parentPath, without);
}

describe('property: every single tampering is detected', { timeout: 60_000 }, () => {
  const logs = fc.array(unchainedEntry, { minLength: 1, maxLength: 8 }).map(chain);

  it('a change to any field of any entry, or removing any field', () => {
    fc.assert(
      fc.property(logs, fc.nat(), fc.nat(), fc.boolean(), (log, i, pick, remove) => {
        const index = i % log.length;
        const entry = log[index] as Record<string, unknown>;
        const paths = leafPaths(entry).filter((p) => p.path.length > 0);
        const target = paths[pick % paths.length] as { path: Path; value: unknown };
        const tampered = remove ? removeAt(entry, target.path) : setAt(entry, target.path, changed(target.value, pick));
        const result = verifyAuditLog(log.map((e, k) => (k === index ? tampered : e)));
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.index).toBeLessThanOrEqual(index);
      }),
    );
  });

  it('a deletion anywhere (the newest entry: with a checkpoint)', () => {
    fc.assert(
      fc.property(logs, fc.nat(), (log, i) => {
        const index = i % log.length;
        const last = log.at(-1) as { hash: string };
        const point = { processId: 'p', seq: log.length - 1, hash: last.hash };
        const shorter = log.filter((_, k) => k !== index);
        if (index < log.length - 1) expect(verifyAuditLog(shorter).ok).toBe(false);
        expect(verifyAuditLog(shorter, { checkpoint: point }).ok).toBe(false);
      }),
    );
  });

  it('an insertion anywhere, of a copy or of a foreign entry', () => {
    fc.assert(
      fc.property(logs, logs, fc.nat(), fc.nat(), fc.boolean(), (log, other, at, from, foreign) => {
        const position = at % (log.length + 1);
        const source = foreign ? other : log;
        const extra = source[from % source.length] as Record<string, unknown>;
        const longer = [...log.slice(0, position), extra, ...log.slice(position)];
        expect(verifyAuditLog(longer).ok).toBe(false);
      }),
    );
  });

  it('a swap of any two entries', () => {
    fc.assert(
      fc.property(
        logs.filter((log) => log.length >= 2),
        fc.nat(),
        fc.nat(),
        (log, a, b) => {
          const i = a % log.length;
          const j = (i + 1 + (b % (log.length - 1))) % log.length;
          const swapped = log.map((e, k) => (k === i ? log[j] : k === j ? log[i] : e));
          expect(verifyAuditLog(swapped).ok).toBe(false);
        },
      ),
    );
  });
});

describe('rejectionOfAuditLink for a store that appends', { timeout: 60_000 }, () => {
  it('accepts the entry the process produced, and refuses a stale head, a wrong seq or an edit', () => {
    const process = halfway();
    const before = process.context().auditLog;
    const head = { length: before.length, hash: before.at(-1)?.hash ?? AUDIT_GENESIS_HASH };
    const result = process.send(ev.suspend(day(310)));
    if (!result.accepted) throw new Error('expected acceptance');
    expect(rejectionOfAuditLink(head, result.entry)).toBeNull();
    const stale = { length: before.length - 1, hash: before.at(-2)?.hash ?? AUDIT_GENESIS_HASH };
    expect(rejectionOfAuditLink(stale, result.entry)).toMatchObject({
      code: 'audit_chain_broken',
      path: ['entry', 'seq'],
    });
    expect(rejectionOfAuditLink({ ...head, hash: AUDIT_GENESIS_HASH }, result.entry)).toMatchObject({
      path: ['entry', 'prevHash'],
    });
    expect(rejectionOfAuditLink(head, { ...result.entry, actor: 'iemand-anders' })).toMatchObject({
      path: ['entry', 'hash'],
    });
    expect(rejectionOfAuditLink({ length: 0, hash: AUDIT_GENESIS_HASH }, { seq: 0 })).toMatchObject({
      path: ['entry'],
    });
    expect(() => rejectionOfAuditLink({ length: -1, hash: 'x' }, result.entry)).toThrowError(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
  });
});

describe('snapshots from before the chain', { timeout: 60_000 }, () => {
  function legacy(process: RunningGebiedsproces) {
    const snapshot = JSON.parse(JSON.stringify(process.snapshot()));
    const log = logOf(snapshot).map(({ prevHash: _p, hash: _h, ...entry }) => entry);
    // Format 1 kept the context inside XState's persisted snapshot, without a revision.
    const { context, revision: _r, ...rest } = snapshot;
    return { ...rest, schemaVersion: 1, machine: { context: { ...context, auditLog: log } } };
  }

  it('migrate: the chain starts at the migration and the log records that', () => {
    const original = halfway();
    const v1 = legacy(original);
    const v1Log = v1.machine.context.auditLog;
    const count = v1Log.length;
    const restored = restoreGebiedsproces(v1, testOptions);
    const log = restored.context().auditLog;
    expect(log).toHaveLength(count + 1);
    const start = log.at(-1);
    expect(start).toMatchObject({
      seq: count,
      type: AUDIT_CHAIN_START_TYPE,
      accepted: false,
      timestamp: v1Log.at(-1)?.timestamp,
      event: { type: AUDIT_CHAIN_START_TYPE, fromSchemaVersion: 1, unchainedEntries: count },
    });
    expect(verifyAuditLog(restored.snapshot()).ok).toBe(true);
    // The process state is the original's; only the log gained the chain.
    const { auditLog: _a, ...state } = restored.context();
    const { auditLog: _b, ...originalState } = original.context();
    expect(state).toEqual(originalState);
    // New events link to the chain-start entry, and a replay still rebuilds the state.
    sendAll(restored, [ev.suspend(day(320))]);
    expect(restored.context().auditLog.at(-1)).toMatchObject({ seq: count + 1, prevHash: start?.hash });
    const { auditLog: _c, ...replayed } = replaySnapshot(restored.snapshot(), testOptions).context();
    const { auditLog: _d, ...now } = restored.context();
    expect(replayed).toEqual(now);
    // From the migration on, the entries written before it are protected too.
    const after = JSON.parse(JSON.stringify(restored.snapshot()));
    const edited = logOf(after).map((e, i) => (i === 0 ? { ...e, actor: 'iemand-anders' } : e));
    expect(() => restoreGebiedsproces(withLog(after, edited), testOptions)).toThrowError(
      expect.objectContaining({ code: 'audit_chain_broken' }),
    );
  });

  it('migrate a process with an empty log to a chain that starts with the record of the migration', () => {
    const fresh = createGebiedsproces({
      template: defaultStepTemplate,
      settings: lindewaardSettings,
      startedAt: START,
      options: testOptions,
    });
    const restored = restoreGebiedsproces(legacy(fresh), testOptions);
    expect(restored.context().auditLog).toEqual([
      expect.objectContaining({ seq: 0, prevHash: AUDIT_GENESIS_HASH, timestamp: START, stepAfter: STEP.opstart }),
    ]);
  });
});

describe('signed checkpoints', { timeout: 60_000 }, () => {
  it('match the fixed RFC 8032 vector and an independent Ed25519 (Node’s crypto, OpenSSL)', () => {
    expect(auditPublicKey(SECRET_KEY)).toBe(PUBLIC_KEY);
    const signed = signAuditCheckpoint(CHECKPOINT, SECRET_KEY);
    expect(signed).toEqual({
      checkpoint: CHECKPOINT,
      algorithm: 'Ed25519',
      publicKey: PUBLIC_KEY,
      signature: CHECKPOINT_SIGNATURE,
    });
    const key = createPublicKey({
      key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(PUBLIC_KEY, 'hex').toString('base64url') },
      format: 'jwk',
    });
    const message = Buffer.from(
      `gebiedsgericht/audit-checkpoint/v1\n{"hash":"${CHECKPOINT.hash}","processId":"${CHECKPOINT.processId}","seq":${CHECKPOINT.seq}}`,
    );
    expect(nodeVerify(null, message, key, Buffer.from(signed.signature, 'hex'))).toBe(true);
    expect(verifyAuditCheckpoint(signed, PUBLIC_KEY)).toBe(true);
  });

  it('of a running process name its newest entry, and forged or altered ones are refused', () => {
    const process = halfway();
    const point = checkpoint(process);
    const log = process.context().auditLog;
    expect(point).toEqual({ processId: lindewaardSettings.processId, seq: log.length - 1, hash: log.at(-1)?.hash });
    const signed = signAuditCheckpoint(point, SECRET_KEY);
    expect(verifyAuditCheckpoint(signed, PUBLIC_KEY)).toBe(true);
    const flip = (hex: string, at: number) =>
      hex.slice(0, at) + (Number.parseInt(hex[at] ?? '0', 16) ^ 1).toString(16) + hex.slice(at + 1);
    for (const at of [0, 31, 64, 127]) {
      expect(verifyAuditCheckpoint({ ...signed, signature: flip(signed.signature, at) }, PUBLIC_KEY)).toBe(false);
    }
    expect(verifyAuditCheckpoint({ ...signed, checkpoint: { ...point, seq: point.seq - 1 } }, PUBLIC_KEY)).toBe(false);
    const otherSecret = 'ab'.repeat(32);
    const byOther = signAuditCheckpoint(point, otherSecret);
    expect(verifyAuditCheckpoint(byOther, PUBLIC_KEY)).toBe(false);
    expect(verifyAuditCheckpoint({ ...byOther, publicKey: PUBLIC_KEY }, PUBLIC_KEY)).toBe(false);
    expect(() => verifyAuditCheckpoint({ ...signed, signature: 'zz' }, PUBLIC_KEY)).toThrowError(
      expect.objectContaining({ code: 'invalid_input' }),
    );
  });

  it('are refused for an empty log and for a broken chain', () => {
    const fresh = createGebiedsproces({
      template: defaultStepTemplate,
      settings: lindewaardSettings,
      startedAt: START,
      options: testOptions,
    });
    expect(() => checkpoint(fresh)).toThrowError(expect.objectContaining({ code: 'audit_log_empty' }));
    const snapshot = JSON.parse(JSON.stringify(halfway().snapshot()));
    const broken = withLog(snapshot, logOf(snapshot).slice(1));
    expect(() => checkpoint(broken)).toThrowError(expect.objectContaining({ code: 'audit_chain_broken' }));
  });
});

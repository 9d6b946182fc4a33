import type { AuditEntry } from '@gebiedsgericht/core';
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { canonicalize } from 'json-canonicalize';
import { processMessages } from '../messages';

/**
 * The `prevHash` of the first entry of every audit chain: 64 zeros.
 *
 * @example
 * log[0]?.prevHash === AUDIT_GENESIS_HASH; // true for a chain that starts at its first entry
 * @see docs/process.md (audit chain)
 */
export const AUDIT_GENESIS_HASH = '0'.repeat(64);

/**
 * The bytes hashed before the canonical JSON of an entry, so an entry hash can never be mistaken
 * for the hash of another kind of document.
 */
export const AUDIT_ENTRY_DOMAIN = 'gebiedsgericht/audit-entry/v1\n';

/** The key under which the hashed form writes a number that is not a safe integer. */
const DECIMAL_KEY = '~decimal';

/**
 * The hashed form of a JSON value: the value itself, except that every string (and object key) is
 * NFC-normalised, every number that is not a safe integer becomes `{ "~decimal": "<the RFC 8785
 * serialisation of the number>" }`, and every object key that starts with `~` gets one more `~` in
 * front, so that form cannot be confused with a key of the data. The result holds only strings,
 * safe integers, booleans, null, arrays and objects; the map is one-to-one on JSON values (up to
 * canonically equivalent Unicode).
 */
export function hashedForm(value: unknown, path: readonly (string | number)[] = []): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw notHashable(path, 'a number that is not finite');
    return Number.isSafeInteger(value) ? value : { [DECIMAL_KEY]: canonicalize(value) };
  }
  if (value === null || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map((item, i) => hashedForm(item, [...path, i]));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue;
      const normal = key.normalize('NFC');
      const name = normal.startsWith('~') ? `~${normal}` : normal;
      if (Object.hasOwn(out, name)) throw notHashable([...path, key], 'two keys that are the same text after NFC');
      out[name] = hashedForm(item, [...path, key]);
    }
    return out;
  }
  throw notHashable(path, `a value of type ${typeof value}`);
}

function notHashable(path: readonly (string | number)[], what: string) {
  return processMessages.fail('audit_entry_not_hashable', { what }, [...path]);
}

/** The bytes whose SHA-256 is the entry hash: the domain prefix and the canonical hashed form. */
export function auditEntryBytes(entry: Readonly<Record<string, unknown>>): Uint8Array {
  const { hash: _ignored, ...rest } = entry;
  return utf8ToBytes(AUDIT_ENTRY_DOMAIN + canonicalize(hashedForm(rest)));
}

/** SHA-256 (lowercase hex) of an entry's hashed form without its `hash` field; no validation. */
export function unsafeAuditEntryHash(entry: Readonly<Record<string, unknown>>): string {
  return bytesToHex(sha256(auditEntryBytes(entry)));
}

/** An audit entry before it is chained: everything but `prevHash` and `hash`. */
export type UnchainedAuditEntry = Omit<AuditEntry, 'prevHash' | 'hash'>;

/**
 * Links an entry to the chain whose head hash is `prevHash`: sets `prevHash` and computes `hash`.
 *
 * @example
 * const entry = chainAuditEntry({ seq: 0, type: 'step.close', ... }, AUDIT_GENESIS_HASH);
 */
export function chainAuditEntry(entry: UnchainedAuditEntry, prevHash: string): AuditEntry {
  const linked = { ...entry, prevHash };
  return { ...linked, hash: unsafeAuditEntryHash(linked) };
}

/** The hash the next entry of this log must link to: the last entry's hash, or the genesis value. */
export function auditHead(log: readonly AuditEntry[]): string {
  return log.length === 0 ? AUDIT_GENESIS_HASH : (log[log.length - 1] as AuditEntry).hash;
}

import type { AuditEntry } from '@gebiedsgericht/core';
import { canonicalize } from 'json-canonicalize';
import { processMessages } from '../messages';
import { isAsciiText, sha256Hex } from './bytes';

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
 * canonically equivalent Unicode). A value that is already in hashed form (the usual case: ASCII
 * text and integers) is returned as it is, without a copy.
 */
export function hashedForm(value: unknown): unknown {
  return isHashedForm(value) ? value : transform(value, []);
}

/** Any character outside ASCII (ASCII text is always in NFC). */
const NON_ASCII = /[^ -~\t\n\r]/;

function isNfc(text: string): boolean {
  return !NON_ASCII.test(text) || text.normalize('NFC') === text;
}

/** Whether {@link hashedForm} would return the value unchanged (a read-only walk, no copies). */
function isHashedForm(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
      return isNfc(value);
    case 'number':
      return Number.isSafeInteger(value);
    case 'boolean':
      return true;
    case 'object': {
      if (value === null) return true;
      if (Array.isArray(value)) {
        for (const item of value) if (!isHashedForm(item)) return false;
        return true;
      }
      for (const key in value) {
        if (!Object.hasOwn(value, key)) continue;
        const item = (value as Record<string, unknown>)[key];
        if (item === undefined || quotedKey(key) === undefined || !isHashedForm(item)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

function transform(value: unknown, path: (string | number)[]): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw notHashable(path, 'a number that is not finite');
    return Number.isSafeInteger(value) ? value : { [DECIMAL_KEY]: canonicalize(value) };
  }
  if (value === null || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map((item, i) => transform(item, [...path, i]));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue;
      const normal = key.normalize('NFC');
      const name = normal.startsWith('~') ? `~${normal}` : normal;
      if (Object.hasOwn(out, name)) throw notHashable([...path, key], 'two keys that are the same text after NFC');
      const form = transform(item, [...path, key]);
      // `__proto__` assigned to a new object would set its prototype, and the key would not be hashed.
      if (name === '__proto__')
        Object.defineProperty(out, name, { value: form, enumerable: true, writable: true, configurable: true });
      else out[name] = form;
    }
    return out;
  }
  throw notHashable(path, `a value of type ${typeof value}`);
}

function notHashable(path: readonly (string | number)[], what: string) {
  return processMessages.fail('audit_entry_not_hashable', { what }, [...path]);
}

/**
 * The RFC 8785 (JCS) text of a value that is already in the hashed form, written in the same walk
 * that checks it; `undefined` as soon as a part is not. On that form (strings, safe integers,
 * booleans, null, arrays and objects) JCS is `JSON.stringify` with object keys sorted by UTF-16
 * code units: strings and integers serialise the same way in both, and no other number is left.
 * It gives what `json-canonicalize` gives (a property test holds the two together) at about a
 * third of the cost, which keeps the chain within its budget on `send` and on verification
 * (docs/performance.md, "process: audit chain").
 */
function directText(value: unknown, skipKey?: string): string | undefined {
  switch (typeof value) {
    case 'string':
      return quoted(value);
    case 'number':
      return Number.isSafeInteger(value) ? String(value) : undefined;
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) {
        let text = '[';
        for (let i = 0; i < value.length; i++) {
          const item = directText(value[i]);
          if (item === undefined) return undefined;
          text += (i === 0 ? '' : ',') + item;
        }
        return `${text}]`;
      }
      const record = value as Record<string, unknown>;
      let text = '{';
      let first = true;
      for (const key of Object.keys(record).sort()) {
        if (key === skipKey) continue;
        const item = record[key];
        if (item === undefined) continue;
        const name = quotedKey(key);
        if (name === undefined) return undefined;
        const itemText = directText(item);
        if (itemText === undefined) return undefined;
        text += `${first ? '' : ','}${name}:${itemText}`;
        first = false;
      }
      return `${text}}`;
    }
    default:
      return undefined;
  }
}

/** Printable ASCII without `"` and `\\`: JSON writes such a text between quotes, unchanged. */
const PLAIN_TEXT = /^[ !#-[\]-~]*$/;

/** The JSON text of a string in NFC; `undefined` for a string that is not. */
function quoted(text: string): string | undefined {
  if (PLAIN_TEXT.test(text)) return `"${text}"`;
  return isNfc(text) ? JSON.stringify(text) : undefined;
}

/** Object keys repeat across entries: their JSON text is kept once computed. */
const keyTexts = new Map<string, string>();

function quotedKey(key: string): string | undefined {
  const known = keyTexts.get(key);
  if (known !== undefined) return known;
  if (key.startsWith('~')) return undefined;
  const text = quoted(key);
  if (text !== undefined && keyTexts.size < 10_000) keyTexts.set(key, text);
  return text;
}

/**
 * The RFC 8785 text of the hashed form of a JSON value: `canonicalize(hashedForm(value))`, in one
 * walk for the usual value that is already in that form, and through `json-canonicalize` for the
 * rest (non-ASCII text not in NFC, decimals, keys starting with `~`).
 */
export function canonicalHashedTextOf(value: unknown): string {
  return directText(value) ?? canonicalize(transform(value, []));
}

/** {@link canonicalHashedTextOf} of an object without one of its keys, without copying it. */
function canonicalHashedTextWithout(value: Readonly<Record<string, unknown>>, key: string): string {
  const text = directText(value, key);
  if (text !== undefined) return text;
  const { [key]: _ignored, ...rest } = value;
  return canonicalize(transform(rest, []));
}

/** The text whose UTF-8 bytes are hashed: the domain prefix and the canonical hashed form. */
export function auditEntryText(entry: Readonly<Record<string, unknown>>): string {
  return AUDIT_ENTRY_DOMAIN + canonicalHashedTextWithout(entry, 'hash');
}

/** SHA-256 (lowercase hex) of an entry's hashed form without its `hash` field; no validation. */
export function unsafeAuditEntryHash(entry: Readonly<Record<string, unknown>>): string {
  return sha256Hex(auditEntryText(entry));
}

/** Whether a key is one JavaScript lists before all others, in numeric order (an array index). */
function isIndexLike(key: string): boolean {
  const first = key.charCodeAt(0);
  return first >= 48 && first <= 57;
}

/**
 * A copy of a value in hashed form whose object keys are in RFC 8785 order at every level, so that
 * `JSON.stringify` of it is its canonical text; `undefined` when the value is not in hashed form
 * or has a key that starts with a digit (JavaScript puts array-index keys first, whatever the
 * order they were written in) or a `__proto__` key (kept as data by the slower path).
 */
function canonicalCopy(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && canonicalValues.has(value)) return value;
  switch (typeof value) {
    case 'string':
      return PLAIN_TEXT.test(value) || isNfc(value) ? value : undefined;
    case 'number':
      return Number.isSafeInteger(value) ? value : undefined;
    case 'boolean':
      return value;
    case 'object': {
      if (value === null) return null;
      if (Array.isArray(value)) {
        const out: unknown[] = new Array(value.length);
        for (let i = 0; i < value.length; i++) {
          const item = canonicalCopy(value[i]);
          if (item === undefined) return undefined;
          out[i] = item;
        }
        return out;
      }
      const record = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(record).sort()) {
        const item = record[key];
        if (item === undefined) continue;
        // `__proto__` as a key of a new object would set its prototype instead of a member.
        if (key.length === 0 || key === '__proto__' || isIndexLike(key) || quotedKey(key) === undefined)
          return undefined;
        const copy = canonicalCopy(item);
        if (copy === undefined) return undefined;
        out[key] = copy;
      }
      return out;
    }
    default:
      return undefined;
  }
}

/** Values {@link canonicalEvent} made: already in canonical form, taken as they are. */
const canonicalValues = new WeakSet<object>();

/**
 * A private copy of a validated event with its object keys in canonical order at every level, as
 * its audit entry keeps it (so that a replay of the entry hands the reducer the same text), or the
 * event itself when it is not in hashed form (a decimal, text not in NFC, ...). Internal.
 */
export function canonicalEvent<T extends object>(event: T): T {
  const copy = canonicalCopy(event) as T | undefined;
  if (copy === undefined) return event;
  canonicalValues.add(copy);
  return copy;
}

/**
 * Whether `hash` is the hash of an entry (without its `hash` field), answered with the native
 * `JSON.stringify` where it gives the same text as the full computation: for an entry whose
 * values are all in hashed form and whose object keys come in canonical order at every level (as
 * {@link chainAuditEntry} writes them), the JSON text is the canonical text. That is checked in
 * full first, because whoever writes a log can put any hash in it, also one over a text that is
 * not canonical. Anything else (another key order, a decimal, text not in NFC, ...) is answered
 * by the full computation.
 */
export function auditEntryHashMatches(entry: Readonly<Record<string, unknown>>, hash: string): boolean {
  if (entry.hash === hash && isCanonicalEntry(entry)) {
    // `hash` is the last key, so the JSON text of the entry is that of the entry without it, then
    // `,"hash":"<hash>"}`: cut off, no copy of the entry is needed. (A `hash` that JSON would
    // escape is no SHA-256 in hex, so it can match nothing, wherever the text is cut.) Text in
    // ASCII is in NFC; only an entry with other text is walked again for its strings.
    const text = JSON.stringify(entry);
    if (isAsciiText(text) || isHashedForm(entry)) {
      return sha256Hex(`${AUDIT_ENTRY_DOMAIN}${text.slice(0, text.length - hash.length - 11)}}`) === hash;
    }
  }
  return unsafeAuditEntryHash(entry) === hash;
}

/**
 * Whether an entry has `hash` as its last key, and everything else in hashed form with the keys in
 * canonical order at every level, its strings aside (see {@link stringifiesCanonically}). Then
 * `JSON.stringify` writes the canonical text of the entry without `hash`, followed by the hash,
 * provided every string is in NFC.
 */
function isCanonicalEntry(entry: Readonly<Record<string, unknown>>): boolean {
  if (!isPlainObject(entry)) return false;
  let previous: string | undefined;
  let hashSeen = false;
  for (const key in entry) {
    if (hashSeen) return false;
    if (key === 'hash') {
      hashSeen = true;
      continue;
    }
    if ((previous !== undefined && !(previous < key)) || quotedKey(key) === undefined) return false;
    const item = entry[key];
    if (item !== undefined && !stringifiesCanonically(item)) return false;
    previous = key;
  }
  return hashSeen;
}

/** An object `JSON.stringify` writes key by key, without a `toJSON` it could inherit. */
function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Whether `JSON.stringify(value)` is the RFC 8785 text of the value's hashed form (what
 * `directText` gives) as far as its structure goes: safe integers, booleans, null, strings,
 * arrays, and plain objects whose keys are in hashed form and come in increasing UTF-16 order as
 * JavaScript lists them (it lists array-index keys first, so an object with such keys passes only
 * when that order is also the canonical one). Whether the strings are in NFC is left to the caller.
 */
function stringifiesCanonically(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isSafeInteger(value);
    case 'object': {
      if (value === null) return true;
      if (Array.isArray(value)) {
        if (Object.getPrototypeOf(value) !== Array.prototype) return false;
        for (let i = 0; i < value.length; i++) if (!stringifiesCanonically(value[i])) return false;
        return true;
      }
      if (!isPlainObject(value)) return false;
      const record = value as Record<string, unknown>;
      let previous: string | undefined;
      for (const key in record) {
        if ((previous !== undefined && !(previous < key)) || quotedKey(key) === undefined) return false;
        const item = record[key];
        if (item !== undefined && !stringifiesCanonically(item)) return false;
        previous = key;
      }
      return true;
    }
    default:
      return false;
  }
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
  const linked: Omit<AuditEntry, 'hash'> & { hash?: string } = { ...entry, prevHash };
  // The usual entry is written with its keys in canonical order at every level, so that its JSON
  // text is its canonical text: hashing it here and verifying it later both use the native
  // `JSON.stringify`. The hash is the same either way; only the order of the keys differs.
  const canonical = canonicalCopy(linked) as (Omit<AuditEntry, 'hash'> & { hash?: string }) | undefined;
  if (canonical !== undefined) {
    canonical.hash = sha256Hex(AUDIT_ENTRY_DOMAIN + JSON.stringify(canonical));
    return canonical as AuditEntry;
  }
  linked.hash = unsafeAuditEntryHash(linked);
  return linked as AuditEntry;
}

/** The hash the next entry of this log must link to: the last entry's hash, or the genesis value. */
export function auditHead(log: readonly AuditEntry[]): string {
  return log.length === 0 ? AUDIT_GENESIS_HASH : (log[log.length - 1] as AuditEntry).hash;
}

import {
  AuditDerivedFromSchema,
  AuditEntrySchema,
  ErrorIssueSchema,
  IdSchema,
  IsoDateTimeSchema,
  LIMITS,
  ProcessRole,
} from '@gebiedsgericht/core';

// A hand-written check of one audit entry against `AuditEntrySchema`, for restore's hot path: a
// log of a thousand entries is checked in a fraction of the time zod's object parser takes.
// `AuditEntrySchema` stays the source of truth: the allowed keys and roles are read from it, the
// fields with a format of their own (timestamp, actor, reason) are checked with core's schemas,
// and whatever this check does not accept goes to zod, which gives the typed error.
// test/isAuditEntry.test.ts holds a property test that the two accept the same JSON values.

const KEYS: ReadonlySet<string> = new Set(Object.keys(AuditEntrySchema.shape));
/** The keys the schema requires, read from it on the first check rather than when the package loads. */
let required: readonly string[] | undefined;
function requiredKeys(): readonly string[] {
  required ??= Object.entries(AuditEntrySchema.shape)
    .filter(([, schema]) => !schema.safeParse(undefined).success)
    .map(([key]) => key);
  return required;
}
const ROLES: ReadonlySet<unknown> = new Set(ProcessRole.schema.options);
const HEX64 = /^[0-9a-f]{64}$/;
const TEXT_MAX = LIMITS.textLength.max;

/** Actors repeat across a log: the answer of `IdSchema` is kept per id (a bounded cache). */
const actorIds = new Map<string, boolean>();

function isActorId(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const known = actorIds.get(value);
  if (known !== undefined) return known;
  const ok = IdSchema.safeParse(value).success;
  if (actorIds.size < 1_000) actorIds.set(value, ok);
  return ok;
}

function isNonEmptyString(value: unknown): boolean {
  return typeof value === 'string' && value.length > 0;
}

/**
 * A plain object as zod's `z.record` takes it: `Object.prototype` (or no prototype) and no own
 * `constructor` key (zod reads the prototype through it). Anything else is left to zod.
 */
function isPlainRecord(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return (prototype === Object.prototype || prototype === null) && !Object.hasOwn(value, 'constructor');
}

/**
 * Whether `value` is an audit entry as `AuditEntrySchema` describes it. `true` only when the
 * schema accepts it; `false` for what the schema rejects and for the rare value this check leaves
 * to the schema (an object that is not a plain record). With `chainVerified` (the log it belongs
 * to passed `unsafeVerifyAuditLog`) the hashes are not looked at again. Internal.
 */
export function isAuditEntry(
  value: unknown,
  { chainVerified = false }: { readonly chainVerified?: boolean } = {},
): boolean {
  if (!isPlainRecord(value)) return false;
  const entry = value as Record<string, unknown>;
  for (const key in entry) if (!KEYS.has(key) && Object.hasOwn(entry, key)) return false;
  for (const key of requiredKeys()) if (!Object.hasOwn(entry, key)) return false;
  const seq = entry.seq;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0) return false;
  if (!isNonEmptyString(entry.type) || !isNonEmptyString(entry.stepBefore) || !isNonEmptyString(entry.stepAfter))
    return false;
  if (typeof entry.accepted !== 'boolean' || !ROLES.has(entry.role)) return false;
  // In a verified chain every hash matched a SHA-256 computed here and every `prevHash` is the
  // hash before it (or 64 zeros), so both are lowercase hex already.
  if (!chainVerified) {
    if (typeof entry.prevHash !== 'string' || !HEX64.test(entry.prevHash)) return false;
    if (typeof entry.hash !== 'string' || !HEX64.test(entry.hash)) return false;
  }
  if (!isPlainRecord(entry.event)) return false;
  const motivation = entry.motivation;
  if (
    motivation !== undefined &&
    (typeof motivation !== 'string' || motivation.length < 1 || motivation.length > TEXT_MAX)
  )
    return false;
  if (entry.reason !== undefined && !ErrorIssueSchema.safeParse(entry.reason).success) return false;
  // Rare (what the startnotitie configured when step 0 closed): the schema itself checks it.
  if (entry.derivedFrom !== undefined && !AuditDerivedFromSchema.safeParse(entry.derivedFrom).success) return false;
  return isActorId(entry.actor) && IsoDateTimeSchema.safeParse(entry.timestamp).success;
}

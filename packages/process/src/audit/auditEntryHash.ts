import { AuditEntrySchema, validate } from '@gebiedsgericht/core';
import { AUDIT_ENTRY_DOMAIN, AUDIT_GENESIS_HASH, unsafeAuditEntryHash } from './auditHash';

export { AUDIT_ENTRY_DOMAIN, AUDIT_GENESIS_HASH };

/** An audit entry; its own `hash` may be missing (it is not hashed). */
const EntryWithOrWithoutHashSchema = AuditEntrySchema.partial({ hash: true });

/**
 * The hash an audit entry must carry as `hash`: SHA-256, as lowercase hex, over the bytes of
 * {@link AUDIT_ENTRY_DOMAIN} followed by the RFC 8785 canonical JSON (JCS) of the entry's hashed
 * form without its `hash` field. In the hashed form every string and key is NFC-normalised, a
 * number that is not a safe integer is written as `{ "~decimal": "<its RFC 8785 serialisation>" }`
 * and a key that starts with `~` gets one more `~`, so the hashed bytes hold no floating-point
 * number and any language with SHA-256 and JCS can recompute them (docs/process.md has the
 * recipe). Throws `invalid_input` for something that is not an audit entry (its `hash` may be missing).
 *
 * @example
 * auditEntryHash(entry) === entry.hash; // true for an entry nobody changed
 * @see handreiking §2.6 (democratische legitimiteit: navolgbaarheid)
 */
export function auditEntryHash(entry: unknown): string {
  return unsafeAuditEntryHash(validate(EntryWithOrWithoutHashSchema, entry, { path: ['entry'] }));
}

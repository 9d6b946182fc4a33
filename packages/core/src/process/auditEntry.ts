import * as z from 'zod';
import {
  NonEmptyStringSchema,
  NonNegativeIntSchema,
  OptionalTextSchema,
  PositiveIntSchema,
} from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { ErrorIssueSchema } from '../primitives/errors';
import { IdSchema } from '../primitives/id';
import { IsoDateTimeSchema } from '../primitives/isoDate';
import { ProcessRole } from './processRole';
import { Sha256HexSchema } from './sha256Hex';

/**
 * The document a derived audit entry was taken from, and the accepted event that made it count:
 * for example the startnotitie (kind, id, version) that the closing of step 0 accepted.
 *
 * @example
 * AuditDerivedFromSchema.parse({ documentKind: 'startnotitie', documentId: 'startnotitie-lindewaard', version: 1, seq: 4 });
 * @see handreiking §2.6 (democratische legitimiteit: navolgbaarheid); bijlage 1, onderdeel 2 (stap 0)
 */
export const AuditDerivedFromSchema = strictObject({
  /** The kind of the document the entry was derived from (its `kind`, for example `startnotitie`). */
  documentKind: NonEmptyStringSchema,
  /** The document's id. */
  documentId: IdSchema,
  /** The document's own version number, when it has one. */
  version: PositiveIntSchema.optional(),
  /** The `seq` of the accepted entry (the event) whose acceptance derived this entry. */
  seq: NonNegativeIntSchema,
});
/** Where a derived audit entry comes from. */
export type AuditDerivedFrom = z.infer<typeof AuditDerivedFromSchema>;

/**
 * One line of the audit log of an area process: the event (as sent, so the log can be replayed),
 * who did it in which role, when, with what motivation, and where the process stood before and
 * after (a step id, or `monitoring`, `suspended`, `stopped`). Each entry carries the hash of its
 * predecessor (`prevHash`, a fixed genesis value for the first) and its own `hash`, so an edit,
 * deletion or reordering in a stored log shows (see `verifyAuditLog` in the process package). The
 * machine only logs accepted events (`accepted: true`); the wrapper API returns a rejected entry with `reason` so callers can
 * keep rejections in their own log. An entry that records no event of its own has `accepted: false`
 * and no `reason`: the start of the chain written by a migration, or what the process derived from
 * a document when an event accepted it (`derivedFrom`, for example the configuration taken from
 * the startnotitie when step 0 closes); a replay skips such an entry, and the event it follows
 * derives it again.
 *
 * @example
 * AuditEntrySchema.parse({ seq: 0, type: 'step.close', timestamp: '2026-06-02T16:00:00+02:00',
 *   actor: 'regisseur-zuidmark', role: 'regisseur', stepBefore: 'opstart', stepAfter: 'inzicht-verkrijgen',
 *   accepted: true, event: { type: 'step.close' }, prevHash: '0'.repeat(64), hash: '5f1d'.repeat(16) });
 * @see handreiking §2.6 (democratische legitimiteit: navolgbaarheid)
 */
export const AuditEntrySchema = strictObject({
  seq: NonNegativeIntSchema,
  type: NonEmptyStringSchema,
  timestamp: IsoDateTimeSchema,
  actor: IdSchema,
  role: ProcessRole.schema,
  motivation: OptionalTextSchema,
  stepBefore: NonEmptyStringSchema,
  stepAfter: NonEmptyStringSchema,
  accepted: z.boolean(),
  reason: ErrorIssueSchema.optional(),
  event: z.record(z.string(), z.unknown()),
  /** Present on an entry the process derived from a document an event accepted (then `accepted: false`). */
  derivedFrom: AuditDerivedFromSchema.optional(),
  /** SHA-256 (lowercase hex) of the previous entry; 64 zeros for the first entry of the chain. */
  prevHash: Sha256HexSchema,
  /** SHA-256 (lowercase hex) of this entry's hashed form, without this field. */
  hash: Sha256HexSchema,
});
/** One line of the audit log of an area process. */
export interface AuditEntry extends z.output<typeof AuditEntrySchema> {}

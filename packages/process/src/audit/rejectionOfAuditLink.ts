import { AuditEntrySchema, type ErrorIssue, Sha256HexSchema } from '@gebiedsgericht/core';
import * as z from 'zod';
import { processMessages } from '../messages';
import { auditEntryHashMatches } from './auditHash';

/** The head of a stored audit chain: how many entries it has and the hash the next one links to. */
export interface AuditHead {
  /** The number of entries; the next entry's `seq`. */
  readonly length: number;
  /** The last entry's hash, or `AUDIT_GENESIS_HASH` for an empty chain. */
  readonly hash: string;
}

const AuditHeadSchema = z.strictObject({ length: z.number().int().nonnegative(), hash: Sha256HexSchema });

/**
 * Checks that a new audit entry extends a stored chain: it is a valid audit entry, its `seq` is
 * the chain's length, its `prevHash` is the head hash, and its `hash` matches its content. Answers
 * `null` when it does, or an `audit_chain_broken` issue (path `entry`, `prevHash`, `seq` or `hash`)
 * saying why; an entry that links to an older head (another writer came first) is `inserted`.
 * Throws `invalid_argument` for a head that is not `{ length, hash }`. Meant for a store that keeps
 * the head next to the log and appends entries the process produced.
 *
 * @example
 * const problem = rejectionOfAuditLink({ length: row.auditLength, hash: row.auditHead }, result.entry);
 * if (problem) throw new Error(problem.message.en);
 * @see handreiking §2.6 (democratische legitimiteit: navolgbaarheid)
 */
export function rejectionOfAuditLink(head: AuditHead, entry: unknown): ErrorIssue | null {
  const current = validateHead(head);
  const parsed = AuditEntrySchema.safeParse(entry);
  if (!parsed.success) {
    return processMessages.issue('audit_chain_broken', { index: current.length, problem: 'malformed' }, ['entry']);
  }
  const next = parsed.data;
  const fail = (problem: string, field: string) =>
    processMessages.issue('audit_chain_broken', { index: current.length, problem }, ['entry', field]);
  // The hash is checked on the entry as given (the value a store writes), whose keys the process
  // wrote in canonical order; zod's output lists them in the schema's order instead.
  if (!auditEntryHashMatches(entry as Readonly<Record<string, unknown>>, next.hash)) return fail('edited', 'hash');
  if (next.seq > current.length) return fail('deleted', 'seq');
  if (next.seq < current.length) return fail('inserted', 'seq');
  if (next.prevHash !== current.hash) return fail('inserted', 'prevHash');
  return null;
}

function validateHead(head: AuditHead): AuditHead {
  const parsed = AuditHeadSchema.safeParse(head);
  if (parsed.success) return parsed.data;
  throw processMessages.fail('invalid_argument', { name: 'head' }, ['head']);
}

import {
  type AuditChainProblem,
  type AuditCheckpoint,
  AuditCheckpointSchema,
  type AuditVerification,
  isPlainRecord,
  type Label,
  validate,
} from '@gebiedsgericht/core';
import { processMessages } from '../messages';
import { AUDIT_GENESIS_HASH, auditEntryHashMatches } from './auditHash';

/** What {@link verifyAuditLog} can check beyond the chain itself. */
export interface VerifyAuditLogOptions {
  /**
   * A checkpoint published earlier (verify its signature first with `verifyAuditCheckpoint`): the
   * log must still hold the entry at `seq` with this `hash`, so truncation at the head and a
   * rebuilt chain are found too.
   */
  readonly checkpoint?: AuditCheckpoint;
}

const HEX64 = /^[0-9a-f]{64}$/;

function entriesOf(input: unknown): { entries: readonly unknown[]; processId?: string } {
  if (Array.isArray(input)) return { entries: input };
  if (isPlainRecord(input) && isPlainRecord(input.context)) {
    const log = input.context.auditLog;
    if (Array.isArray(log)) {
      return { entries: log, ...(typeof input.id === 'string' ? { processId: input.id } : {}) };
    }
  }
  throw processMessages.fail('invalid_argument', { name: 'snapshot of entries' }, []);
}

const explanation: Readonly<Record<AuditChainProblem, (i: number) => Label>> = {
  malformed: (i) => ({ nl: `Regel ${i} is geen geketende auditregel`, en: `Entry ${i} is not a chained audit entry` }),
  edited: (i) => ({
    nl: `Regel ${i} is gewijzigd na het vastleggen`,
    en: `Entry ${i} was changed after it was written`,
  }),
  deleted: (i) => ({ nl: `Vóór regel ${i} zijn regels verwijderd`, en: `Entries before entry ${i} were deleted` }),
  inserted: (i) => ({
    nl: `Regel ${i} hoort niet op deze plek in de keten`,
    en: `Entry ${i} does not belong here in the chain`,
  }),
  reordered: (i) => ({
    nl: `Regel ${i} verwijst naar een regel die nu later staat: de volgorde is gewijzigd`,
    en: `Entry ${i} links to an entry that now stands later: the order was changed`,
  }),
  truncated: (i) => ({
    nl: `Het logboek eindigt vóór regel ${i}, die een checkpoint vastlegde`,
    en: `The log ends before entry ${i}, which a checkpoint recorded`,
  }),
  rewritten: (i) => ({
    nl: `Regel ${i} klopt niet met het checkpoint (andere hash of ander proces): de keten is herschreven`,
    en: `Entry ${i} does not match the checkpoint (another hash or another process): the chain was rewritten`,
  }),
};

function broken(index: number, problem: AuditChainProblem, seq?: number): AuditVerification {
  return { ok: false, index, ...(seq !== undefined ? { seq } : {}), problem, message: explanation[problem](index) };
}

/** The first position of each hash in a log: what tells an insertion from a reordering. */
function positionsOf(entries: readonly unknown[]): Map<string, number> {
  const positions = new Map<string, number>();
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (isPlainRecord(entry) && typeof entry.hash === 'string' && !positions.has(entry.hash))
      positions.set(entry.hash, i);
  }
  return positions;
}

/** Checks the chain without validating the input first (the exported function does that). */
export function unsafeVerifyAuditLog(entries: readonly unknown[], checkpoint?: AuditCheckpoint): AuditVerification {
  let expected = AUDIT_GENESIS_HASH;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (!isPlainRecord(entry) || typeof entry.hash !== 'string' || typeof entry.prevHash !== 'string') {
      return broken(i, 'malformed');
    }
    const seq =
      typeof entry.seq === 'number' && Number.isSafeInteger(entry.seq) && entry.seq >= 0 ? entry.seq : undefined;
    if (seq === undefined) return broken(i, 'malformed', seq);
    // A hash that matches is a SHA-256 in hex, and a `prevHash` equal to the hash before it is one
    // too: the format is only looked at when something is wrong.
    if (!auditEntryHashMatches(entry, entry.hash)) {
      return broken(i, HEX64.test(entry.hash) && HEX64.test(entry.prevHash) ? 'edited' : 'malformed', seq);
    }
    if (entry.prevHash !== expected || seq !== i) {
      if (!HEX64.test(entry.prevHash)) return broken(i, 'malformed', seq);
      const positions = positionsOf(entries);
      if (positions.get(entry.hash) !== i) return broken(i, 'inserted', seq);
      const linked = positions.get(entry.prevHash);
      if (linked !== undefined && linked > i) return broken(i, 'reordered', seq);
      if (seq > i) return broken(i, 'deleted', seq);
      return broken(i, 'inserted', seq);
    }
    expected = entry.hash;
  }
  if (checkpoint) {
    if (entries.length <= checkpoint.seq) return broken(checkpoint.seq, 'truncated');
    const at = entries[checkpoint.seq] as { hash: string; seq: number };
    if (at.hash !== checkpoint.hash) return broken(checkpoint.seq, 'rewritten', at.seq);
  }
  return { ok: true, length: entries.length, head: expected };
}

/**
 * Checks the audit chain of an area process: every entry's hash matches its content, links to the
 * hash of the entry before it (the first to {@link AUDIT_GENESIS_HASH}) and has its position as
 * `seq`. Answers `ok` with the length and head hash, or the first broken position with what is
 * wrong: `edited`, `deleted`, `inserted`, `reordered`, `malformed`; with a checkpoint also
 * `truncated` (the log ends before it) and `rewritten` (another hash at its position, or a
 * checkpoint of another process). A chain alone cannot show that its newest entries were removed
 * or that the whole chain was rebuilt: that needs a checkpoint kept outside the database.
 * Accepts a persisted snapshot or the list of entries. Throws `invalid_argument` for anything else
 * and `invalid_input` (path `checkpoint`) for an invalid checkpoint.
 *
 * @example
 * const result = verifyAuditLog(snapshot, { checkpoint: published.checkpoint });
 * if (!result.ok) console.log(result.index, result.problem, result.message.nl);
 * @see handreiking §2.6 (democratische legitimiteit: navolgbaarheid)
 */
export function verifyAuditLog(snapshotOrEntries: unknown, options: VerifyAuditLogOptions = {}): AuditVerification {
  const { entries, processId } = entriesOf(snapshotOrEntries);
  if (!isPlainRecord(options)) throw processMessages.fail('invalid_argument', { name: 'options' }, ['options']);
  const checkpoint =
    options.checkpoint === undefined
      ? undefined
      : validate(AuditCheckpointSchema, options.checkpoint, { path: ['checkpoint'] });
  if (checkpoint && processId !== undefined && checkpoint.processId !== processId) {
    return broken(Math.min(checkpoint.seq, entries.length), 'rewritten');
  }
  return unsafeVerifyAuditLog(entries, checkpoint);
}

import * as z from 'zod';
import { NonNegativeIntSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { LabelSchema, labelledEnum } from '../primitives/labels';
import { Sha256HexSchema } from './sha256Hex';

/**
 * What is wrong at the first broken position of an audit chain: the entry is no chained audit
 * entry (`malformed`), its content no longer matches its own hash (`edited`), entries before it are
 * missing (`deleted`), it does not belong there (`inserted`), it links to an entry that now stands
 * later (`reordered`), the log ends before a checkpoint's position (`truncated`), or the entry at a
 * checkpoint's position has another hash, so the chain was rebuilt (`rewritten`).
 *
 * @example
 * AuditChainProblem.label('edited', 'nl'); // 'Gewijzigd'
 * @see handreiking §2.6 (democratische legitimiteit: navolgbaarheid)
 */
export const AuditChainProblem = labelledEnum({
  malformed: { nl: 'Geen geketende auditregel', en: 'Not a chained audit entry' },
  edited: { nl: 'Gewijzigd', en: 'Edited' },
  deleted: { nl: 'Regels verwijderd', en: 'Entries deleted' },
  inserted: { nl: 'Regel ingevoegd', en: 'Entry inserted' },
  reordered: { nl: 'Volgorde gewijzigd', en: 'Reordered' },
  truncated: { nl: 'Ingekort na een checkpoint', en: 'Truncated after a checkpoint' },
  rewritten: { nl: 'Herschreven sinds een checkpoint', en: 'Rewritten since a checkpoint' },
});
/** One of the {@link AuditChainProblem} values. */
export type AuditChainProblem = (typeof AuditChainProblem)['values'][number];

/**
 * The answer of `verifyAuditLog`: the chain holds (with its length and head), or the first broken
 * position (`index` in the list, the entry's `seq` where it has one) with the problem and a Dutch
 * and English explanation.
 *
 * @example
 * const result = verifyAuditLog(snapshot);
 * if (!result.ok) console.log(result.index, result.problem, result.message.nl);
 * @see handreiking §2.6 (democratische legitimiteit: navolgbaarheid)
 */
export const AuditVerificationSchema = z.discriminatedUnion('ok', [
  strictObject({
    ok: z.literal(true),
    length: NonNegativeIntSchema,
    /** The hash the next entry must link to: the last entry's hash, or the genesis value. */
    head: Sha256HexSchema,
  }),
  strictObject({
    ok: z.literal(false),
    index: NonNegativeIntSchema,
    seq: NonNegativeIntSchema.optional(),
    problem: AuditChainProblem.schema,
    message: LabelSchema,
  }),
]);
/** The answer of `verifyAuditLog`. */
export type AuditVerification = z.infer<typeof AuditVerificationSchema>;

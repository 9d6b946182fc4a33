import * as z from 'zod';
import { NonNegativeIntSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { Sha256HexSchema } from './sha256Hex';

/**
 * A checkpoint of the audit chain of one area process: the position (`seq`) and hash of its head
 * entry at one moment. Published outside the process database (for example at each ijkmoment,
 * signed), it lets anyone show later that the log still holds that entry with that hash, so a
 * rewrite of the whole chain or the removal of its newest entries is noticed.
 *
 * @example
 * AuditCheckpointSchema.parse({ processId: 'gebiedsproces-lindewaard', seq: 41, hash: '5f1d'.repeat(16) });
 * @see handreiking §2.6 (democratische legitimiteit: navolgbaarheid)
 */
export const AuditCheckpointSchema = strictObject({
  processId: IdSchema,
  seq: NonNegativeIntSchema,
  hash: Sha256HexSchema,
});
/** A checkpoint of the audit chain of one area process. */
export interface AuditCheckpoint extends z.output<typeof AuditCheckpointSchema> {}

/**
 * An audit checkpoint with an Ed25519 signature (RFC 8032) by the key of whoever publishes it.
 * `publicKey` (32 bytes) and `signature` (64 bytes) are lowercase hex. The signature covers a fixed
 * domain prefix followed by the RFC 8785 canonical JSON of `checkpoint`. Check it against the public
 * key the organisation publishes, not only against the `publicKey` written here.
 *
 * @example
 * SignedAuditCheckpointSchema.parse({ checkpoint, algorithm: 'Ed25519', publicKey, signature });
 * @see handreiking §2.6 (democratische legitimiteit: navolgbaarheid)
 */
export const SignedAuditCheckpointSchema = strictObject({
  checkpoint: AuditCheckpointSchema,
  algorithm: z.literal('Ed25519'),
  publicKey: z.string().regex(/^[0-9a-f]{64}$/),
  signature: z.string().regex(/^[0-9a-f]{128}$/),
});
/** An audit checkpoint with its Ed25519 signature. */
export interface SignedAuditCheckpoint extends z.output<typeof SignedAuditCheckpointSchema> {}

import {
  AuditChainProblem,
  type AuditCheckpoint,
  AuditCheckpointSchema,
  type GebiedsprocesSnapshot,
  type SignedAuditCheckpoint,
  SignedAuditCheckpointSchema,
  validate,
} from '@gebiedsgericht/core';
import { canonicalize } from 'json-canonicalize';
import * as z from 'zod';
import type { RunningGebiedsproces } from '../api/createGebiedsproces';
import { processMessages } from '../messages';
import { hashedForm } from './auditHash';
import { bytesToHex, hexToBytes, utf8ToBytes } from './bytes';
import { ed25519PublicKey, ed25519Sign, ed25519Verify } from './ed25519';
import { unsafeVerifyAuditLog } from './verifyAuditLog';

/** The bytes signed before the canonical JSON of a checkpoint. */
export const AUDIT_CHECKPOINT_DOMAIN = 'gebiedsgericht/audit-checkpoint/v1\n';

const KeyHexSchema = z.string().regex(/^[0-9a-f]{64}$/);

function logOf(input: unknown): { processId: string; entries: readonly unknown[] } {
  const candidate =
    typeof input === 'object' && input !== null && typeof (input as RunningGebiedsproces).snapshot === 'function'
      ? (input as RunningGebiedsproces).snapshot()
      : input;
  const snapshot = candidate as { id?: unknown; context?: { auditLog?: unknown } } | null;
  const entries = snapshot?.context?.auditLog;
  if (typeof snapshot?.id !== 'string' || !Array.isArray(entries)) {
    throw processMessages.fail('invalid_argument', { name: 'process' }, []);
  }
  return { processId: snapshot.id, entries };
}

/**
 * The checkpoint of an area process's audit chain now: its id, and the `seq` and `hash` of its
 * newest entry. Publish it outside the process database (signed with {@link signAuditCheckpoint}),
 * for example at each ijkmoment, so a later rewrite of the whole chain or removal of its newest
 * entries shows against it. Takes a running process or a persisted snapshot. Throws
 * `audit_chain_broken` for a chain that does not verify, `audit_log_empty` for an empty log and
 * `invalid_argument` for anything that is not a process or snapshot.
 *
 * @example
 * const point = checkpoint(process); // { processId: 'gebiedsproces-lindewaard', seq: 41, hash: '5f1d…' }
 * @see handreiking §1 (NOVEX-ijkmomenten); §2.6 (democratische legitimiteit: navolgbaarheid)
 */
export function checkpoint(process: RunningGebiedsproces | GebiedsprocesSnapshot): AuditCheckpoint {
  const { processId, entries } = logOf(process);
  const verified = unsafeVerifyAuditLog(entries);
  if (!verified.ok) {
    throw processMessages.fail(
      'audit_chain_broken',
      { index: verified.index, problem: AuditChainProblem.label(verified.problem, 'en') },
      ['context', 'auditLog', verified.index],
    );
  }
  if (entries.length === 0) throw processMessages.fail('audit_log_empty', {}, ['context', 'auditLog']);
  return { processId, seq: entries.length - 1, hash: verified.head };
}

function checkpointBytes(point: AuditCheckpoint): Uint8Array {
  return utf8ToBytes(AUDIT_CHECKPOINT_DOMAIN + canonicalize(hashedForm(point)));
}

/**
 * The Ed25519 public key (32 bytes, lowercase hex) of a secret key (the 32-byte RFC 8032 seed, hex).
 * Publish it where readers of your checkpoints can find it.
 *
 * @example
 * const publicKey = auditPublicKey(secretKeyHex);
 */
export function auditPublicKey(secretKey: string): string {
  const seed = validate(KeyHexSchema, secretKey, { path: ['secretKey'] });
  return bytesToHex(ed25519PublicKey(hexToBytes(seed)));
}

/**
 * Signs an audit checkpoint with Ed25519 (RFC 8032, deterministic: the same key and checkpoint
 * give the same signature). `secretKey` is the 32-byte seed as lowercase hex; generate it with a
 * secure random source outside this function and keep it out of the process database. Throws
 * `invalid_input` for an invalid checkpoint (path `checkpoint`) or key (path `secretKey`).
 *
 * @example
 * const signed = signAuditCheckpoint(checkpoint(process), secretKeyHex);
 * await publish(`checkpoints/${signed.checkpoint.processId}/${signed.checkpoint.seq}.json`, signed);
 * @see docs/process.md (audit chain and checkpoints)
 */
export function signAuditCheckpoint(point: AuditCheckpoint, secretKey: string): SignedAuditCheckpoint {
  const valid = validate(AuditCheckpointSchema, point, { path: ['checkpoint'] });
  const seed = hexToBytes(validate(KeyHexSchema, secretKey, { path: ['secretKey'] }));
  return {
    checkpoint: valid,
    algorithm: 'Ed25519',
    publicKey: bytesToHex(ed25519PublicKey(seed)),
    signature: bytesToHex(ed25519Sign(checkpointBytes(valid), seed)),
  };
}

/**
 * Whether a signed checkpoint was signed by the holder of `publicKey` (the key the organisation
 * published, lowercase hex) and is unchanged since. `false` for a forged or altered signature, a
 * changed checkpoint, or a checkpoint signed with another key, even if that key is written in it.
 * Verification follows RFC 8032 strictly (no ZIP-215 leniency), like Node's `crypto.verify`.
 * Throws `invalid_input` for input that is not a signed checkpoint (path `signed`) or a key that is
 * not 64 hex characters (path `publicKey`).
 *
 * @example
 * if (!verifyAuditCheckpoint(published, PROVINCE_PUBLIC_KEY)) throw new Error('checkpoint not authentic');
 * const result = verifyAuditLog(snapshot, { checkpoint: published.checkpoint });
 * @see docs/process.md (audit chain and checkpoints)
 */
export function verifyAuditCheckpoint(signed: SignedAuditCheckpoint, publicKey: string): boolean {
  const valid = validate(SignedAuditCheckpointSchema, signed, { path: ['signed'] });
  const key = validate(KeyHexSchema, publicKey, { path: ['publicKey'] });
  if (valid.publicKey !== key) return false;
  return ed25519Verify(hexToBytes(valid.signature), checkpointBytes(valid.checkpoint), hexToBytes(key));
}

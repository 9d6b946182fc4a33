import * as z from 'zod';

/**
 * A SHA-256 digest as 64 lowercase hexadecimal characters, as the audit chain and its checkpoints
 * write it.
 *
 * @example
 * Sha256HexSchema.parse('0'.repeat(64));
 */
export const Sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/);
/** A SHA-256 digest in lowercase hex. */
export type Sha256Hex = z.infer<typeof Sha256HexSchema>;

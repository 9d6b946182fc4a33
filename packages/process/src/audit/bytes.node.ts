// Node's variant of `bytes.ts` (see scripts/build/build.mjs): the same functions on Node's own
// Buffer and SHA-256, so that importing the package in Node does not load `@noble/hashes`. Node's
// crypto module is reached only when something is hashed, not when the package loads.
import { nodeCrypto } from './nodeCrypto';

/** Lowercase hex of bytes. */
export function bytesToHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

/** The bytes of a hex text of even length; throws a `TypeError` for anything else (as `@noble/hashes` does). */
export function hexToBytes(hex: string): Uint8Array {
  if (typeof hex !== 'string' || hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) {
    throw new TypeError('hex string expected');
  }
  return new Uint8Array(Buffer.from(hex, 'hex'));
}

/** The UTF-8 bytes of a text. */
export function utf8ToBytes(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'utf8'));
}

/**
 * SHA-256 of the UTF-8 bytes of a text, lowercase hex (FIPS 180-4, Node's OpenSSL): the one-shot
 * `crypto.hash` where Node has it (20.12 and later), else `createHash`.
 */
export function sha256Hex(text: string): string {
  const crypto = nodeCrypto();
  if (typeof crypto.hash === 'function') return crypto.hash('sha256', text, 'hex');
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Whether a text is all ASCII (then it is in NFC too): one UTF-8 byte per character, counted natively. */
export function isAsciiText(text: string): boolean {
  return Buffer.byteLength(text, 'utf8') === text.length;
}

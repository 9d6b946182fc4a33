// Bytes, hex and SHA-256 for the audit chain, portable to every runtime (browsers, the CommonJS
// build) through `@noble/hashes`. Node's bundled ESM build uses `bytes.node.ts` in its place.
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils';

export { bytesToHex, hexToBytes, utf8ToBytes };

/** What this module uses of Node's `node:crypto`, written out so that the browser build needs no Node types. */
interface NodeCrypto {
  createHash(algorithm: 'sha256'): { update(data: string, encoding: 'utf8'): { digest(encoding: 'hex'): string } };
  /** One-shot hashing (Node 20.12 and later), faster than `createHash` for short inputs. */
  hash?: (algorithm: 'sha256', data: string, encoding: 'hex') => string;
}
type NativeSha256 = (text: string) => string;
let native: NativeSha256 | null | undefined;

/** Node's built-in SHA-256 when this build runs in Node (the CommonJS build), reached through `process.getBuiltinModule`. */
function findNativeSha256(): NativeSha256 | null {
  const runtime = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const crypto = runtime?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined;
  if (!crypto) return null;
  const { hash } = crypto;
  if (typeof hash === 'function') return (text) => hash('sha256', text, 'hex');
  return (text) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * SHA-256 of the UTF-8 bytes of a text, lowercase hex (FIPS 180-4): Node's native one where the
 * runtime offers it, otherwise `@noble/hashes` (browsers). The digest is the same; the
 * known-answer tests check it per build.
 */
export function sha256Hex(text: string): string {
  if (native === undefined) native = findNativeSha256();
  return native ? native(text) : bytesToHex(sha256(utf8ToBytes(text)));
}

/** Any character outside ASCII. */
const BEYOND_ASCII = /[\u0080-\uffff]/;

/** Whether a text is all ASCII (then it is in NFC too). */
export function isAsciiText(text: string): boolean {
  return !BEYOND_ASCII.test(text);
}

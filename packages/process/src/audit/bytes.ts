// Bytes, hex and SHA-256 for the audit chain, portable to every runtime (browsers, the CommonJS
// build) through `@noble/hashes`. Node's bundled ESM build uses `bytes.node.ts` in its place.
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils';

export { bytesToHex, hexToBytes, utf8ToBytes };

/** SHA-256 of the UTF-8 bytes of a text, lowercase hex (FIPS 180-4, `@noble/hashes`). */
export function portableSha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** Any character outside ASCII. */
const BEYOND_ASCII = /[\u0080-\uffff]/;

/** Whether a text is all ASCII (then it is in NFC too). */
export function isAsciiText(text: string): boolean {
  return !BEYOND_ASCII.test(text);
}

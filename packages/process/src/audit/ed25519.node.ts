// Ed25519 (RFC 8032) for signed audit checkpoints with Node's built-in crypto (OpenSSL). The build
// puts this module in place of `ed25519.ts` in Node's bundled ESM build (`dist/node/`), so that
// importing the package in Node does not load a curve library. Keys and signatures are the same
// bytes as with `ed25519.ts`; a test holds the two to the same answers.
import type { KeyObject } from 'node:crypto';
import { nodeCrypto } from './nodeCrypto';

/** DER prefix of a PKCS #8 Ed25519 private key, followed by the 32-byte seed (RFC 8410). */
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
/** DER prefix of an SPKI Ed25519 public key, followed by the 32 key bytes (RFC 8410). */
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/**
 * The encodings of the eight points of small order (and of the two that differ only in the sign
 * bit of x = 0), which RFC 8032's strict verification in `ed25519.ts` refuses as public keys.
 */
const SMALL_ORDER_KEYS = new Set([
  '0100000000000000000000000000000000000000000000000000000000000000',
  '0100000000000000000000000000000000000000000000000000000000000080',
  'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff',
  '0000000000000000000000000000000000000000000000000000000000000000',
  '0000000000000000000000000000000000000000000000000000000000000080',
  '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05',
  '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85',
  'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a',
  'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa',
]);

/** Whether the y coordinate of an encoded point (sign bit cleared) is at least 2^255 - 19. */
function nonCanonicalY(point: Uint8Array): boolean {
  if ((point[31] ?? 0) % 128 !== 127 || (point[0] ?? 0) < 0xed) return false;
  for (let i = 1; i < 31; i++) if (point[i] !== 0xff) return false;
  return true;
}

function privateKeyOf(seed: Uint8Array): KeyObject {
  return nodeCrypto().createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
}

/** The 32-byte public key of a 32-byte secret seed. */
export function ed25519PublicKey(seed: Uint8Array): Uint8Array {
  const spki = nodeCrypto().createPublicKey(privateKeyOf(seed)).export({ format: 'der', type: 'spki' });
  return new Uint8Array(spki.subarray(SPKI_PREFIX.length));
}

/** The 64-byte deterministic signature of `message` with the secret seed. */
export function ed25519Sign(message: Uint8Array, seed: Uint8Array): Uint8Array {
  return new Uint8Array(nodeCrypto().sign(null, message, privateKeyOf(seed)));
}

/**
 * Whether `signature` is a valid RFC 8032 signature of `message` under `publicKey`: strict
 * (canonical encodings, `S` below the group order, no public keys of small order); never throws.
 */
export function ed25519Verify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  if (publicKey.length !== 32 || signature.length !== 64) return false;
  if (nonCanonicalY(publicKey) || SMALL_ORDER_KEYS.has(Buffer.from(publicKey).toString('hex'))) return false;
  try {
    const key = nodeCrypto().createPublicKey({
      key: Buffer.concat([SPKI_PREFIX, publicKey]),
      format: 'der',
      type: 'spki',
    });
    return nodeCrypto().verify(null, message, key, signature);
  } catch {
    return false;
  }
}

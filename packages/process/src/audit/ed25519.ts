// Ed25519 (RFC 8032) for signed audit checkpoints, with `@noble/curves`: synchronous and the same
// in every JavaScript runtime. Node's bundled ESM build (`dist/node/`, the `node` export condition)
// uses `ed25519.node.ts` instead, which calls Node's built-in crypto, so that importing the package
// in Node does not load and evaluate a curve library that only checkpoint signing needs.
import { ed25519 } from '@noble/curves/ed25519';

/** The 32-byte public key of a 32-byte secret seed. */
export function ed25519PublicKey(seed: Uint8Array): Uint8Array {
  return ed25519.getPublicKey(seed);
}

/** The 64-byte deterministic signature of `message` with the secret seed. */
export function ed25519Sign(message: Uint8Array, seed: Uint8Array): Uint8Array {
  return ed25519.sign(message, seed);
}

/**
 * Whether `signature` is a valid RFC 8032 signature of `message` under `publicKey`: strict
 * (canonical encodings, `S` below the group order, no public keys of small order); never throws.
 */
export function ed25519Verify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  try {
    return ed25519.verify(signature, message, publicKey, { zip215: false });
  } catch {
    return false;
  }
}

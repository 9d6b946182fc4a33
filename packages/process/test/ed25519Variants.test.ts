// Node's bundled ESM build signs and verifies checkpoints with Node's built-in crypto
// (src/audit/ed25519.node.ts), every other build with @noble/curves (src/audit/ed25519.ts). These
// tests hold the two to the same keys, signatures and verdicts, edge cases of RFC 8032 included.
import { ed25519 as noble } from '@noble/curves/ed25519';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as portable from '../src/audit/ed25519';
import * as node from '../src/audit/ed25519.node';
import { PUBLIC_KEY, SECRET_KEY } from './support/auditVectors';

const bytes = (length: number) => fc.uint8Array({ minLength: length, maxLength: length });
const message = fc.uint8Array({ maxLength: 300 });

/** Both implementations' verdict, which must agree. */
function verdicts(signature: Uint8Array, text: Uint8Array, key: Uint8Array): [boolean, boolean] {
  return [portable.ed25519Verify(signature, text, key), node.ed25519Verify(signature, text, key)];
}

/**
 * The encodings of the points of small order: the multiples of a point of order 8, each with both
 * sign bits (flipping it gives another of the eight, except where x = 0: two more encodings).
 */
function smallOrderKeys(): Uint8Array[] {
  const order8 = noble.ExtendedPoint.fromHex('c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a');
  const keys: Uint8Array[] = [];
  let point = noble.ExtendedPoint.ZERO;
  for (let i = 0; i < 8; i++) {
    const encoded = point.toRawBytes();
    keys.push(encoded);
    const flipped = Uint8Array.from(encoded);
    flipped[31] = (flipped[31] ?? 0) ^ 0x80;
    keys.push(flipped);
    point = point.add(order8);
  }
  return keys;
}

describe('Ed25519 in Node’s build and in every other build', () => {
  it('give the RFC 8032 test 1 public key and the same signatures', () => {
    const seed = hexToBytes(SECRET_KEY);
    expect(bytesToHex(node.ed25519PublicKey(seed))).toBe(PUBLIC_KEY);
    expect(bytesToHex(portable.ed25519PublicKey(seed))).toBe(PUBLIC_KEY);
    // RFC 8032 §7.1 test 1 signs the empty message.
    const empty = new Uint8Array(0);
    const expected =
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b';
    expect(bytesToHex(node.ed25519Sign(empty, seed))).toBe(expected);
    expect(bytesToHex(portable.ed25519Sign(empty, seed))).toBe(expected);
  });

  it('derive the same public key and signature for any seed and message, and both accept it', () => {
    fc.assert(
      fc.property(bytes(32), message, (seed, text) => {
        const publicKey = node.ed25519PublicKey(seed);
        expect(bytesToHex(publicKey)).toBe(bytesToHex(portable.ed25519PublicKey(seed)));
        const signature = node.ed25519Sign(text, seed);
        expect(bytesToHex(signature)).toBe(bytesToHex(portable.ed25519Sign(text, seed)));
        expect(verdicts(signature, text, publicKey)).toEqual([true, true]);
      }),
      { numRuns: 100 },
    );
  });

  it('agree on altered signatures, messages and keys', () => {
    fc.assert(
      fc.property(
        bytes(32),
        message,
        fc.nat({ max: 64 * 8 - 1 }),
        fc.constantFrom('signature', 'message', 'key'),
        (seed, text, bit, what) => {
          const publicKey = portable.ed25519PublicKey(seed);
          const signature = portable.ed25519Sign(text, seed);
          const flip = (data: Uint8Array, at: number) => {
            const copy = Uint8Array.from(data.length === 0 ? [0] : data);
            const index = Math.floor(at / 8) % copy.length;
            copy[index] = (copy[index] ?? 0) ^ (1 << (at % 8));
            return copy;
          };
          const [a, b] =
            what === 'signature'
              ? verdicts(flip(signature, bit), text, publicKey)
              : what === 'message'
                ? verdicts(signature, flip(text, bit), publicKey)
                : verdicts(signature, text, flip(publicKey, bit % 256));
          expect(b).toBe(a);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('agree on arbitrary bytes as key and signature (nearly always: not valid)', () => {
    fc.assert(
      fc.property(bytes(64), message, bytes(32), (signature, text, key) => {
        const [a, b] = verdicts(signature, text, key);
        expect(b).toBe(a);
      }),
      { numRuns: 200 },
    );
  });

  it('refuse public keys of small order, even with a signature that satisfies the equation', () => {
    const keys = smallOrderKeys();
    expect(new Set(keys.map(bytesToHex)).size).toBe(10);
    // With A and R the identity and S = 0, [S]B = R + [k]A holds for every message.
    const identity = noble.ExtendedPoint.ZERO.toRawBytes();
    const trivial = new Uint8Array(64);
    trivial.set(identity, 0);
    const text = new TextEncoder().encode('any checkpoint');
    expect(verdicts(trivial, text, identity)).toEqual([false, false]);
    for (const key of keys) {
      for (const r of keys) {
        const signature = new Uint8Array(64);
        signature.set(r, 0);
        expect(verdicts(signature, text, key)).toEqual([false, false]);
      }
    }
  });

  it('refuse public keys whose y coordinate is not below 2^255 - 19', () => {
    const text = new TextEncoder().encode('any checkpoint');
    const signature = portable.ed25519Sign(text, hexToBytes(SECRET_KEY));
    for (let excess = 0; excess < 19; excess++) {
      for (const sign of [0, 0x80]) {
        const key = new Uint8Array(32).fill(0xff);
        key[0] = 0xed + excess;
        key[31] = 0x7f | sign;
        expect(verdicts(signature, text, key)).toEqual([false, false]);
      }
    }
  });
});

/**
 * Fixed known-answer vectors for the audit chain. The expected hashes and the signature were
 * computed outside this SDK: `printf 'gebiedsgericht/audit-entry/v1\n%s' "$CANONICAL" | sha256sum`
 * over the canonical JSON written out below by hand (RFC 8785 key order, the hashed form), and
 * `openssl pkeyutl -sign -rawin` with the RFC 8032 test 1 key over the checkpoint bytes.
 */
export const GENESIS = '0'.repeat(64);

/** "Café" with a decomposed é (e + U+0301): the hash is taken over its NFC form. */
export const DECOMPOSED_CAFE = 'Cafe\u0301';

export const FIRST_ENTRY = {
  seq: 0,
  type: 'step.close',
  timestamp: '2026-06-02T16:00:00+02:00',
  actor: 'regisseur-zuidmark',
  role: 'regisseur',
  motivation: DECOMPOSED_CAFE,
  stepBefore: 'opstart',
  stepAfter: 'inzicht-verkrijgen',
  accepted: true,
  event: { type: 'step.close', weight: 0.3, count: 3, big: 1e21, '~note': 'x' },
  prevHash: GENESIS,
  hash: '29c5be985a4218cf48c0fee4354101b25fea5786c8185c3576c59e7edef8a561',
} as const;

/** The canonical JSON of the hashed form of {@link FIRST_ENTRY} (without `hash`). */
export const FIRST_CANONICAL = `{"accepted":true,"actor":"regisseur-zuidmark","event":{"big":{"~decimal":"1e+21"},"count":3,"type":"step.close","weight":{"~decimal":"0.3"},"~~note":"x"},"motivation":"Caf\u00e9","prevHash":"${GENESIS}","role":"regisseur","seq":0,"stepAfter":"inzicht-verkrijgen","stepBefore":"opstart","timestamp":"2026-06-02T16:00:00+02:00","type":"step.close"}`;

export const SECOND_ENTRY = {
  seq: 1,
  type: 'consent.record',
  timestamp: '2026-06-03T10:00:00+02:00',
  actor: 'gemeente-beekdal',
  role: 'partij',
  stepBefore: 'inzicht-verkrijgen',
  stepAfter: 'inzicht-verkrijgen',
  accepted: true,
  event: { type: 'consent.record' },
  prevHash: FIRST_ENTRY.hash,
  hash: '5d386cdadcf2060a5e8a44425ce26db52a9f51954ba4fe3b365369ee6ae99457',
} as const;

/** RFC 8032 §7.1 test 1: secret seed and public key. */
export const SECRET_KEY = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60';
export const PUBLIC_KEY = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a';

export const CHECKPOINT = { processId: 'gebiedsproces-lindewaard', seq: 1, hash: SECOND_ENTRY.hash } as const;
export const CHECKPOINT_SIGNATURE =
  '7cc41b04d257b41a45f3e72a2c1e9159f3cde86455d2c2c1d9982554d1289c666e8c877299517e17534c528ce219c9181d0ca5c06459924ad6dcd435b6828801';

/** What every build must answer for the vectors (the browser entry and the dist test compute it). */
export interface AuditVectorAnswers {
  readonly first: string;
  readonly second: string;
  readonly verified: boolean;
  readonly signature: string;
  readonly signatureAccepted: boolean;
  readonly forgedAccepted: boolean;
}

export const EXPECTED_ANSWERS: AuditVectorAnswers = {
  first: FIRST_ENTRY.hash,
  second: SECOND_ENTRY.hash,
  verified: true,
  signature: CHECKPOINT_SIGNATURE,
  signatureAccepted: true,
  forgedAccepted: false,
};

/** The functions a build of the package offers for the vectors. */
export interface AuditBuild {
  auditEntryHash(entry: unknown): string;
  verifyAuditLog(entries: unknown): { ok: boolean };
  signAuditCheckpoint(point: typeof CHECKPOINT, secretKey: string): { signature: string };
  verifyAuditCheckpoint(signed: unknown, publicKey: string): boolean;
}

/** Runs the vectors through one build of the package. */
export function answersOf(build: AuditBuild): AuditVectorAnswers {
  const signed = build.signAuditCheckpoint(CHECKPOINT, SECRET_KEY);
  const last = signed.signature.slice(-2) === '00' ? '01' : '00';
  const forged = { ...signed, signature: signed.signature.slice(0, -2) + last };
  return {
    first: build.auditEntryHash(FIRST_ENTRY),
    second: build.auditEntryHash(SECOND_ENTRY),
    verified: build.verifyAuditLog([FIRST_ENTRY, SECOND_ENTRY]).ok,
    signature: signed.signature,
    signatureAccepted: build.verifyAuditCheckpoint(signed, PUBLIC_KEY),
    forgedAccepted: build.verifyAuditCheckpoint(forged, PUBLIC_KEY),
  };
}

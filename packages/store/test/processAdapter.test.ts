/**
 * The store writes snapshots straight from the running context, keeping the compressed audit log
 * and its hash between snapshots: the stored bytes must decompress to JSON that parses to
 * `process.snapshot()` and carry the SHA-256 of themselves, whatever the process holds and however
 * often it is asked; and reading a stored row gives its text only when its checksum matches.
 */
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { createGebiedsproces } from '@gebiedsgericht/process';
import { describe, expect, it } from 'vitest';
import { asciiJson, snapshotDataOf, snapshotTextOf, storedSnapshotText } from '../src/internal/processAdapter';
import { lindewaardEvents, minorChange, settingsFor, startedAt, template } from './support/scenario';

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

function expectSnapshotOf(process: ReturnType<typeof createGebiedsproces>) {
  const { data, checksum } = snapshotDataOf(process);
  const text = gunzipSync(data).toString('utf8');
  expect(JSON.parse(text)).toEqual(process.snapshot());
  expect(text).toBe(snapshotTextOf(process));
  expect(checksum).toBe(sha256(data));
  expect(isAscii(Buffer.from(text))).toBe(true);
  expect(storedSnapshotText('gzip', null, data, checksum)).toBe(text);
  return data;
}

describe('snapshot data', () => {
  it('decompresses to snapshot() with the SHA-256 of the bytes at every event of the Lindewaard scenario', () => {
    const process = createGebiedsproces({ template, settings: settingsFor('gebiedsproces-lindewaard'), startedAt });
    expectSnapshotOf(process);
    for (const event of lindewaardEvents()) {
      process.send(event, { untyped: true });
      expectSnapshotOf(process);
    }
    process.send(minorChange(0), { untyped: true });
    expectSnapshotOf(process);
  });

  it('stays right when asked only now and then, twice in a row, and for a rebuilt process', () => {
    const process = createGebiedsproces({ template, settings: settingsFor('gebiedsproces-lindewaard'), startedAt });
    const events = lindewaardEvents();
    for (const [index, event] of events.entries()) {
      process.send(event, { untyped: true });
      if (index % 7 === 0) expectSnapshotOf(process);
    }
    expectSnapshotOf(process);
    expectSnapshotOf(process);
    // Another process with the same log: its data is its own, not the first one's.
    const other = createGebiedsproces({ template, settings: settingsFor('gebiedsproces-lindewaard'), startedAt });
    for (const event of events.slice(0, 10)) other.send(event, { untyped: true });
    expectSnapshotOf(other);
    expect(snapshotDataOf(other).checksum).not.toBe(snapshotDataOf(process).checksum);
  });

  it('keeps a long audit log in several gzip members that read as one text, and compresses it', () => {
    const process = createGebiedsproces({ template, settings: settingsFor('gebiedsproces-lang'), startedAt });
    let members = 0;
    for (let n = 0; n < 600; n++) {
      process.send(minorChange(n), { untyped: true });
      if (n % 100 === 99) {
        const data = expectSnapshotOf(process);
        // Every gzip member starts with the bytes 1f 8b 08 (RFC 1952).
        members = data.toString('latin1').split('\x1f\x8b\x08').length - 1;
      }
    }
    expect(members).toBeGreaterThan(1);
    expect(snapshotDataOf(process).data.length * 5).toBeLessThan(snapshotTextOf(process).length);
  });
});

describe('snapshot data of lists that change', () => {
  // A stand-in with the two members of a running process that snapshots read, so the lists of
  // its context can be changed in ways the process itself may not (yet) do.
  function standIn(context: Record<string, unknown>) {
    const process = createGebiedsproces({ template, settings: settingsFor('gebiedsproces-lijsten'), startedAt });
    const fake = { context: () => context, definition: process.definition } as unknown as typeof process;
    const expectRight = () => {
      const { data, checksum } = snapshotDataOf(fake);
      const parsed = JSON.parse(gunzipSync(data).toString('utf8')) as { context: unknown };
      expect(parsed.context).toEqual(JSON.parse(JSON.stringify(context)));
      expect(gunzipSync(data).toString('utf8')).toBe(snapshotTextOf(fake));
      expect(checksum).toBe(sha256(data));
    };
    return { context, expectRight };
  }
  const item = (n: number) => ({ id: `punt-${n}`, tekst: `${'x'.repeat(200)} ${n} – ’t` });

  it('follows lists that grow, are replaced in the middle, shrink, appear and disappear', () => {
    const { context, expectRight } = standIn({ auditLog: [], changes: [], status: 'running' });
    expectRight();
    for (let n = 0; n < 800; n++) {
      (context.auditLog as unknown[]) = [...(context.auditLog as unknown[]), item(n)];
      (context.changes as unknown[]) = [...(context.changes as unknown[]), item(n)];
      if (n % 50 === 0) expectRight();
    }
    expectRight();
    // An item in the middle replaced by another object with the same content, then with other content.
    const changes = [...(context.changes as unknown[])];
    changes[10] = { ...item(10) };
    context.changes = changes;
    expectRight();
    changes[400] = item(9999);
    context.changes = [...changes];
    expectRight();
    context.changes = (context.changes as unknown[]).slice(0, 5);
    expectRight();
    context.extra = [item(1), item(2)];
    expectRight();
    delete context.extra;
    context.changes = 'geen lijst meer';
    expectRight();
    context.auditLog = [...(context.auditLog as unknown[]), undefined];
    expectRight();
  });
});

describe('stored snapshot text', () => {
  const text = '{"kind":"gebiedsprocesSnapshot"}';
  const data = gzipSync(text);

  it('reads compressed rows and text rows whose checksum matches', () => {
    expect(storedSnapshotText('gzip', null, data, sha256(data))).toBe(text);
    expect(storedSnapshotText('gzip', null, new Uint8Array(data), sha256(data))).toBe(text);
    expect(storedSnapshotText('json', text, null, sha256(text))).toBe(text);
  });

  it('refuses a wrong checksum, the text checksum on compressed bytes, and an unknown encoding', () => {
    expect(storedSnapshotText('gzip', null, data, sha256('anders'))).toBeNull();
    expect(storedSnapshotText('gzip', null, data, sha256(text))).toBeNull();
    expect(storedSnapshotText('json', text, null, sha256(data))).toBeNull();
    expect(storedSnapshotText('zstd', text, data, sha256(data))).toBeNull();
    expect(storedSnapshotText('gzip', text, null, sha256(text))).toBeNull();
  });

  it('throws for bytes that match their checksum but are no gzip data', () => {
    const garbage = Buffer.from('geen gzip');
    expect(() => storedSnapshotText('gzip', null, garbage, sha256(garbage))).toThrow();
  });
});

describe('JSON in ASCII', () => {
  it('writes every character outside ASCII as an escape and reads back the same value', () => {
    const value = { naam: 'Lindewaard – ’t Veld', emoji: 'weg 🚜', pad: 'C:\\é', tab: '\t', gewoon: 'abc' };
    const text = asciiJson(JSON.stringify(value));
    expect(isAscii(Buffer.from(text))).toBe(true);
    expect(text).toContain('\\u2013');
    expect(JSON.parse(text)).toEqual(value);
    expect(asciiJson('{"a":"b"}')).toBe('{"a":"b"}');
  });
});

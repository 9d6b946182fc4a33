import { createWriteStream, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { run } from './support/run';

const cwd = inject('fixtureDir');
const BIG = 50 * 1024 * 1024;

/** A syntactically valid JSON document of about 50 MB, written in chunks (never whole in memory). */
function bigDocument(): Readable {
  const chunk = `${'"Lindewaard beekdal", '.repeat(4096)}`;
  let written = 0;
  return new Readable({
    read() {
      if (written === 0) {
        this.push('{"kind":"startnotitie","schemaVersion":1,"id":"groot","notes":[');
        written = 1;
      } else if (written < BIG) {
        this.push(chunk);
        written += chunk.length;
      } else {
        this.push('"einde"]}');
        this.push(null);
      }
    },
  });
}

describe('inputs over the size limit', () => {
  const file = join(cwd, 'big.json');
  beforeAll(async () => {
    await pipeline(bigDocument(), createWriteStream(file));
  });
  afterAll(() => rmSync(file, { force: true }));

  it('refuses a 50 MB file with a clear message, before reading it', async () => {
    expect(statSync(file).size).toBeGreaterThan(BIG);
    const r = await run(['validate', 'big.json'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('big.json is groter dan 32 MB en wordt niet gelezen');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses 50 MB on standard input', async () => {
    const r = await run(['risk', 'simulate', '-', '--lang', 'en'], { cwd, stdin: bigDocument() });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('<stdin> is larger than 32 MB and is not read');
  });

  it('takes a different limit with --max-input-mb', async () => {
    const r = await run(['validate', 'startnotitie.json', '--max-input-mb', '0.01'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('startnotitie.json is groter dan 0,01 MB');
    const bad = await run(['validate', 'startnotitie.json', '--max-input-mb', 'veel'], { cwd });
    expect(bad.code).toBe(2);
  });
});

/**
 * How to compress a stored snapshot: the text of a process with `events` minor changes (the same
 * text the store writes, in ASCII) compressed with gzip, zlib's deflate and raw deflate at several
 * levels, and with brotli, from Node's built-in `node:zlib`. Prints the stored size, the time to
 * compress the whole text and the time to decompress it (medians of `rounds`), next to
 * `JSON.parse` of the text, so levels can be compared by ratio on a busy machine.
 *
 *   node --conditions=@gebiedsgericht/source --import tsx bench/snapshotCompression.ts [events] [rounds]
 */
import { loadavg } from 'node:os';
import * as zlib from 'node:zlib';
import { sendEvent, snapshotTextOf, startProcess } from '../src/internal/processAdapter';
import { minorChange, settingsFor, startedAt, template } from '../test/support/scenario';

const events = Number(process.argv[2] ?? 1000);
const rounds = Number(process.argv[3] ?? 21);
const running = startProcess({ template, settings: settingsFor('gebiedsproces-compressie'), startedAt });
for (let v = 0; v < events; v++) sendEvent(running, minorChange(v));
const text = snapshotTextOf(running);

function median(fn: () => unknown): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(rounds / 2)] ?? Number.NaN;
}

const parse = median(() => JSON.parse(text));
console.log(
  `${events} events, ${(text.length / 1024).toFixed(0)} KiB of text; JSON.parse ${parse.toFixed(2)} ms (load average ${loadavg()[0]?.toFixed(1)})`,
);
console.log(
  '| method | level | stored KiB | compress ms | decompress ms | decompress ÷ parse |\n|---|---:|---:|---:|---:|---:|',
);
const methods = [
  ['gzip', zlib.gzipSync, zlib.gunzipSync],
  ['deflate (zlib)', zlib.deflateSync, zlib.inflateSync],
  ['raw deflate', zlib.deflateRawSync, zlib.inflateRawSync],
] as const;
function row(method: string, level: number | string, bytes: Buffer, compress: number, decompress: number) {
  console.log(
    `| ${method} | ${level} | ${(bytes.length / 1024).toFixed(1)} | ${compress.toFixed(2)} | ${decompress.toFixed(2)} | ${(decompress / parse).toFixed(2)} |`,
  );
}
for (const [name, compress, decompress] of methods) {
  for (const level of [1, 3, 6, 9]) {
    const bytes = compress(text, { level });
    row(
      name,
      level,
      bytes,
      median(() => compress(text, { level })),
      median(() => decompress(bytes)),
    );
  }
}
for (const quality of [1, 4]) {
  const params = { [zlib.constants.BROTLI_PARAM_QUALITY]: quality };
  const bytes = zlib.brotliCompressSync(text, { params });
  row(
    'brotli',
    quality,
    bytes,
    median(() => zlib.brotliCompressSync(text, { params })),
    median(() => zlib.brotliDecompressSync(bytes)),
  );
}

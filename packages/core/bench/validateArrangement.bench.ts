/**
 * Validating a large provincial arrangement (about 200 opgaven, 50 parties, 1,000 audit log
 * entries, seven area processes) next to `JSON.parse` of the same text. Run with
 * `npx vitest bench --run` in packages/core; figures go to docs/performance.md.
 */
import { bench, describe } from 'vitest';
import { RuimtelijkArrangementSchema, validate } from '../src/index';
import { largeArrangement } from './largeArrangement';

const { text, size } = largeArrangement();
// Fail loudly (not silently fast) when the generator stops producing a valid document.
validate(RuimtelijkArrangementSchema, JSON.parse(text));
console.log(`large arrangement: ${JSON.stringify(size)}`);

describe(`provincial arrangement, ${(size.bytes / 1e6).toFixed(2)} MB, ${size.opgaven} opgaven, ${size.parties} parties, ${size.logEntries} log entries`, () => {
  bench('JSON.parse of the text', () => {
    JSON.parse(text);
  });
  bench('JSON.parse + validate (RuimtelijkArrangementSchema, with cross-reference checks)', () => {
    validate(RuimtelijkArrangementSchema, JSON.parse(text));
  });
  bench('JSON.parse + safeParse (zod, no SDK error mapping)', () => {
    RuimtelijkArrangementSchema.safeParse(JSON.parse(text));
  });
});

/**
 * Writes docs/errors.md: every error code of the SDK with the package(s) that raise it and its
 * Dutch and English message. With `--check` it writes nothing and exits 1 when the file is out of
 * date (part of `npm test`, so a new code without its row fails CI).
 *
 * Sources: each package's typed catalogue (`<package>Messages`, rendered with `{param}`
 * placeholders; core's includes the issues its schemas raise in their refinements), and the codes
 * of zod's own checks, which `validate` passes through with zod's messages. A code that core's
 * sources write inline with its own message, outside the catalogue, fails the script.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assessmentMessages } from '../packages/assessment/src/messages';
import { cliMessages } from '../packages/cli/src/messages';
import { coreMessages } from '../packages/core/src/catalogue';
import { mediationMessages } from '../packages/mediation/src/messages';
import { processMessages } from '../packages/process/src/messages';
import { riskMessages } from '../packages/risk/src/messages';
import { storeMessages } from '../packages/store/src/messages';
import { zgwMessages } from '../packages/zgw/src/messages';
import { writeOrCheckGenerated } from './generatedFile';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'docs', 'errors.md');

interface Row {
  code: string;
  packages: Set<string>;
  nl: string;
  en: string;
}
const rows = new Map<string, Row>();
function add(code: string, pkg: string, nl: string, en: string) {
  const row = rows.get(code);
  if (row) {
    row.packages.add(pkg);
    return;
  }
  rows.set(code, { code, packages: new Set([pkg]), nl, en });
}

/** Parameters that print as `{name}` however a template uses them. */
function placeholders(): unknown {
  return new Proxy(
    {},
    {
      get: (_t, key) => {
        if (typeof key === 'symbol') return undefined;
        const text = `{${key}}`;
        return {
          toString: () => text,
          valueOf: () => text,
          toFixed: () => text,
          join: () => text,
          map: () => ({ join: () => text }),
          length: 1,
          [Symbol.toPrimitive]: () => text,
        };
      },
    },
  );
}

type Catalogue = { messages: Record<string, (p: never) => { nl: string; en: string }> };
const catalogues: [string, Catalogue][] = [
  ['core', coreMessages as unknown as Catalogue],
  ['process', processMessages as unknown as Catalogue],
  ['risk', riskMessages as unknown as Catalogue],
  ['store', storeMessages as unknown as Catalogue],
  ['zgw', zgwMessages as unknown as Catalogue],
  ['cli', cliMessages as unknown as Catalogue],
  ['assessment', assessmentMessages as unknown as Catalogue],
  ['mediation', mediationMessages as unknown as Catalogue],
];
// Codes of zod's own checks, passed through by `validate` with zod's Dutch and English messages;
// first, so that their row keeps zod's message when a package raises the code with its own.
const ZOD = {
  invalid_input: [
    'De invoer voldoet niet aan het schema (de afzonderlijke problemen staan in `issues`)',
    'The input does not fit the schema (the separate problems are in `issues`)',
  ],
  invalid_type: [
    'Ongeldige invoer: verwacht {expected}, ontving {received}',
    'Invalid input: expected {expected}, received {received}',
  ],
  too_small: ['Te klein: verwacht {minimum}', 'Too small: expected {minimum}'],
  too_big: ['Te groot: verwacht {maximum}', 'Too big: expected {maximum}'],
  invalid_format: ['Ongeldig formaat: {format}', 'Invalid format: {format}'],
  not_multiple_of: [
    'Ongeldig getal: moet een veelvoud van {divisor} zijn',
    'Invalid number: must be a multiple of {divisor}',
  ],
  unrecognized_keys: ['Onbekende sleutel(s): {keys}', 'Unrecognized key(s): {keys}'],
  invalid_union: ['Ongeldige invoer', 'Invalid input'],
  invalid_key: ['Ongeldige sleutel', 'Invalid key'],
  invalid_element: ['Ongeldige waarde', 'Invalid value'],
  invalid_value: ['Ongeldige optie: verwacht één van {values}', 'Invalid option: expected one of {values}'],
} as const;
for (const [code, [nl, en]] of Object.entries(ZOD)) add(code, 'core (validate, from zod)', nl, en);

for (const [pkg, catalogue] of catalogues) {
  for (const [code, template] of Object.entries(catalogue.messages)) {
    const label = template(placeholders() as never);
    add(code, pkg, label.nl, label.en);
  }
}

// Every package raises its codes with the messages of its catalogue (core's schemas through
// `schemaIssue`/`schemaRefinement`/`coreIssue`). A code written inline with its own message
// (`addIssue(ctx, 'code', { nl, en })`, `refinement('code', { nl, en })`, an issue object literal with
// its own `message: { … }`) would bypass the catalogue and this table: refuse it.
function* tsFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      if (entry !== 'fixtures' && entry !== 'migration') yield* tsFiles(path);
    } else if (entry.endsWith('.ts')) yield path;
  }
}
// `addIssue(ctx, 'code'`, `refinement('code', {`, and an issue or zod `params` object with its own
// message (`code: 'code', path: …, message: {`, `code: 'code', nl: …`).
const inline =
  /\b(?:addIssue\(\s*\w+,\s*'([a-z][a-z0-9_]*)'|refinement\(\s*'([a-z][a-z0-9_]*)',\s*\{)|\bcode:\s*'([a-z][a-z0-9_]*)',\s*(?:path[^\n]*\n?\s*message:\s*\{|nl:)/g;
const exempt = ['core/src/primitives/validate.ts', 'core/src/primitives/limits.ts', 'core/src/internal/schemaIssue.ts'];
const outside: string[] = [];
for (const pkg of readdirSync(join(root, 'packages')).sort()) {
  const src = join(root, 'packages', pkg, 'src');
  if (!statSync(src, { throwIfNoEntry: false })?.isDirectory()) continue;
  for (const file of tsFiles(src)) {
    const where = relative(join(root, 'packages'), file).split('\\').join('/');
    if (exempt.includes(where)) continue;
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(inline)) {
      const line = text.slice(0, match.index).split('\n').length;
      outside.push(
        `packages/${where}:${line}: '${match[1] ?? match[2] ?? match[3]}' is written inline; add it to the package's catalogue (messages.ts) and raise it from there`,
      );
    }
  }
}
if (outside.length > 0) {
  console.error(outside.join('\n'));
  process.exit(1);
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const lines = [
  '# Error codes',
  '',
  'Generated by `scripts/errorCodes.ts` (`npm run errors`); `npm test` fails when this file is out of',
  'date. Every `GebiedsgerichtError` and every entry of its `issues` has one of these codes. One code',
  'means one condition in every package. `{name}` stands for a value filled in at run time. The',
  '`path` of an error starts with the name of the argument, then the path inside it (see',
  '`docs/architecture.md`, "One error convention").',
  '',
  '| code | raised by | nl | en |',
  '|---|---|---|---|',
  ...[...rows.values()]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((r) => `| \`${r.code}\` | ${[...r.packages].sort().join(', ')} | ${cell(r.nl)} | ${cell(r.en)} |`),
  '',
];
const text = lines.join('\n');
writeOrCheckGenerated(target, text, 'docs/errors.md', 'npm run errors', `${rows.size} codes`);

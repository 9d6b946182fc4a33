/**
 * Handreiking references as data. Every `@see handreiking …` tag in the sources must be canonical:
 *
 *     @see handreiking REF [(note)][; REF [(note)]]…
 *
 * where REF is a section as `HandreikingSectionSchema` accepts it (`§2.3`, `slotwoord`,
 * `bijlage 1, onderdeel 2, stap 4`, `bijlage 2, voorbeeld 6`). A note says what in the section is
 * meant (a quote, a subject, a source outside the handreiking).
 *
 *     tsx scripts/handreikingRefs.ts            writes docs/handreiking-traceability.md
 *     tsx scripts/handreikingRefs.ts --check    fails on a non-canonical tag or a stale table
 *     tsx scripts/handreikingRefs.ts --fix      rewrites tags into the canonical form where it can
 *
 * The table has one row per section, listing the exports whose TSDoc cites it and the test files
 * that cite it; a section nobody cites fails the check.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HandreikingSectionSchema } from '../packages/core/src/process/reflection';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const REF = String.raw`(?:§\d(?:\.\d)?|slotwoord|bijlage 1, onderdeel \d(?:, stap \d)?|bijlage 2, voorbeeld \d)`;
const refAt = new RegExp(`^${REF}(?![\\d.])`);

/** Every section the handreiking has, in reading order. */
export const SECTIONS: readonly string[] = [
  '§1',
  '§2',
  ...[1, 2, 3, 4, 5, 6, 7].map((n) => `§2.${n}`),
  'slotwoord',
  'bijlage 1, onderdeel 1',
  'bijlage 1, onderdeel 2',
  ...[0, 1, 2, 3, 4, 5].map((n) => `bijlage 1, onderdeel 2, stap ${n}`),
  'bijlage 1, onderdeel 3',
  'bijlage 1, onderdeel 4',
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `bijlage 2, voorbeeld ${n}`),
];
for (const s of SECTIONS) HandreikingSectionSchema.parse(s);

function* files(dir: string, test: (path: string) => boolean): Generator<string> {
  for (const entry of readdirSync(dir).sort()) {
    if (entry === 'node_modules' || entry === 'dist' || entry === 'data') continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* files(path, test);
    else if (test(path)) yield path;
  }
}
const packages = join(root, 'packages');
const sourceFiles = [...files(packages, (p) => /\/src\/.*\.ts$/.test(p))];
const testFiles = [...files(packages, (p) => /\/test\/.*\.ts$/.test(p))];

/** Rewrites common spellings into canonical references (idempotent). */
export function normalise(text: string): string {
  return text
    .replace(/§(\d)\.(\d)[–-](?:§?\d\.)?(\d)/g, (_m, a: string, from: string, to: string) =>
      Array.from({ length: Number(to) - Number(from) + 1 }, (_x, i) => `§${a}.${Number(from) + i}`).join('; '),
    )
    .replace(/bijlage (\d),? onderdeel (\d),? (?:en|and) (\d)/g, 'bijlage $1, onderdeel $2; bijlage $1, onderdeel $3')
    .replace(/bijlage (\d),? onderdeel/g, 'bijlage $1, onderdeel')
    .replace(/(?<!bijlage )(\)|\d)(?:[;,]| and| en) onderdeel (\d)/g, '$1; bijlage 1, onderdeel $2')
    .replace(/(onderdeel \d),? stap (\d)/g, '$1, stap $2')
    .replace(/bijlage 2,? voorbeeld/g, 'bijlage 2, voorbeeld');
}

interface Item {
  ref: string;
  notes: string[];
}

/** Parses the first line of a tag into items, or explains why it cannot. */
export function parse(text: string): { items: Item[]; rest: string } | { error: string } {
  const items: Item[] = [];
  let s = text.trim();
  while (s.length > 0) {
    s = s.replace(/^(?:[,;]\s*|(?:and|en)\s+)/, '');
    const m = refAt.exec(s);
    if (m) {
      items.push({ ref: m[0], notes: [] });
      s = s.slice(m[0].length).trimStart();
      continue;
    }
    const current = items.at(-1);
    if (!current) return { error: `does not start with a section: "${text.slice(0, 40)}"` };
    if (s.startsWith('(')) {
      let depth = 0;
      let i = 0;
      for (; i < s.length; i++) {
        if (s[i] === '(') depth++;
        else if (s[i] === ')' && --depth === 0) break;
      }
      if (i >= s.length) return { items, rest: s };
      current.notes.push(s.slice(1, i));
      s = s.slice(i + 1).trimStart();
      continue;
    }
    // Free text up to the next separator that is followed by a section.
    const next = new RegExp(`[,;]\\s*(?:and |en )?(?=${REF})`).exec(s);
    const free = (next ? s.slice(0, next.index) : s).trim().replace(/[;,]$/, '');
    if (free.split('(').length !== free.split(')').length) return { items, rest: s };
    if (free) current.notes.push(free);
    s = next ? s.slice(next.index) : '';
  }
  return { items, rest: '' };
}

function render(items: Item[], rest: string): string {
  const body = items.map((i) => (i.notes.length ? `${i.ref} (${i.notes.join('; ')})` : i.ref)).join('; ');
  return rest ? `${body} ${rest}` : body;
}

const TAG = /@see handreiking (.*)$/gm;
const mode = process.argv.includes('--fix') ? 'fix' : process.argv.includes('--check') ? 'check' : 'write';
const problems: string[] = [];
const exportsBySection = new Map<string, Set<string>>(SECTIONS.map((s) => [s, new Set<string>()]));
const testsBySection = new Map<string, Set<string>>(SECTIONS.map((s) => [s, new Set<string>()]));

for (const file of [...sourceFiles, ...testFiles]) {
  const original = readFileSync(file, 'utf8');
  let changed = original;
  if (mode === 'fix') {
    changed = original.replace(TAG, (whole, text: string) => {
      const parsed = parse(normalise(text));
      return 'error' in parsed ? whole : `@see handreiking ${render(parsed.items, parsed.rest)}`;
    });
    if (changed !== original) writeFileSync(file, changed);
  }
  const where = relative(root, file);
  for (const m of changed.matchAll(TAG)) {
    const text = m[1] as string;
    const parsed = parse(text);
    const line = changed.slice(0, m.index).split('\n').length;
    if ('error' in parsed) {
      problems.push(`${where}:${line}: ${parsed.error}`);
      continue;
    }
    if (render(parsed.items, parsed.rest) !== text.trimEnd()) {
      problems.push(`${where}:${line}: not canonical: "${text}" (canonical: "${render(parsed.items, parsed.rest)}")`);
    }
    // The export this TSDoc block documents.
    const after = changed.slice(m.index);
    const decl =
      /\*\/\s*(?:@[^\n]*\n\s*)*export (?:declare )?(?:async )?(?:function\*? |const |let |class |type |interface |enum )(\w+)/.exec(
        after,
      );
    for (const item of parsed.items) {
      const section = item.ref;
      if (!exportsBySection.has(section)) continue;
      if (file.includes('/test/')) testsBySection.get(section)?.add(where);
      else if (decl) exportsBySection.get(section)?.add(`\`${decl[1]}\` (${where.split('/')[1]})`);
    }
  }
  // Tests cite sections in their titles and comments.
  if (file.includes('/test/')) {
    for (const m of normalise(changed).matchAll(new RegExp(`${REF}(?![\\d.])`, 'g'))) {
      testsBySection.get(m[0])?.add(where);
    }
  }
}

const lines = [
  '# Handreiking traceability',
  '',
  'Generated by `scripts/handreikingRefs.ts` (`npm run handreiking`) from the `@see handreiking` tags',
  'of the exports and from the tests that cite a section; `npm test` fails when it is stale, when a',
  'tag is not in the canonical form (`@see handreiking §2.3 (note); bijlage 1, onderdeel 4`) or when',
  'a section has no export or test citing it. Source: VNG, IPO en UvW, *Handreiking gebiedsgericht',
  'werken aan ruimtelijke arrangementen*.',
  '',
  '| section | exports that serve it | tests that cite it |',
  '|---|---|---|',
];
for (const section of SECTIONS) {
  const ex = [...(exportsBySection.get(section) ?? [])].sort();
  const ts = [...(testsBySection.get(section) ?? [])].sort().map((t) => `\`${t}\``);
  if (ex.length === 0 && ts.length === 0) problems.push(`no export or test cites ${section}`);
  lines.push(`| ${section} | ${ex.join(', ') || '—'} | ${ts.join(', ') || '—'} |`);
}
lines.push('');
const table = lines.join('\n');
const target = join(root, 'docs', 'handreiking-traceability.md');
if (mode === 'check') {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {}
  if (current !== table) problems.push('docs/handreiking-traceability.md is out of date: run `npm run handreiking`');
  if (problems.length > 0) {
    console.error(`handreiking references:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`checked handreiking references and docs/handreiking-traceability.md (${SECTIONS.length} sections)`);
} else {
  writeFileSync(target, table);
  for (const p of problems) console.error(p);
  console.log(`wrote docs/handreiking-traceability.md; ${problems.length} problem(s)`);
}

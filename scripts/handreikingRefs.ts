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
 * that cite it; a section nobody cites fails the check. Below each onderdeel of bijlage 1 come the
 * items of that onderdeel (`CHECKLIST`): a tag or test cites an item when it cites the onderdeel (or
 * one of its steps) with a note naming the item, for example
 * `@see handreiking bijlage 1, onderdeel 4 (stijlen van bemiddeling)`. An item that no code serves
 * says why in its row; any other item nobody cites fails the check.
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

/** One item of the model in bijlage 1 ("Handvatten voor een praktische aanpak"). */
interface ChecklistItem {
  /** the onderdeel it belongs to, as a section */
  readonly section: string;
  /** the item in the handreiking's words */
  readonly item: string;
  /** a note of a tag citing the onderdeel (or one of its steps) that names this item */
  readonly note: RegExp;
  /** why no code serves it, for an item that is advice to people rather than something to model */
  readonly notServed?: string;
}

const o1 = 'bijlage 1, onderdeel 1';
const o2 = 'bijlage 1, onderdeel 2';
const o3 = 'bijlage 1, onderdeel 3';
const o4 = 'bijlage 1, onderdeel 4';
/** The items of bijlage 1, onderdeel by onderdeel, in the handreiking's order. */
export const CHECKLIST: readonly ChecklistItem[] = [
  { section: o1, item: 'faalfactor: onduidelijkheid over de opdrachtgever', note: /faalfactoren|opdrachtgever/i },
  { section: o1, item: 'faalfactor: geen (goed) projectplan', note: /faalfactoren|projectplan/i },
  {
    section: o1,
    item: 'faalfactor: geen goede definiëring van het doel en het beoogde projectresultaat',
    note: /faalfactoren|definiëring van het doel/i,
  },
  {
    section: o1,
    item: 'faalfactor: (veel) te optimistische planning van resources, activiteiten en middelen',
    note: /faalfactoren|optimistische planning/i,
  },
  {
    section: o1,
    item: 'faalfactor: uitgangspunten en eisen die (voortdurend) veranderen',
    note: /faalfactoren|spelregels voor tussentijdse wijzigingen/i,
  },
  {
    section: o1,
    item: 'faalfactor: gebrek aan controle over voortgang (tijd, geld, resultaat)',
    note: /faalfactoren|controle over voortgang|voortgang bewaken|tijdige bijsturing/i,
  },
  { section: o1, item: 'faalfactor: onvoldoende meet- en beslispunten', note: /faalfactoren|meet- en beslispunten/i },
  { section: o1, item: "GOKIT-R: Geld, Organisatie, Kwaliteit, Informatie, Tijd en Risico's", note: /GOKIT|Risico's/ },
  {
    section: o1,
    item: 'methoden: traditioneel (fasering), incrementeel (timeboxing), projectmatig creëren',
    note: /projectmatig creëren|incrementeel|timebox/i,
  },
  {
    section: o1,
    item: 'spelregels vooraf over tussentijdse wijzigingen',
    note: /spelregels voor (tussentijdse )?wijzigingen/i,
  },
  {
    section: o2,
    item: 'stap 0, les: richt direct de bestuurlijke besluitvorming in',
    note: /besluitvorming in/i,
  },
  {
    section: o2,
    item: 'stap 0, les: brede bestuurlijke verankering',
    note: /bestuurlijke verankering/i,
  },
  {
    section: o2,
    item: 'stap 0, les: het gebiedsproces (lange termijn) los van korte termijn activiteiten',
    note: /los van korte termijn/i,
  },
  {
    section: o2,
    item: 'stap 0, les: opstarten kost écht tijd',
    note: /opstarten kost/i,
    notServed:
      'advice to invest time in starting up; the process records when the startnotitie is adopted, and no rule can judge whether that took long enough',
  },
  {
    section: o2,
    item: 'stap 0, les: goede betrokkenheid van waterschappen en gemeenten',
    note: /betrokkenheid van waterschappen/i,
  },
  {
    section: o2,
    item: 'stap 0, les: kies een andere naam voor de startnotitie als dat passender is',
    note: /andere naam voor de startnotitie/i,
  },
  {
    section: o2,
    item: 'stap 1, les: maak zo veel mogelijk gebruik van data die er al is; bestaande basisdatasets',
    note: /data die er al is|basisdatasets/i,
  },
  {
    section: o2,
    item: 'stap 1, les: afspraken over eigenaarschap van data en openbaarheid',
    note: /eigenaarschap/i,
  },
  {
    section: o2,
    item: 'stap 1, les: richt een digitale samenwerkingsomgeving in',
    note: /digitale samenwerkingsomgeving/i,
  },
  {
    section: o2,
    item: 'stap 1, les: organiseer een werksessie; blijf niet te lang hangen in deze stap',
    note: /timebox|te lang hangen/i,
  },
  {
    section: o2,
    item: 'stap 1: NOVI Monitor, Planmonitor, Balans voor de Leefomgeving, Ruimtelijke Verkenningen (PBL)',
    note: /PBL|NOVI Monitor|Planmonitor/i,
  },
  {
    section: o2,
    item: 'kwaliteit van projectresultaten: kwaliteitscriteria vooraf, SMART',
    note: /SMART/,
  },
  {
    section: o2,
    item: 'resultaat: visie, afwegingskader, programmering van projecten, afspraken over realisatie',
    note: /programmering van projecten|per stap een product/i,
  },
  {
    section: o2,
    item: 'wisselwerking: monitoring van de uitvoering is input voor de programmering',
    note: /monitoring/i,
  },
  {
    section: o2,
    item: 'vanaf welk moment financiële verplichtingen worden aangegaan',
    note: /financiële verplichtingen|exacte verwoording van de afspraken/i,
  },
  {
    section: o3,
    item: 'best practice 1: bepaal uw eigen waarden en die van de andere spelers',
    note: /best practices?\b|eigen waarde/i,
  },
  {
    section: o3,
    item: 'best practice 2: neem de tijd voor informele praatjes; vertrouwen',
    note: /informele praatjes|vertrouwen/i,
  },
  {
    section: o3,
    item: 'best practice 3: vraag en doorvraag naar motivaties, obstakels en doelen',
    note: /best practices?\b|doorvragen|motivaties/i,
  },
  {
    section: o3,
    item: 'ervaring van een gemeentebestuurder: wederzijds begrip en vertrouwen op een dieper niveau',
    note: /dieper niveau/i,
    notServed:
      'about the competences of bestuurders and ambtenaren and trust between people, which no document or rule can hold',
  },
  { section: o3, item: 'compromissen die per saldo netto winst geven', note: /netto winst/i },
  {
    section: o4,
    item: 'optie 1: agendering van knelpunten op het eerstvolgende ijkmoment',
    note: /ijkmoment/i,
  },
  {
    section: o4,
    item: 'optie 2: een onafhankelijke procesbegeleider of regievoerder',
    note: /procesbegeleider/i,
  },
  {
    section: o4,
    item: 'stijlen van bemiddeling: evaluerend, faciliterend, transformatief',
    note: /stijlen van bemiddeling/i,
  },
  {
    section: o4,
    item: 'toezeggingen op punten die de andere partij niet geëist had',
    note: /niet (had )?geëist|allemaal voordeel/i,
  },
  { section: o4, item: 'duur van bemiddelingen (MfN: 25% binnen vijf uur)', note: /MfN|Mediatorsfederatie/ },
  {
    section: o4,
    item: 'bemiddeling leidt niet altijd tot een oplossing',
    note: /niet altijd tot een oplossing/i,
  },
  {
    section: o4,
    item: 'de bemiddelaar wordt door alle partijen als onpartijdig en objectief waargenomen',
    note: /onpartijdig|voortrekt/i,
  },
];

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
    .replace(/\bBijlage (\d)/g, 'bijlage $1')
    .replace(/\b[Oo]nderdelen (\d),? (\d)?,? ?(?:en|and) (\d)/g, (_m, a: string, b: string | undefined, c: string) =>
      [a, b, c]
        .filter((x) => x !== undefined)
        .map((x) => `onderdeel ${x}`)
        .join('; bijlage 1, '),
    )
    .replace(
      /bijlage 2,? voorbeelden (\d)(?:,? (\d))?,? (?:en|and) (\d)/g,
      (_m, a: string, b: string | undefined, c: string) =>
        [a, b, c]
          .filter((x) => x !== undefined)
          .map((x) => `bijlage 2, voorbeeld ${x}`)
          .join('; '),
    )
    .replace(/\bOnderdeel (\d)/g, 'onderdeel $1')
    .replace(/bijlage 1,? stap (\d)/g, 'bijlage 1, onderdeel 2, stap $1')
    .replace(/\b(onderdeel \d,? )Stap (\d)/g, '$1stap $2')
    .replace(/§ (\d)/g, '§$1')
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

/** A tag that cites the handreiking, in any spelling; only `@see handreiking REF…` is canonical. */
const TAG = /@see ([Hh]andreiking)\b:?[ \t]*(.*)$/gm;
const mode = process.argv.includes('--fix') ? 'fix' : process.argv.includes('--check') ? 'check' : 'write';
const problems: string[] = [];
const exportsBySection = new Map<string, Set<string>>(SECTIONS.map((s) => [s, new Set<string>()]));
const testsBySection = new Map<string, Set<string>>(SECTIONS.map((s) => [s, new Set<string>()]));
const exportsByItem = new Map<ChecklistItem, Set<string>>(CHECKLIST.map((c) => [c, new Set<string>()]));
const testsByItem = new Map<ChecklistItem, Set<string>>(CHECKLIST.map((c) => [c, new Set<string>()]));

/** The checklist items that a reference with these notes cites. */
function itemsCited(ref: string, notes: readonly string[]): ChecklistItem[] {
  const text = notes.join('; ');
  return CHECKLIST.filter(
    (c) => (ref === c.section || ref.startsWith(`${c.section},`)) && text.length > 0 && c.note.test(text),
  );
}

for (const file of [...sourceFiles, ...testFiles]) {
  const original = readFileSync(file, 'utf8');
  let changed = original;
  if (mode === 'fix') {
    changed = original.replace(TAG, (whole, _word: string, text: string) => {
      const parsed = parse(normalise(text));
      return 'error' in parsed ? whole : `@see handreiking ${render(parsed.items, parsed.rest)}`;
    });
    if (changed !== original) writeFileSync(file, changed);
  }
  const where = relative(root, file);
  for (const m of changed.matchAll(TAG)) {
    const text = m[2] as string;
    const parsed = parse(text);
    const line = changed.slice(0, m.index).split('\n').length;
    if ('error' in parsed) {
      problems.push(`${where}:${line}: ${parsed.error}`);
      continue;
    }
    if (m[0] !== `@see handreiking ${text}`) {
      problems.push(`${where}:${line}: not canonical: "${m[0]}" (write "@see handreiking …")`);
    } else if (render(parsed.items, parsed.rest) !== text.trimEnd()) {
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
      const cited = itemsCited(section, item.notes);
      if (file.includes('/test/')) {
        testsBySection.get(section)?.add(where);
        for (const c of cited) testsByItem.get(c)?.add(where);
      } else if (decl) {
        const name = `\`${decl[1]}\` (${where.split('/')[1]})`;
        exportsBySection.get(section)?.add(name);
        for (const c of cited) exportsByItem.get(c)?.add(name);
      }
    }
  }
  // Tests cite sections in their titles and comments.
  if (file.includes('/test/')) {
    for (const m of normalise(changed).matchAll(new RegExp(`${REF}(?![\\d.])`, 'g'))) {
      testsBySection.get(m[0])?.add(where);
    }
    // …and items of bijlage 1 with a note right after the section: `bijlage 1, onderdeel 4 (ijkmoment)`.
    for (const m of normalise(changed).matchAll(new RegExp(`(${REF})(?![\\d.]) \\(([^)]*)\\)`, 'g'))) {
      for (const c of itemsCited(m[1] as string, [m[2] as string])) testsByItem.get(c)?.add(where);
    }
  }
}

const lines = [
  '# Handreiking traceability',
  '',
  'Generated by `scripts/handreikingRefs.ts` (`npm run handreiking`) from the `@see handreiking` tags',
  'of the exports and from the tests that cite a section; `npm test` fails when it is stale, when a',
  'tag is not in the canonical form (`@see handreiking §2.3 (note); bijlage 1, onderdeel 4`) or when',
  'a section has no export or test citing it. Below each onderdeel of bijlage 1 come its items (the',
  'model the bijlage describes, in its words): an export or test cites an item with a note on the',
  'onderdeel, such as `@see handreiking bijlage 1, onderdeel 4 (stijlen van bemiddeling)`. An item',
  'that is advice to people rather than something software can hold says so. Source: VNG, IPO en',
  'UvW, *Handreiking gebiedsgericht werken aan ruimtelijke arrangementen*.',
  '',
  '| section | exports that serve it | tests that cite it |',
  '|---|---|---|',
];
for (const section of SECTIONS) {
  const ex = [...(exportsBySection.get(section) ?? [])].sort();
  const ts = [...(testsBySection.get(section) ?? [])].sort().map((t) => `\`${t}\``);
  if (ex.length === 0 && ts.length === 0) problems.push(`no export or test cites ${section}`);
  lines.push(`| ${section} | ${ex.join(', ') || '—'} | ${ts.join(', ') || '—'} |`);
  for (const c of CHECKLIST.filter((x) => x.section === section)) {
    const iex = [...(exportsByItem.get(c) ?? [])].sort();
    const its = [...(testsByItem.get(c) ?? [])].sort().map((t) => `\`${t}\``);
    const label = `${section}: ${c.item}`;
    if (c.notServed !== undefined) {
      if (iex.length > 0 || its.length > 0) problems.push(`${label} is marked as not served, but is cited`);
      lines.push(`| ${label} | not served by code: ${c.notServed} | — |`);
      continue;
    }
    if (iex.length === 0 && its.length === 0) problems.push(`no export or test cites ${label}`);
    lines.push(`| ${label} | ${iex.join(', ') || '—'} | ${its.join(', ') || '—'} |`);
  }
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

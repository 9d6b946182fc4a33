import {
  type DocaBoard,
  DocaBoardSchema,
  DocaCategory,
  type DocaCategorySummary,
  type DocaSorted,
  type DocaSummary,
  validate,
} from '@gebiedsgericht/core';
import { fail } from './messages';

/**
 * Cue words (Dutch and English word beginnings) per DOCA category, used only to *suggest* a
 * category for a contribution that has none. This list is the SDK's own aid, not part of the DOCA
 * method; a facilitator confirms or corrects each suggestion.
 *
 * @example
 * docaCues.challenge.includes('knelpunt'); // true
 * @see handreiking bijlage 2, voorbeeld 7
 */
export const docaCues: Readonly<Record<DocaCategory, readonly string[]>> = Object.freeze({
  data: [
    'hectare',
    'ha',
    'procent',
    'aantal',
    'meting',
    'gemeten',
    'cijfer',
    'bron',
    'volgens',
    'onderzoek',
    'data',
    'kaart',
    'km',
    'percent',
    'measured',
    'source',
    'according',
    'survey',
    'figure',
  ],
  opportunity: [
    'kans',
    'mogelijk',
    'combin',
    'koppel',
    'benut',
    'meekoppel',
    'ruimte voor',
    'opportun',
    'chance',
    'potential',
    'could',
    'combine',
  ],
  challenge: [
    'probleem',
    'knelpunt',
    'risico',
    'zorg',
    'tekort',
    'uitdag',
    'lastig',
    'moeilijk',
    'dreig',
    'conflict',
    'overlast',
    'problem',
    'risk',
    'challeng',
    'shortage',
    'threat',
    'concern',
  ],
  anecdote: [
    'ik',
    'mijn',
    'wij',
    'onze',
    'vroeger',
    'toen',
    'herinner',
    'vind',
    'denk',
    'gevoel',
    'verhaal',
    'opa',
    'oma',
    'i',
    'my',
    'we',
    'our',
    'remember',
    'feel',
    'think',
    'story',
  ],
});

/**
 * Suggests a DOCA category for a text from cue words (and digits, which suggest data), with the
 * cues found. Without any cue the suggestion is `anecdote`: a statement without facts behind it is
 * treated as an opinion until someone supplies the data.
 *
 * Throws a `GebiedsgerichtError` with code `invalid_argument` and path `['text']` when `text` is
 * not a string.
 *
 * @example
 * suggestDocaCategory('In 2021 stond 40 hectare onder water').category; // 'data'
 * @see handreiking bijlage 2, voorbeeld 7 (feiten en meningen gescheiden)
 */
export function suggestDocaCategory(text: string): { category: DocaCategory; cues: string[] } {
  if (typeof text !== 'string') throw fail('invalid_argument', { name: 'text (a string)' }, ['text']);
  const lower = text.toLowerCase();
  const words = lower.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  let best: DocaCategory = 'anecdote';
  let bestCues: string[] = [];
  for (const category of DocaCategory.values) {
    const cues: string[] = [];
    if (category === 'data' && /\d/.test(lower)) cues.push('0-9');
    for (const cue of docaCues[category]) {
      const hit = cue.includes(' ')
        ? lower.includes(cue)
        : cue.length <= 2
          ? words.includes(cue)
          : words.some((w) => w.startsWith(cue));
      if (hit) cues.push(cue);
    }
    if (cues.length > bestCues.length) {
      best = category;
      bestCues = cues;
    }
  }
  return { category: best, cues: bestCues };
}

/**
 * Sorts a DOCA board into Data, Opportunities, Challenges and Anecdotes (in that order). A
 * contribution keeps the category it was given (`stated`); one without a category gets a
 * suggestion from {@link suggestDocaCategory} (`suggested`, with its cues) for the facilitator to
 * check. Each category gets its contributions, counts per theme and a one-line summary in Dutch
 * and English.
 *
 * @example
 * const summary = sortDoca(board);
 * summary.categories.map((c) => [c.category, c.count]);
 * @see handreiking bijlage 2, voorbeeld 7 (Atelier Omgevingsvisie Fryslân, DOCA-methode)
 */
export function sortDoca(board: unknown): DocaSummary {
  const b: DocaBoard = validate(DocaBoardSchema, board, { path: ['board'] });
  const sorted: DocaSorted[] = b.contributions.map((c) => {
    if (c.category) return { contributionId: c.id, category: c.category, basis: 'stated', cues: [] };
    const s = suggestDocaCategory(c.text);
    return { contributionId: c.id, category: s.category, basis: 'suggested', cues: s.cues };
  });
  const byId = new Map(b.contributions.map((c) => [c.id, c]));
  const categories: DocaCategorySummary[] = DocaCategory.values.map((category) => {
    const here = sorted.filter((s) => s.category === category);
    const themes = new Map<string, number>();
    for (const s of here) {
      const theme = byId.get(s.contributionId)?.theme;
      if (theme) themes.set(theme, (themes.get(theme) ?? 0) + 1);
    }
    const themeList = [...themes]
      .map(([theme, count]) => ({ theme, count }))
      .sort((x, y) => y.count - x.count || (x.theme < y.theme ? -1 : x.theme > y.theme ? 1 : 0));
    const suggestedCount = here.filter((s) => s.basis === 'suggested').length;
    const themeText = themeList.map((t) => `${t.theme} (${t.count})`).join(', ');
    const nlLabel = DocaCategory.label(category, 'nl');
    const enLabel = DocaCategory.label(category, 'en');
    return {
      category,
      count: here.length,
      contributionIds: here.map((s) => s.contributionId),
      suggestedCount,
      themes: themeList,
      summary: {
        nl: `${nlLabel}: ${here.length} ${here.length === 1 ? 'bijdrage' : 'bijdragen'}${suggestedCount > 0 ? ` (${suggestedCount} voorgesteld op trefwoorden, nog te controleren)` : ''}${themeText ? `; thema's: ${themeText}` : ''}.`,
        en: `${enLabel}: ${here.length} ${here.length === 1 ? 'contribution' : 'contributions'}${suggestedCount > 0 ? ` (${suggestedCount} suggested from cue words, to be checked)` : ''}${themeText ? `; themes: ${themeText}` : ''}.`,
      },
    };
  });
  return { boardId: b.id, sorted, categories };
}

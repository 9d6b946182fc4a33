import { GEBIEDSPROCES_EVENT_TYPES } from '../machine/extensions';
import { authorityRuleOf } from './authorityRules';

const cell = (text: string) => text.replace(/\|/g, '\\|');

/**
 * The authority table as Markdown: one row per event type of an area process, with who may send
 * it and from which role or body, in English and Dutch, read from the same rules the process
 * checks (docs/process.md holds the generated copy).
 */
export function authorityTableMarkdown(): string {
  const rows = [...GEBIEDSPROCES_EVENT_TYPES].sort().map((type) => {
    const rule = authorityRuleOf(type);
    return `| \`${type}\` | ${cell(rule.who.en)} | ${cell(rule.from.en)} | ${cell(rule.who.nl)}; ${cell(rule.from.nl)} |`;
  });
  return [
    '| Event | Who may send it | From which role or body | Nederlands |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

// Internal: how paths, amounts and tables are written for people.
import type { IssuePath, Locale } from '@gebiedsgericht/core';

/** `['steps', 2, 'id']` → `steps[2].id`; the empty path is the document itself. */
export function formatPath(path: IssuePath, locale: Locale): string {
  if (path.length === 0) return locale === 'nl' ? '(document)' : '(document)';
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

const tag = (locale: Locale) => (locale === 'nl' ? 'nl-NL' : 'en-GB');

/** A number in the locale's notation with at most `digits` decimals. */
export function formatNumber(value: number, locale: Locale, digits = 2): string {
  return new Intl.NumberFormat(tag(locale), { maximumFractionDigits: digits }).format(value);
}

/** An amount in euro cents as whole euros, or a duration in days. */
export function formatAmount(value: number, unit: string, locale: Locale): string {
  if (unit === 'euro_cents')
    return new Intl.NumberFormat(tag(locale), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(
      value / 100,
    );
  return `${formatNumber(value, locale, 1)} ${locale === 'nl' ? 'dagen' : 'days'}`;
}

/** A share 0–1 as a percentage. */
export function formatShare(value: number, locale: Locale, digits = 1, minimumDigits = 0): string {
  return new Intl.NumberFormat(tag(locale), {
    style: 'percent',
    minimumFractionDigits: minimumDigits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** A plain-text table: columns padded to their widest cell, numbers right-aligned. */
export function renderTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  right: readonly number[] = [],
): string {
  const width = (s: string) => [...s].length;
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => {
        const pad = ' '.repeat((widths[i] ?? 0) - width(cell));
        return right.includes(i) ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Key–value lines with the keys padded to one width. */
export function keyValues(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(...rows.map(([k]) => [...k].length));
  return rows.map(([k, v]) => `${k}${' '.repeat(width - [...k].length)}  ${v}`).join('\n');
}

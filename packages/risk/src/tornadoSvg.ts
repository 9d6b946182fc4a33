import {
  type Locale,
  LocaleSchema,
  type MonteCarloResult,
  MonteCarloResultSchema,
  validate,
} from '@gebiedsgericht/core';
import { optionalString, rejectNonFinite, validateOptions } from './internal/arguments';
import { compactValue, escapeXml, n } from './internal/svg';
import { riskFail } from './messages';

/** Options of {@link tornadoSvg}. */
export interface TornadoSvgOptions {
  readonly locale?: Locale;
  readonly title?: string;
  /** How many inputs to draw, largest share of the variance first (default 10). */
  readonly count?: number;
  readonly width?: number;
}

/**
 * The tornado chart of a Monte Carlo result as a standalone SVG string: per input (largest share of
 * the variance first) a bar from the expected total with that input at its P10 to the expected
 * total with it at its P90, around a line at the mean. Text is escaped; labels in Dutch (default)
 * or English.
 *
 * Bad input throws a `GebiedsgerichtError`: `invalid_input` for a bad result (path `['result']`) or
 * locale (`['options', 'locale']`); `invalid_argument` when `options` is not an object
 * (`['options']`), `title` is not text, `count` is not an integer ≥ 1 or `width` is below 300 (path
 * `['options', name]`).
 *
 * @example
 * writeFileSync('tornado.svg', tornadoSvg(result, { count: 8 }));
 * @see handreiking bijlage 1, onderdeel 1 (GOKIT: Geld, Tijd)
 */
export function tornadoSvg(resultInput: MonteCarloResult, options: TornadoSvgOptions = {}): string {
  validateOptions(options);
  const result = validate(MonteCarloResultSchema, resultInput, { path: ['result'] });
  const locale = validate(LocaleSchema, options.locale ?? 'nl', { path: ['options', 'locale'] });
  optionalString(options.title, 'title', ['options', 'title']);
  const count = options.count ?? 10;
  rejectNonFinite(count, 'count', ['options', 'count']);
  if (!Number.isInteger(count) || count < 1)
    throw riskFail('invalid_argument', { name: 'count' }, ['options', 'count']);
  const width = options.width ?? 640;
  rejectNonFinite(width, 'width', ['options', 'width']);
  if (!(width >= 300)) throw riskFail('invalid_argument', { name: 'width' }, ['options', 'width']);
  const rows = result.contributions.slice(0, count);
  const labelW = 190;
  const right = 20;
  const top = 50;
  const rowH = 24;
  const height = top + rows.length * rowH + 40;
  const lo = Math.min(result.mean, ...rows.map((r) => r.low));
  const hi = Math.max(result.mean, ...rows.map((r) => r.high));
  const span = hi - lo || 1;
  const plotW = width - labelW - right;
  const xOf = (v: number) => labelW + ((v - lo) / span) * plotW;
  const title =
    options.title ??
    (locale === 'nl' ? 'Tornado: totaal met één post op P10 en P90' : 'Tornado: total with one input at P10 and P90');
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<text x="10" y="22" font-size="14" font-weight="bold">${escapeXml(title)}</text>`,
  ];
  rows.forEach((row, k) => {
    const y = top + k * rowH;
    const x0 = xOf(row.low);
    const x1 = Math.max(xOf(row.high), x0 + 1);
    const label = row.label.length > 30 ? `${row.label.slice(0, 29)}…` : row.label;
    out.push(
      `<text x="${labelW - 6}" y="${y + 15}" text-anchor="end"><title>${escapeXml(row.label)}</title>${escapeXml(label)}</text>`,
      `<rect x="${n(x0)}" y="${y + 4}" width="${n(x1 - x0)}" height="${rowH - 8}" fill="${row.source === 'risk_event' ? '#fdae61' : '#9ecae1'}"><title>${escapeXml(`${compactValue(row.low, result.unit, locale)} … ${compactValue(row.high, result.unit, locale)}`)}</title></rect>`,
    );
  });
  const xm = n(xOf(result.mean));
  out.push(
    `<line x1="${xm}" y1="${top - 6}" x2="${xm}" y2="${top + rows.length * rowH}" stroke="#333333"/>`,
    `<text x="${xm}" y="${top - 10}" text-anchor="middle">${escapeXml(`${locale === 'nl' ? 'gemiddelde' : 'mean'} ${compactValue(result.mean, result.unit, locale)}`)}</text>`,
    `<text x="${labelW}" y="${height - 14}">${escapeXml(compactValue(lo, result.unit, locale))}</text>`,
    `<text x="${width - right}" y="${height - 14}" text-anchor="end">${escapeXml(compactValue(hi, result.unit, locale))}</text>`,
    '</svg>',
  );
  return out.join('\n');
}

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

/** Options of {@link histogramSvg} and {@link sCurveSvg}. */
export interface DistributionSvgOptions {
  readonly locale?: Locale;
  readonly title?: string;
  readonly width?: number;
  readonly height?: number;
}

const MARGIN = { left: 70, right: 30, top: 84, bottom: 50 };

/** Throws a typed error, with the path of the option, for options that are not what they should be. */
function validateSvgOptions(options: DistributionSvgOptions): void {
  validateOptions(options);
  validate(LocaleSchema, options.locale ?? 'nl', { path: ['options', 'locale'] });
  optionalString(options.title, 'title', ['options', 'title']);
}

function frame(result: MonteCarloResult, options: DistributionSvgOptions, kind: 'histogram' | 'sCurve') {
  const locale = options.locale ?? 'nl';
  const width = options.width ?? 640;
  const height = options.height ?? 360;
  rejectNonFinite(width, 'width', ['options', 'width']);
  rejectNonFinite(height, 'height', ['options', 'height']);
  if (!(width >= 200 && height >= 150)) throw riskFail('invalid_argument', { name: 'width/height' }, ['options']);
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const lo = Math.min(result.min, result.baseEstimate);
  const hi = Math.max(result.max, result.baseEstimate);
  const span = hi - lo || 1;
  const xOf = (v: number) => MARGIN.left + ((v - lo) / span) * plotW;
  const what =
    result.aspect === 'money' ? (locale === 'nl' ? 'kosten' : 'cost') : locale === 'nl' ? 'duur' : 'duration';
  const title =
    options.title ??
    (kind === 'histogram'
      ? locale === 'nl'
        ? `Verdeling ${what} (${result.iterations} trekkingen)`
        : `Distribution of ${what} (${result.iterations} draws)`
      : locale === 'nl'
        ? `S-curve ${what}: kans dat het totaal niet hoger uitvalt`
        : `S-curve of ${what}: probability of not exceeding`);
  const head = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<text x="${MARGIN.left}" y="22" font-size="14" font-weight="bold">${escapeXml(title)}</text>`,
    `<line x1="${MARGIN.left}" y1="${MARGIN.top + plotH}" x2="${MARGIN.left + plotW}" y2="${MARGIN.top + plotH}" stroke="#333333"/>`,
    `<line x1="${MARGIN.left}" y1="${MARGIN.top}" x2="${MARGIN.left}" y2="${MARGIN.top + plotH}" stroke="#333333"/>`,
  ];
  for (let k = 0; k <= 4; k++) {
    const v = lo + (span * k) / 4;
    const anchor = k === 0 ? 'start' : k === 4 ? 'end' : 'middle';
    head.push(
      `<text x="${n(xOf(v))}" y="${MARGIN.top + plotH + 16}" text-anchor="${anchor}">${escapeXml(compactValue(v, result.unit, locale))}</text>`,
    );
  }
  const markers: string[] = [];
  const marks: [number, string, string][] = [
    [result.baseEstimate, locale === 'nl' ? 'basisraming' : 'base estimate', '#555555'],
    [result.p50, 'P50', '#2c7bb6'],
    [result.p85, 'P85', '#d7191c'],
  ];
  // Marker labels sit above the plot, one line each, anchored so they stay inside the picture.
  marks.forEach(([v, label, colour], k) => {
    const xv = xOf(v);
    const x = n(xv);
    const anchor = xv > width * 0.7 ? 'end' : 'start';
    markers.push(
      `<line x1="${x}" y1="${MARGIN.top - 40 + k * 13}" x2="${x}" y2="${MARGIN.top + plotH}" stroke="${colour}" stroke-dasharray="4 3"/>`,
      `<text x="${x}" y="${MARGIN.top - 42 + k * 13}" dx="${anchor === 'end' ? -3 : 3}" text-anchor="${anchor}" fill="${colour}">${escapeXml(`${label} ${compactValue(v, result.unit, locale)}`)}</text>`,
    );
  });
  return { locale, width, height, plotW, plotH, xOf, head, markers };
}

/**
 * The histogram of a Monte Carlo result as a standalone SVG string (no DOM needed), with dashed
 * lines at the base estimate, P50 and P85. Text is escaped; labels in Dutch (default) or English.
 *
 * Bad input throws a `GebiedsgerichtError`: `invalid_input` for a bad result (path `['result']`) or
 * locale (`['options', 'locale']`); `invalid_argument` when `options` is not an object
 * (`['options']`), `title` is not text (`['options', 'title']`) or the picture is smaller than
 * 200 × 150; `empty_histogram` for a result without histogram.
 *
 * @example
 * writeFileSync('histogram.svg', histogramSvg(result, { locale: 'nl' }));
 * @see handreiking bijlage 1, onderdeel 1 (GOKIT: Geld, Tijd)
 */
export function histogramSvg(resultInput: MonteCarloResult, options: DistributionSvgOptions = {}): string {
  validateSvgOptions(options);
  const result = validate(MonteCarloResultSchema, resultInput, { path: ['result'] });
  if (result.histogram.length === 0) throw riskFail('empty_histogram', undefined, ['result', 'histogram']);
  const f = frame(result, options, 'histogram');
  const peak = Math.max(...result.histogram.map((b) => b.count)) || 1;
  const bars = result.histogram.map((bin) => {
    const x0 = f.xOf(bin.from);
    const x1 = Math.max(f.xOf(bin.to), x0 + 1);
    const h = (bin.count / peak) * f.plotH;
    return `<rect x="${n(x0)}" y="${n(MARGIN.top + f.plotH - h)}" width="${n(x1 - x0)}" height="${n(h)}" fill="#9ecae1" stroke="#3182bd" stroke-width="0.5"><title>${escapeXml(`${bin.count}`)}</title></rect>`;
  });
  const yLabel = f.locale === 'nl' ? 'aantal trekkingen' : 'number of draws';
  return [
    ...f.head,
    ...bars,
    ...f.markers,
    `<text x="14" y="${n(MARGIN.top + f.plotH / 2)}" text-anchor="middle" transform="rotate(-90 14 ${n(MARGIN.top + f.plotH / 2)})">${escapeXml(yLabel)}</text>`,
    '</svg>',
  ].join('\n');
}

/**
 * The S-curve (cumulative probability) of a Monte Carlo result as a standalone SVG string, with
 * dashed lines at the base estimate, P50 and P85.
 *
 * Bad input throws a `GebiedsgerichtError`: `invalid_input` for a bad result (path `['result']`) or
 * locale (`['options', 'locale']`); `invalid_argument` when `options` is not an object
 * (`['options']`), `title` is not text (`['options', 'title']`) or the picture is smaller than
 * 200 × 150.
 *
 * @example
 * writeFileSync('s-curve.svg', sCurveSvg(result, { locale: 'en' }));
 * @see handreiking bijlage 1, onderdeel 1 (GOKIT: Geld, Tijd)
 */
export function sCurveSvg(resultInput: MonteCarloResult, options: DistributionSvgOptions = {}): string {
  validateSvgOptions(options);
  const result = validate(MonteCarloResultSchema, resultInput, { path: ['result'] });
  const f = frame(result, options, 'sCurve');
  const yOf = (p: number) => MARGIN.top + f.plotH - p * f.plotH;
  const points = result.sCurve.map((pt) => `${n(f.xOf(pt.value))},${n(yOf(pt.probability))}`).join(' ');
  const ticks = [0, 0.5, 0.85, 1].map(
    (p) => `<text x="${MARGIN.left - 6}" y="${n(yOf(p) + 4)}" text-anchor="end">${Math.round(p * 100)}%</text>`,
  );
  return [
    ...f.head,
    ...ticks,
    `<polyline points="${points}" fill="none" stroke="#3182bd" stroke-width="2"/>`,
    ...f.markers,
    '</svg>',
  ].join('\n');
}

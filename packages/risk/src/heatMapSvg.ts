import {
  type ControlAspect,
  type Locale,
  LocaleSchema,
  type RiskRegister,
  RiskRegisterSchema,
  validate,
} from '@gebiedsgericht/core';
import { riskHeatMap } from './heatMap';
import { optionalString, rejectNonFinite, validateOptions } from './internal/arguments';
import { escapeXml, n } from './internal/svg';
import { riskFail } from './messages';
import type { RiskScoreBasis } from './riskScore';

/** Options of {@link heatMapSvg}. */
export interface HeatMapSvgOptions {
  readonly locale?: Locale;
  readonly basis?: RiskScoreBasis;
  readonly aspect?: ControlAspect;
  readonly title?: string;
  /** Maximum number of risk ids written in a cell before "+n" (default 3). */
  readonly idsPerCell?: number;
}

/**
 * The heat map of a risk register as a standalone SVG string (no DOM needed): impact classes
 * across, probability classes up, each cell in the colour of its score band with the number of
 * risks and their ids. All text is escaped; labels in Dutch (default) or English.
 *
 * Bad input throws a `GebiedsgerichtError`: `invalid_input` for a bad register (path `['register']`),
 * locale or aspect (`['options', name]`); `invalid_argument` when `options` is not an object
 * (`['options']`), `title` is not text, `idsPerCell` is not an integer ≥ 0 or `basis` is not
 * `'current'` or `'residual'` (`['options', name]`).
 *
 * @example
 * writeFileSync('heatmap.svg', heatMapSvg(register, { locale: 'nl' }));
 * @see handreiking bijlage 1, onderdeel 1 (GOKIT-R)
 */
export function heatMapSvg(registerInput: RiskRegister, options: HeatMapSvgOptions = {}): string {
  validateOptions(options);
  const register = validate(RiskRegisterSchema, registerInput, { path: ['register'] });
  const locale = validate(LocaleSchema, options.locale ?? 'nl', { path: ['options', 'locale'] });
  optionalString(options.title, 'title', ['options', 'title']);
  const perCell = options.idsPerCell ?? 3;
  rejectNonFinite(perCell, 'idsPerCell', ['options', 'idsPerCell']);
  if (!Number.isInteger(perCell) || perCell < 0)
    throw riskFail('invalid_argument', { name: 'idsPerCell (an integer ≥ 0)' }, ['options', 'idsPerCell']);
  const map = riskHeatMap(register, {
    ...(options.basis !== undefined ? { basis: options.basis } : {}),
    ...(options.aspect !== undefined ? { aspect: options.aspect } : {}),
  });
  const cellW = 120;
  const cellH = 70;
  const left = 130;
  const top = 50;
  const cols = map.impactClasses;
  const rows = map.probabilityClasses;
  const width = left + cols * cellW + 20;
  const height = top + rows * cellH + 70;
  const title =
    options.title ??
    (locale === 'nl'
      ? `Risicokaart ${register.id} (versie ${register.version})`
      : `Risk heat map ${register.id} (version ${register.version})`);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12" role="img" aria-label="${escapeXml(title)}">`,
  );
  out.push(`<title>${escapeXml(title)}</title>`);
  out.push(`<text x="${left}" y="24" font-size="16" font-weight="bold">${escapeXml(title)}</text>`);
  for (const cell of map.cells) {
    const x = left + (cell.impact - 1) * cellW;
    const y = top + (rows - cell.probability) * cellH;
    const shown = cell.riskIds.slice(0, perCell);
    const more = cell.riskIds.length - shown.length;
    out.push(
      `<g><rect x="${x}" y="${y}" width="${cellW}" height="${cellH}" fill="${escapeXml(cell.colour)}" stroke="#ffffff" stroke-width="2"/>`,
    );
    out.push(`<text x="${x + 6}" y="${y + 16}" font-size="10" fill="#333333">${cell.score}</text>`);
    if (cell.riskIds.length > 0) {
      out.push(
        `<text x="${x + cellW - 8}" y="${y + 18}" text-anchor="end" font-weight="bold">${cell.riskIds.length}</text>`,
      );
      shown.forEach((id, k) => {
        const shownId = id.length > 21 ? `${id.slice(0, 20)}…` : id;
        out.push(
          `<text x="${x + 6}" y="${y + 32 + k * 12}" font-size="10"><title>${escapeXml(id)}</title>${escapeXml(shownId)}</text>`,
        );
      });
      if (more > 0) out.push(`<text x="${x + 6}" y="${y + 32 + shown.length * 12}" font-size="10">+${more}</text>`);
    }
    out.push('</g>');
  }
  register.scales.impact.forEach((c) => {
    const x = left + (c.class - 0.5) * cellW;
    out.push(
      `<text x="${n(x)}" y="${top + rows * cellH + 16}" text-anchor="middle" font-size="11">${escapeXml(`${c.class} ${c.label[locale]}`)}</text>`,
    );
  });
  register.scales.probability.forEach((c) => {
    const y = top + (rows - c.class + 0.5) * cellH;
    out.push(
      `<text x="${left - 6}" y="${n(y + 4)}" text-anchor="end" font-size="11">${escapeXml(`${c.class} ${c.label[locale]}`)}</text>`,
    );
  });
  out.push(
    `<text x="${n(left + (cols * cellW) / 2)}" y="${top + rows * cellH + 40}" text-anchor="middle" font-weight="bold">${escapeXml(locale === 'nl' ? 'Impact (hoogste GOKIT-aspect)' : 'Impact (highest GOKIT aspect)')}</text>`,
  );
  out.push(
    `<text x="16" y="${n(top + (rows * cellH) / 2)}" text-anchor="middle" font-weight="bold" transform="rotate(-90 16 ${n(top + (rows * cellH) / 2)})">${escapeXml(locale === 'nl' ? 'Kans' : 'Probability')}</text>`,
  );
  out.push('</svg>');
  return out.join('\n');
}

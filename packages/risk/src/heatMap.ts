import { ControlAspect, type RiskRegister, RiskRegisterSchema, validate } from '@gebiedsgericht/core';
import { optionalOneOf, validateOptions } from './internal/arguments';
import { type RiskScoreBasis, SCORE_BASES, scoreOf } from './riskScore';

/** One cell of the heat map: a probability class, an impact class, its score and band, and the risks in it. */
export interface HeatMapCell {
  readonly probability: number;
  readonly impact: number;
  readonly score: number;
  readonly bandId: string;
  readonly colour: string;
  readonly riskIds: readonly string[];
}

/** The heat map of a register as data: every cell of the probability × impact matrix. */
export interface HeatMap {
  readonly registerId: string;
  readonly basis: RiskScoreBasis;
  /** When set, only the impact on this aspect counts, and risks without impact on it are left out. */
  readonly aspect?: ControlAspect;
  readonly probabilityClasses: number;
  readonly impactClasses: number;
  /** Row-major from probability 1, impact 1 to the highest classes. */
  readonly cells: readonly HeatMapCell[];
}

/**
 * The heat-map matrix of a risk register as data: one cell per probability class and impact class,
 * with its score, band, colour and the ids of the risks in it. Closed risks are left out. By default
 * a risk sits at its highest impact class over the GOKIT aspects; pass `aspect` for the map of one
 * aspect, and `basis: 'residual'` for the map after measures.
 *
 * Bad input throws a `GebiedsgerichtError`: `invalid_input` for a bad register (path `['register']`)
 * or an unknown `aspect` (`['options', 'aspect']`); `invalid_argument` when `options` is not an object
 * (`['options']`) or `basis` is not `'current'` or `'residual'` (`['options', 'basis']`).
 *
 * @example
 * const map = riskHeatMap(register);
 * map.cells.filter((c) => c.riskIds.length > 0);
 * @see handreiking bijlage 1, onderdeel 1 (GOKIT-R)
 */
export function riskHeatMap(
  registerInput: RiskRegister,
  options: { basis?: RiskScoreBasis; aspect?: ControlAspect } = {},
): HeatMap {
  validateOptions(options);
  const register = validate(RiskRegisterSchema, registerInput, { path: ['register'] });
  optionalOneOf(options.basis, SCORE_BASES, 'basis', ['options', 'basis']);
  if (options.aspect !== undefined) validate(ControlAspect.schema, options.aspect, { path: ['options', 'aspect'] });
  const basis = options.basis ?? 'current';
  const aspect = options.aspect;
  const rows = register.scales.probability.length;
  const cols = register.scales.impact.length;
  const ids: string[][] = Array.from({ length: rows * cols }, () => []);
  for (const risk of register.risks) {
    if (risk.status === 'closed') continue;
    const assessment = basis === 'residual' && risk.residual ? risk.residual : risk;
    let impact: number;
    if (aspect) {
      const value = assessment.impact[aspect];
      if (value === undefined) continue;
      impact = value;
    } else {
      impact = scoreOf(risk, register.scales, basis).impact;
    }
    ids[(assessment.probability - 1) * cols + (impact - 1)]?.push(risk.id);
  }
  const cells: HeatMapCell[] = [];
  for (let p = 1; p <= rows; p++) {
    for (let i = 1; i <= cols; i++) {
      const score = p * i;
      const band = register.scales.bands.find((b) => score >= b.minScore && score <= b.maxScore);
      cells.push({
        probability: p,
        impact: i,
        score,
        bandId: band?.id ?? '',
        colour: band?.colour ?? '#ffffff',
        riskIds: ids[(p - 1) * cols + (i - 1)] ?? [],
      });
    }
  }
  return {
    registerId: register.id,
    basis,
    ...(aspect ? { aspect } : {}),
    probabilityClasses: rows,
    impactClasses: cols,
    cells,
  };
}

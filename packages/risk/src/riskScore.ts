import {
  ControlAspect,
  type ImpactByAspect,
  type Risk,
  type RiskRegister,
  RiskRegisterSchema,
  type RiskScales,
  type ScoreBand,
  validate,
} from '@gebiedsgericht/core';
import { optionalOneOf, validateOptions } from './internal/arguments';
import { riskFail } from './messages';

/** The score of one risk: its probability class, its highest impact class and the aspect of that impact, the product and its band. */
export interface RiskScore {
  readonly riskId: string;
  readonly probability: number;
  readonly impact: number;
  /** The aspect with the highest impact class (first in G, O, K, I, T order on a tie). */
  readonly aspect: ControlAspect;
  readonly score: number;
  readonly band: ScoreBand;
}

/** Which assessment of a risk to use: as it is now, or the residual one after its measures. */
export type RiskScoreBasis = 'current' | 'residual';

/** Internal: every {@link RiskScoreBasis}, for checking options. */
export const SCORE_BASES: readonly RiskScoreBasis[] = ['current', 'residual'];

/** The highest impact class over the aspects and the aspect it belongs to. */
export function maxImpact(impact: ImpactByAspect): { impact: number; aspect: ControlAspect } {
  let best = 0;
  let aspect: ControlAspect = 'money';
  for (const a of ControlAspect.values) {
    const value = impact[a];
    if (value !== undefined && value > best) {
      best = value;
      aspect = a;
    }
  }
  return { impact: best, aspect };
}

/** The band a score falls in (scales are validated, so there is always exactly one). */
export function bandOf(scales: RiskScales, score: number): ScoreBand {
  const band = scales.bands.find((b) => score >= b.minScore && score <= b.maxScore);
  if (!band) throw riskFail('invalid_argument', { name: 'score' }, ['score']);
  return band;
}

/** Scores an already validated risk on already validated scales. */
export function scoreOf(risk: Risk, scales: RiskScales, basis: RiskScoreBasis = 'current'): RiskScore {
  const assessment = basis === 'residual' && risk.residual ? risk.residual : risk;
  const { impact, aspect } = maxImpact(assessment.impact);
  const score = assessment.probability * impact;
  return { riskId: risk.id, probability: assessment.probability, impact, aspect, score, band: bandOf(scales, score) };
}

/**
 * The score of every risk of a register: probability class × the highest impact class over the
 * GOKIT aspects, with the band it falls in. `basis: 'residual'` uses the residual assessment after
 * the measures where a risk has one.
 *
 * Bad input throws a `GebiedsgerichtError`: `invalid_input` for a bad register (path `['register']`);
 * `invalid_argument` when `options` is not an object (`['options']`) or `basis` is not `'current'` or
 * `'residual'` (`['options', 'basis']`).
 *
 * @example
 * scoreRisks(register).find((s) => s.riskId === 'r-net')?.band.id; // 'hoog'
 * @see handreiking bijlage 1, onderdeel 1 (GOKIT-R; risk = probability × impact (RISMAN, CROW: outside the handreiking))
 */
export function scoreRisks(registerInput: RiskRegister, options: { basis?: RiskScoreBasis } = {}): RiskScore[] {
  validateOptions(options);
  const register = validate(RiskRegisterSchema, registerInput, { path: ['register'] });
  optionalOneOf(options.basis, SCORE_BASES, 'basis', ['options', 'basis']);
  return register.risks.map((risk) => scoreOf(risk, register.scales, options.basis ?? 'current'));
}

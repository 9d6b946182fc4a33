import { type RiskRegister, RiskRegisterSchema, validate } from '@gebiedsgericht/core';
import { optionalOneOf, rejectNonFinite, validateOptions } from './internal/arguments';
import { riskFail } from './messages';
import { type RiskScore, type RiskScoreBasis, SCORE_BASES, scoreOf } from './riskScore';

/**
 * The top risks of a register: the open, being-treated and occurred risks ordered by score, then
 * probability, then id (so the order is stable), at most `count`.
 *
 * Bad input throws a `GebiedsgerichtError`: `invalid_input` for a bad register (path `['register']`);
 * `invalid_argument` when `options` is not an object (`['options']`), `basis` is not `'current'` or
 * `'residual'` (`['options', 'basis']`) or `count` is not an integer ≥ 0 (`['options', 'count']`);
 * `not_a_finite_number` for a `count` that is NaN or infinite.
 *
 * @example
 * topRisks(register, { count: 5 }).map((s) => s.riskId);
 * @see handreiking bijlage 1, onderdeel 1 (GOKIT-R)
 */
export function topRisks(
  registerInput: RiskRegister,
  options: { count?: number; basis?: RiskScoreBasis } = {},
): RiskScore[] {
  validateOptions(options);
  const register = validate(RiskRegisterSchema, registerInput, { path: ['register'] });
  optionalOneOf(options.basis, SCORE_BASES, 'basis', ['options', 'basis']);
  const count = options.count ?? 5;
  rejectNonFinite(count, 'count', ['options', 'count']);
  if (!Number.isInteger(count) || count < 0)
    throw riskFail('invalid_argument', { name: 'count (an integer ≥ 0)' }, ['options', 'count']);
  return register.risks
    .filter((risk) => risk.status !== 'closed')
    .map((risk) => scoreOf(risk, register.scales, options.basis ?? 'current'))
    .sort((a, b) => b.score - a.score || b.probability - a.probability || (a.riskId < b.riskId ? -1 : 1))
    .slice(0, count);
}

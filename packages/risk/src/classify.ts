import { type RiskEvent, RiskEventSchema, type RiskScales, RiskScalesSchema, validate } from '@gebiedsgericht/core';
import { distributionMean } from './distributions';
import { riskFail } from './messages';

/**
 * The probability class of a probability on the register's scale: the first class whose `upTo`
 * is at least `p` (the last class when none is). Connects a quantified risk event to the register.
 *
 * @example
 * probabilityClassOf(defaultRiskScales, 0.4); // 4 ("waarschijnlijk", up to 50%)
 * @see handreiking bijlage 1, onderdeel 1 (GOKIT-R)
 */
export function probabilityClassOf(scalesInput: RiskScales, p: number): number {
  const scales = validate(RiskScalesSchema, scalesInput, { path: ['scales'] });
  if (typeof p !== 'number' || !Number.isFinite(p)) throw riskFail('not_a_finite_number', { name: 'p' }, ['p']);
  if (!(p >= 0 && p <= 1)) throw riskFail('invalid_argument', { name: 'p' }, ['p']);
  const found = scales.probability.find((c) => c.upTo !== undefined && p <= c.upTo);
  return found ? found.class : scales.probability.length;
}

/**
 * The impact class of an amount of money (euro cents) or time (days) on the register's scale: the
 * first class whose `upTo` for that aspect is at least the amount (the last class when none is).
 *
 * @example
 * impactClassOf(defaultRiskScales, 'money', 350_000_00); // 3 (up to € 1 mln)
 * @see handreiking bijlage 1, onderdeel 1 (GOKIT-R)
 */
export function impactClassOf(scalesInput: RiskScales, aspect: 'money' | 'time', amount: number): number {
  const scales = validate(RiskScalesSchema, scalesInput, { path: ['scales'] });
  if (aspect !== 'money' && aspect !== 'time') throw riskFail('invalid_argument', { name: 'aspect' }, ['aspect']);
  if (typeof amount !== 'number' || !Number.isFinite(amount))
    throw riskFail('not_a_finite_number', { name: 'amount' }, ['amount']);
  if (!(amount >= 0)) throw riskFail('invalid_argument', { name: 'amount' }, ['amount']);
  const found = scales.impact.find((c) => {
    const bound = c.upTo?.[aspect];
    return bound !== undefined && amount <= bound;
  });
  return found ? found.class : scales.impact.length;
}

/**
 * Suggests the register classes of a quantified risk event of a cost (`money`) or time (`time`)
 * estimate: its probability class, and its impact class from the mean consequence when it occurs.
 *
 * @example
 * classifyRiskEvent(defaultRiskScales, 'money', { id: 'ev', label: 'Bodem', probability: 0.3, consequence: { type: 'uniform', min: 300_000_00, max: 900_000_00 } });
 * // { probability: 3, impact: 3 }
 * @see handreiking bijlage 1, onderdeel 1 (GOKIT-R; CROW SSK (risk = kans × gevolg; outside the handreiking))
 */
export function classifyRiskEvent(
  scales: RiskScales,
  aspect: 'money' | 'time',
  eventInput: RiskEvent,
): { probability: number; impact: number } {
  const event = validate(RiskEventSchema, eventInput, { path: ['event'] });
  return {
    probability: probabilityClassOf(scales, event.probability),
    impact: impactClassOf(scales, aspect, Math.max(0, distributionMean(event.consequence))),
  };
}

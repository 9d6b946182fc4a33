import { type RiskRegister, RiskRegisterSchema, type RiskStatus, validate } from '@gebiedsgericht/core';
import { riskFail } from './messages';
import { scoreOf } from './riskScore';

/** A risk whose score changed between two versions. */
export interface ScoreChange {
  readonly riskId: string;
  readonly from: number;
  readonly to: number;
  readonly fromBand: string;
  readonly toBand: string;
}

/** The trend between two versions of a register. */
export interface RiskTrend {
  readonly registerId: string;
  readonly fromVersion: number;
  readonly toVersion: number;
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly increased: readonly ScoreChange[];
  readonly decreased: readonly ScoreChange[];
  readonly unchanged: readonly string[];
  readonly statusChanged: readonly { riskId: string; from: RiskStatus; to: RiskStatus }[];
  /** Sum of the scores of the risks that are not closed, before and after. */
  readonly totalScore: { readonly from: number; readonly to: number };
}

/**
 * The trend between two versions of the same register (same id, scope and scales; `current` a
 * later version): which risks were added or removed, which scores rose or fell, which changed
 * status, and the total score of the risks that are not closed.
 *
 * @example
 * const trend = riskTrend(registerApril, registerOctober);
 * trend.increased.map((c) => `${c.riskId}: ${c.from} → ${c.to}`);
 * @see handreiking bijlage 1, onderdeel 1 (GOKIT-R; controle over voortgang)
 */
export function riskTrend(previousInput: RiskRegister, currentInput: RiskRegister): RiskTrend {
  const previous = validate(RiskRegisterSchema, previousInput, { path: ['previous'] });
  const current = validate(RiskRegisterSchema, currentInput, { path: ['current'] });
  if (previous.id !== current.id) throw riskFail('invalid_argument', { name: 'current.id' }, ['current', 'id']);
  if (JSON.stringify(previous.scope) !== JSON.stringify(current.scope))
    throw riskFail('scope_differs', undefined, ['current', 'scope']);
  if (current.version <= previous.version)
    throw riskFail('version_not_later', { previous: previous.version, current: current.version }, [
      'current',
      'version',
    ]);
  if (
    previous.scales.probability.length !== current.scales.probability.length ||
    previous.scales.impact.length !== current.scales.impact.length
  )
    throw riskFail('scales_differ', undefined, ['current', 'scales']);

  const before = new Map(previous.risks.map((r) => [r.id, r]));
  const after = new Map(current.risks.map((r) => [r.id, r]));
  const added: string[] = [];
  const removed: string[] = [];
  const increased: ScoreChange[] = [];
  const decreased: ScoreChange[] = [];
  const unchanged: string[] = [];
  const statusChanged: { riskId: string; from: RiskStatus; to: RiskStatus }[] = [];
  for (const risk of current.risks) {
    const old = before.get(risk.id);
    if (!old) {
      added.push(risk.id);
      continue;
    }
    const a = scoreOf(old, previous.scales);
    const b = scoreOf(risk, current.scales);
    const change = { riskId: risk.id, from: a.score, to: b.score, fromBand: a.band.id, toBand: b.band.id };
    if (b.score > a.score) increased.push(change);
    else if (b.score < a.score) decreased.push(change);
    else unchanged.push(risk.id);
    if (old.status !== risk.status) statusChanged.push({ riskId: risk.id, from: old.status, to: risk.status });
  }
  for (const risk of previous.risks) if (!after.has(risk.id)) removed.push(risk.id);
  const total = (register: RiskRegister) =>
    register.risks.filter((r) => r.status !== 'closed').reduce((s, r) => s + scoreOf(r, register.scales).score, 0);
  return {
    registerId: current.id,
    fromVersion: previous.version,
    toVersion: current.version,
    added,
    removed,
    increased,
    decreased,
    unchanged,
    statusChanged,
    totalScore: { from: total(previous), to: total(current) },
  };
}

import {
  type ImpactByAspect,
  type IsoDate,
  type Risk,
  type RiskChange,
  type RiskHistoryEntry,
  type RiskMeasure,
  type RiskRegister,
  RiskRegisterSchema,
  type RiskStatus,
  validate,
} from '@gebiedsgericht/core';
import { laterDate } from './internal/status';
import { riskFail } from './messages';

/** What changes in one update of a risk. Fields left out stay as they are. */
export interface RiskUpdate {
  readonly probability?: number;
  readonly impact?: ImpactByAspect;
  readonly status?: RiskStatus;
  readonly ownerId?: string;
  readonly measures?: readonly RiskMeasure[];
  readonly residual?: Risk['residual'];
}

/**
 * Returns the next version of a register with one risk updated and the change appended to its
 * history (who, when, what; the new assessment where it changed). The input is not changed; the
 * new register is validated as a whole, so an update that breaks the register (a class outside
 * the scales, say) throws and nothing is returned.
 *
 * @example
 * const next = updateRisk(register, 'r-net', { probability: 3 }, { on: '2026-10-01', actorId: 'provincie-zuidmark', note: 'Netbeheerder heeft capaciteit toegezegd' });
 * @see handreiking bijlage 1, onderdeel 1 (GOKIT-R)
 */
export function updateRisk(
  registerInput: RiskRegister,
  riskId: string,
  update: RiskUpdate,
  by: { on: IsoDate; actorId: string; note?: string },
): RiskRegister {
  const register = validate(RiskRegisterSchema, registerInput, { path: ['register'] });
  const index = register.risks.findIndex((r) => r.id === riskId);
  const risk = register.risks[index];
  if (!risk) throw riskFail('unknown_risk', { id: riskId }, ['riskId']);
  const change: RiskChange =
    update.status !== undefined && update.status !== risk.status
      ? 'statusChanged'
      : update.probability !== undefined || update.impact !== undefined || update.residual !== undefined
        ? 'reassessed'
        : update.measures !== undefined
          ? 'measureChanged'
          : update.ownerId !== undefined
            ? 'ownerChanged'
            : 'note';
  const entry: RiskHistoryEntry = {
    on: by.on,
    actorId: by.actorId,
    change,
    ...(update.probability !== undefined ? { probability: update.probability } : {}),
    ...(update.impact !== undefined ? { impact: { ...update.impact } } : {}),
    ...(update.status !== undefined ? { status: update.status } : {}),
    ...(by.note !== undefined ? { note: by.note } : {}),
  };
  const next: Risk = {
    ...risk,
    ...(update.probability !== undefined ? { probability: update.probability } : {}),
    ...(update.impact !== undefined ? { impact: { ...update.impact } } : {}),
    ...(update.status !== undefined ? { status: update.status } : {}),
    ...(update.ownerId !== undefined ? { ownerId: update.ownerId } : {}),
    ...(update.measures !== undefined ? { measures: update.measures.map((m) => ({ ...m })) } : {}),
    ...(update.residual !== undefined ? { residual: update.residual } : {}),
    history: [...risk.history, entry],
  };
  const risks = register.risks.map((r, i) => (i === index ? next : r));
  return validate(
    RiskRegisterSchema,
    { ...register, version: register.version + 1, asOf: laterDate(by.on, register.asOf), risks },
    { path: ['register'] },
  );
}

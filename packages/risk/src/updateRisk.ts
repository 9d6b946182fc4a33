import {
  IdSchema,
  type ImpactByAspect,
  type IsoDate,
  IsoDateSchema,
  type Risk,
  type RiskChange,
  type RiskHistoryEntry,
  RiskHistoryEntrySchema,
  type RiskMeasure,
  type RiskRegister,
  RiskRegisterSchema,
  type RiskStatus,
  validate,
} from '@gebiedsgericht/core';
import { requireRecord } from './internal/arguments';
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
 * Bad input throws a `GebiedsgerichtError` and changes nothing: `invalid_input` for a bad register
 * (path `['register']`), date (`['by', 'on']`), actor id (`['by', 'actorId']`), note
 * (`['by', 'note']`) or an updated register that breaks the schema; `unknown_risk` (`['riskId']`);
 * `invalid_argument` when `update` (`['update']`) or `by` (`['by']`) is not an object, `impact` is not
 * an object (`['update', 'impact']`) or `measures` is not an array (`['update', 'measures']`).
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
  requireRecord(update, 'update (an object)', ['update']);
  if (update.impact !== undefined) requireRecord(update.impact, 'impact (classes per aspect)', ['update', 'impact']);
  if (update.measures !== undefined && !Array.isArray(update.measures))
    throw riskFail('invalid_argument', { name: 'measures (an array)' }, ['update', 'measures']);
  requireRecord(by, 'by (an object with on and actorId)', ['by']);
  validate(IsoDateSchema, by.on, { path: ['by', 'on'] });
  validate(IdSchema, by.actorId, { path: ['by', 'actorId'] });
  if (by.note !== undefined) validate(RiskHistoryEntrySchema.shape.note, by.note, { path: ['by', 'note'] });
  const change: RiskChange =
    update.status !== undefined && update.status !== risk.status
      ? 'status_changed'
      : update.probability !== undefined || update.impact !== undefined || update.residual !== undefined
        ? 'reassessed'
        : update.measures !== undefined
          ? 'measure_changed'
          : update.ownerId !== undefined
            ? 'owner_changed'
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

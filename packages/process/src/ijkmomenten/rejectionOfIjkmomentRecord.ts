import { type ErrorIssue, type IjkmomentRecord, IjkmomentRecordSchema, issuesFromZod } from '@gebiedsgericht/core';
import { processMessages } from '../messages';

/** What the area process knows when it checks a held ijkmoment. */
export interface IjkmomentContext {
  /** The id of this area process (the record must concern it). */
  readonly processId: string;
  /** The knelpunten of this area process. */
  readonly knelpuntIds: readonly string[];
  /** Ids of ijkmoment records already held in this process. */
  readonly heldIds: readonly string[];
}

/**
 * Checks a held ijkmoment against the area process: the record is valid (core's schema), held,
 * concerns this process, is not recorded twice, names only knelpunten of this process on its
 * agenda, and gives every knelpunt on its agenda an outcome (continue, adjust, recalibrate or
 * escalate) — a knelpunt put on the agenda is never silently dropped. `null` when all is well.
 *
 * @example
 * rejectionOfIjkmomentRecord(record, { processId: 'gebiedsproces-lindewaard', knelpuntIds: ['knelpunt-beekdal-water'], heldIds: [] }); // null
 * @see handreiking bijlage 1, onderdeel 4
 */
export function rejectionOfIjkmomentRecord(record: IjkmomentRecord, context: IjkmomentContext): ErrorIssue | null {
  const parsed = IjkmomentRecordSchema.safeParse(record);
  if (!parsed.success) return issuesFromZod(parsed.error, ['record'])[0] ?? null;
  const r = parsed.data;
  if (r.status !== 'held') {
    return processMessages.issue('invalid_argument', { name: 'record.status (held)' }, ['record', 'status']);
  }
  if (!r.gebiedsprocesIds.includes(context.processId)) {
    return processMessages.issue('invalid_argument', { name: `record.gebiedsprocesIds (${context.processId})` }, [
      'record',
      'gebiedsprocesIds',
    ]);
  }
  if (context.heldIds.includes(r.id)) {
    return processMessages.issue('duplicate_id', { kind: 'ijkmoment', id: r.id }, ['record', 'id']);
  }
  for (const [index, item] of r.agenda.entries()) {
    if (item.knelpuntId === undefined) continue;
    if (!context.knelpuntIds.includes(item.knelpuntId)) {
      return processMessages.issue('unknown_reference', { kind: 'knelpunt', id: item.knelpuntId }, [
        'record',
        'agenda',
        index,
        'knelpuntId',
      ]);
    }
    const concluded = r.conclusions.some((c) => c.knelpuntId === item.knelpuntId || c.agendaItemId === item.id);
    if (!concluded) {
      return processMessages.issue('ijkmoment_agenda_item_without_outcome', { knelpuntId: item.knelpuntId }, [
        'record',
        'agenda',
        index,
      ]);
    }
  }
  for (const [index, c] of r.conclusions.entries()) {
    if (c.knelpuntId !== undefined && !r.agenda.some((item) => item.knelpuntId === c.knelpuntId)) {
      return processMessages.issue('ijkmoment_outcome_not_on_agenda', { knelpuntId: c.knelpuntId }, [
        'record',
        'conclusions',
        index,
        'knelpuntId',
      ]);
    }
  }
  return null;
}

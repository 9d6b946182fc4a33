import * as z from 'zod';
import { DocumentRefSchema } from '../decisions/documentRef';
import { IdListSchema, NonEmptyIdListSchema, OptionalIdSchema, OptionalIsoDateSchema } from '../internal/leafSchemas';
import { checkUniqueIds } from '../internal/refinementChecks';
import { schemaIssue } from '../internal/schemaIssue';
import { recordsIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema } from '../primitives/isoDate';
import { LabelSchema } from '../primitives/labels';
import { GokitrStatusRefSchema } from './gokitrStatusRef';
import { IjkmomentAgendaItemSchema } from './ijkmomentAgendaItem';
import { IjkmomentConclusionSchema } from './ijkmomentConclusion';
import { IjkmomentKind } from './ijkmomentKind';
import { IjkmomentProgressSchema } from './ijkmomentProgress';
import { IjkmomentStatus } from './ijkmomentStatus';

/**
 * The record of one ijkmoment: which kind it is (a programme moment set by the rijk, a regional
 * moment from the startnotitie, or an external programme deadline), who sets it, the area
 * processes it covers, when it was planned and held, the agenda (knelpunten put on it), progress
 * per area process, the GOKIT-R status discussed (by reference) and the outcomes: continue,
 * adjust, recalibrate or escalate.
 *
 * Rules: a held moment has a `heldOn` date and at least one conclusion; a planned or cancelled
 * moment has none; conclusions about an agenda item point to an item on the agenda; ids are unique.
 *
 * @example
 * const record = validate(IjkmomentRecordSchema, input);
 * record.conclusions.filter((c) => c.outcome === 'escalate');
 * @see handreiking §1 (NOVEX ijkmomenten; bijlage 1); bijlage 1, onderdeel 4; bijlage 2, voorbeeld 6 (ontwikkeldagen)
 */
export const IjkmomentRecordSchema = strictObject({
  ...documentHeader('ijkmomentRecord'),
  momentKind: IjkmomentKind.schema,
  title: LabelSchema,
  scheduleEntryId: OptionalIdSchema,
  setBy: IdSchema,
  gebiedsprocesIds: NonEmptyIdListSchema,
  plannedOn: IsoDateSchema,
  status: IjkmomentStatus.schema,
  heldOn: OptionalIsoDateSchema,
  participants: IdListSchema,
  agenda: z.array(IjkmomentAgendaItemSchema),
  progress: z.array(IjkmomentProgressSchema),
  gokitr: GokitrStatusRefSchema.optional(),
  conclusions: z.array(IjkmomentConclusionSchema),
  documents: z.array(DocumentRefSchema).optional(),
}).superRefine((record, ctx) => {
  checkUniqueIds(ctx, record.agenda, ['agenda']);
  if (record.status === 'held') {
    if (record.heldOn === undefined) schemaIssue(ctx, recordsIssues, 'ijkmoment_held_without_date', {}, ['heldOn']);
    if (record.conclusions.length === 0)
      schemaIssue(ctx, recordsIssues, 'ijkmoment_held_without_outcome', {}, ['conclusions']);
  } else if (record.conclusions.length > 0 || record.heldOn !== undefined) {
    schemaIssue(ctx, recordsIssues, 'ijkmoment_outcome_before_held', {}, [
      record.conclusions.length > 0 ? 'conclusions' : 'heldOn',
    ]);
  }
  const agendaIds = new Set(record.agenda.map((item) => item.id));
  for (const [index, conclusion] of record.conclusions.entries()) {
    if (conclusion.agendaItemId !== undefined && !agendaIds.has(conclusion.agendaItemId))
      schemaIssue(ctx, recordsIssues, 'unknown_agenda_item', { agendaItemId: conclusion.agendaItemId }, [
        'conclusions',
        index,
        'agendaItemId',
      ]);
  }
});
/** The record of one ijkmoment (see {@link IjkmomentRecordSchema}). */
export interface IjkmomentRecord extends z.output<typeof IjkmomentRecordSchema> {}

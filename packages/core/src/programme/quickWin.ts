import type * as z from 'zod';
import { IdListSchema, NonEmptyIdListSchema, OptionalIdSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema } from '../primitives/isoDate';
import { LabelSchema, labelledEnum } from '../primitives/labels';

/**
 * Where a quick win or pilot stands.
 *
 * @example
 * QuickWinStatus.label('done', 'nl'); // 'Gerealiseerd'
 * @see handreiking bijlage 2, voorbeeld 2 (twee sporen: pilots en quick wins naast het lange-termijnprogramma)
 */
export const QuickWinStatus = labelledEnum({
  planned: { nl: 'Gepland', en: 'Planned' },
  running: { nl: 'Loopt', en: 'Running' },
  done: { nl: 'Gerealiseerd', en: 'Done' },
  dropped: { nl: 'Vervallen', en: 'Dropped' },
});
/** One of the {@link QuickWinStatus} values. */
export type QuickWinStatus = (typeof QuickWinStatus)['values'][number];

/**
 * A quick win or pilot on the short-term track, linked to at least one long-term goal of the
 * vision ("Koppel lange termijn doelen aan korte termijn successen"), with its owner, due date and
 * status, and the lesson it produced.
 *
 * @example
 * const q: QuickWin = {
 *   id: 'quickwin-zon-op-dak',
 *   name: { nl: 'Zon op de daken van agrarische schuren', en: 'Solar on farm barn roofs' },
 *   longTermGoalIds: ['doel-energie-2035'],
 *   ownerPartyId: 'gemeente-hoeverveen',
 *   dueBy: '2026-12-31',
 *   status: 'running',
 * };
 * @see handreiking §2.2; bijlage 2, voorbeeld 2
 */
export const QuickWinSchema = strictObject({
  id: IdSchema,
  name: LabelSchema,
  longTermGoalIds: NonEmptyIdListSchema,
  ownerPartyId: IdSchema,
  dueBy: IsoDateSchema,
  status: QuickWinStatus.schema,
  projectId: OptionalIdSchema,
  lessonIds: IdListSchema.optional(),
});
/** A quick win linked to long-term goals. */
export type QuickWin = z.infer<typeof QuickWinSchema>;

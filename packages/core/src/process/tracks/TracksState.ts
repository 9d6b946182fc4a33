import * as z from 'zod';
import { IdListSchema, OptionalIsoDateTimeSchema } from '../../internal/leafSchemas';
import { strictObject } from '../../internal/strictObject';
import { IdSchema } from '../../primitives/id';
import { IsoDateTimeSchema, YearSchema } from '../../primitives/isoDate';
import { LabelSchema, labelledEnum } from '../../primitives/labels';

/**
 * The kinds of short-term work in the first of Noordwest Overijssel's two tracks: project pilots
 * started from smart combinations, and quick wins with high urgency.
 *
 * @example
 * ShortTermKind.label('quick_win', 'nl'); // 'Quick win'
 * @see handreiking bijlage 2, voorbeeld 2 (twee sporen); §2.2 ("Koppel lange termijn doelen aan korte termijn successen")
 */
export const ShortTermKind = labelledEnum({
  pilot: { nl: 'Projectpilot', en: 'Project pilot' },
  quick_win: { nl: 'Quick win', en: 'Quick win' },
});
/** One of the {@link ShortTermKind} values. */
export type ShortTermKind = (typeof ShortTermKind)['values'][number];

/**
 * A long-term goal of the area process (the second track: perspective and programme), to which
 * every pilot and quick win is linked.
 *
 * @example
 * const g: LongTermGoal = { id: 'doel-waterrobuust', label: { nl: 'Een waterrobuust beekdal', en: 'A water-robust brook valley' }, horizonYear: 2040 };
 * @see handreiking §2.2 (stip op de horizon); bijlage 2, voorbeeld 2
 */
export const LongTermGoalSchema = strictObject({
  id: IdSchema,
  label: LabelSchema,
  horizonYear: YearSchema.optional(),
});
/** A long-term goal. */
export interface LongTermGoal extends z.output<typeof LongTermGoalSchema> {}

/**
 * A pilot or quick win of the short-term track: linked to a long-term goal, with partners,
 * status, result and the lessons it produced (which feed the evaluation).
 *
 * @example
 * const p: ShortTermItem = { id: 'pilot-zon-op-berging', kind: 'pilot', title: { nl: 'Zon op waterberging', en: 'Solar on water storage' },
 *   longTermGoalId: 'doel-waterrobuust', status: 'running', startedAt: '…', lessonIds: [] };
 * @see handreiking bijlage 2, voorbeeld 2
 */
export const ShortTermItemSchema = strictObject({
  id: IdSchema,
  kind: ShortTermKind.schema,
  title: LabelSchema,
  longTermGoalId: IdSchema,
  opgaveIds: IdListSchema.optional(),
  partners: IdListSchema.optional(),
  status: z.enum(['running', 'completed', 'stopped']),
  startedAt: IsoDateTimeSchema,
  endedAt: OptionalIsoDateTimeSchema,
  result: LabelSchema.optional(),
  lessonIds: IdListSchema,
});
/** A pilot or quick win of the short-term track. */
export interface ShortTermItem extends z.output<typeof ShortTermItemSchema> {}

/**
 * The two tracks of an area process as plain JSON: the long-term goals and the short-term pilots
 * and quick wins running beside the steps.
 *
 * @example
 * const tracks: TracksState = { goals: [], items: [] };
 * @see handreiking bijlage 2, voorbeeld 2
 */
export const TracksStateSchema = strictObject({
  goals: z.array(LongTermGoalSchema),
  items: z.array(ShortTermItemSchema),
});
/** The two tracks of an area process. */
export interface TracksState extends z.output<typeof TracksStateSchema> {}

import * as z from 'zod';
import { strictObject } from '../internal/strictObject';
import { LabelSchema, labelledEnum } from '../primitives/labels';

/**
 * What environmental assessment an implementing programme or plan needs: a planMER, a projectMER,
 * a m.e.r.-beoordeling (screening), or none, with the reason.
 *
 * @example
 * MerKind.label('plan_mer', 'nl'); // 'PlanMER'
 * @see handreiking §2.5 (planMER bij omgevingsvisies en programma's)
 */
export const MerKind = labelledEnum({
  plan_mer: { nl: 'PlanMER', en: 'Strategic environmental assessment (planMER)' },
  project_mer: { nl: 'ProjectMER', en: 'Environmental impact assessment (projectMER)' },
  screening: { nl: 'M.e.r.-beoordeling', en: 'EIA screening' },
  none: { nl: 'Geen MER-plicht', en: 'No EIA duty' },
});
/** One of the {@link MerKind} values. */
export type MerKind = (typeof MerKind)['values'][number];

/**
 * The MER duty of an implementing programme: which kind, why, and its planned completion.
 *
 * @example
 * const m: MerDuty = { kind: 'plan_mer', reason: { nl: 'Kaderstellend voor m.e.r.-plichtige activiteiten', en: 'Sets the frame for activities that need an EIA' } };
 * @see handreiking §2.5 (planMER)
 */
export const MerDutySchema = strictObject({
  kind: MerKind.schema,
  reason: LabelSchema,
  plannedReadyOn: z.iso.date().optional(),
});
/** The MER duty of a programme. */
export type MerDuty = z.infer<typeof MerDutySchema>;

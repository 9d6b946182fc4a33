import * as z from 'zod';
import { IdListSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema } from '../primitives/isoDate';
import { LabelSchema, labelledEnum } from '../primitives/labels';

/**
 * The kind of an evaluation: periodic (at the agreed cadence), interim (of the quality of project
 * results), triggered (by an indicator crossing its trigger value or a new PBL publication), or a
 * final evaluation.
 *
 * @example
 * EvaluationKind.label('triggered', 'nl'); // 'Aanleiding (signaal)'
 * @see handreiking §2.2; §2.7 ("permanente lerende evaluatie")
 */
export const EvaluationKind = labelledEnum({
  periodic: { nl: 'Periodiek', en: 'Periodic' },
  interim: { nl: 'Tussentijds', en: 'Interim' },
  triggered: { nl: 'Aanleiding (signaal)', en: 'Triggered' },
  final: { nl: 'Eindevaluatie', en: 'Final' },
});
/** One of the {@link EvaluationKind} values. */
export type EvaluationKind = (typeof EvaluationKind)['values'][number];

/**
 * The record of an evaluation: when, what kind, by whom, what it looked at (indicators, projects,
 * quick wins), its findings, and its conclusion about a herijking (none, or a scope).
 *
 * @example
 * const e: Evaluation = {
 *   id: 'evaluatie-2028',
 *   kind: 'periodic',
 *   on: '2028-03-15',
 *   byPartyId: 'provincie-zuidmark',
 *   indicatorIds: ['indicator-woningen'],
 *   findings: [{ nl: 'Woningbouw loopt achter', en: 'Housing lags behind' }],
 * };
 * @see handreiking §2.2 (periodieke evaluatie en herijking van een beperkt onderdeel); §2.7
 */
export const EvaluationSchema = strictObject({
  id: IdSchema,
  kind: EvaluationKind.schema,
  on: IsoDateSchema,
  byPartyId: IdSchema,
  indicatorIds: IdListSchema,
  projectIds: IdListSchema.optional(),
  findings: z.array(LabelSchema).min(1),
  herijkingScope: LabelSchema.optional(),
  triggeredBy: LabelSchema.optional(),
});
/** The record of an evaluation. */
export type Evaluation = z.infer<typeof EvaluationSchema>;

import * as z from 'zod';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema } from '../primitives/isoDate';
import { LabelSchema, labelledEnum } from '../primitives/labels';

/**
 * The failure factors a project management method helps to prevent, as listed in the handreiking.
 *
 * @example
 * FailureFactor.label('changing_requirements', 'nl'); // 'Uitgangspunten en eisen veranderen voortdurend'
 * @see handreiking bijlage 1, onderdeel 1
 */
export const FailureFactor = labelledEnum({
  unclear_principal: { nl: 'Onduidelijkheid over de opdrachtgever', en: 'Unclear principal' },
  no_proper_plan: { nl: 'Geen (goed) projectplan', en: 'No (proper) project plan' },
  poorly_defined_goal: {
    nl: 'Geen goede definiëring van doel en beoogd resultaat',
    en: 'Goal and intended result poorly defined',
  },
  optimistic_planning: {
    nl: 'Te optimistische planning van resources, activiteiten en middelen',
    en: 'Over-optimistic planning of resources, activities and means',
  },
  changing_requirements: {
    nl: 'Uitgangspunten en eisen veranderen voortdurend',
    en: 'Starting points and requirements keep changing',
  },
  no_progress_control: {
    nl: 'Gebrek aan controle over voortgang in tijd, geld en resultaat',
    en: 'No control of progress in time, money and result',
  },
  too_few_decision_points: { nl: 'Onvoldoende meet- en beslispunten', en: 'Too few measure and decision points' },
});
/** One of the {@link FailureFactor} values. */
export type FailureFactor = (typeof FailureFactor)['values'][number];

/**
 * The verdict on one failure factor: absent, a signal to watch, or present.
 *
 * @example
 * FactorVerdict.label('present', 'nl'); // 'Aanwezig'
 */
export const FactorVerdict = labelledEnum({
  absent: { nl: 'Niet aanwezig', en: 'Absent' },
  signal: { nl: 'Signaal', en: 'Signal' },
  present: { nl: 'Aanwezig', en: 'Present' },
});
/** One of the {@link FactorVerdict} values. */
export type FactorVerdict = (typeof FactorVerdict)['values'][number];

/**
 * The result of checking a project set-up against the failure factors: one finding per factor,
 * with the verdict, what was measured against which threshold where that applies, and the evidence.
 *
 * @example
 * // produced by checkFailureFactors() in @gebiedsgericht/risk
 * @see handreiking bijlage 1, onderdeel 1 (faalfactoren)
 */
export const FailureFactorCheckSchema = strictObject({
  ...documentHeader('failureFactorCheck'),
  setupId: IdSchema,
  checkedOn: IsoDateSchema,
  findings: z.array(
    strictObject({
      factor: FailureFactor.schema,
      verdict: FactorVerdict.schema,
      measured: z.number().optional(),
      threshold: z.number().optional(),
      evidence: z.array(LabelSchema),
    }),
  ),
  worst: FactorVerdict.schema,
});
/** The result of a failure-factor check (see {@link FailureFactorCheckSchema}). */
export interface FailureFactorCheck extends z.output<typeof FailureFactorCheckSchema> {}

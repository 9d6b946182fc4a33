import * as z from 'zod';
import { OptionalIdSchema, OptionalIsoDateSchema } from '../internal/leafSchemas';
import { schemaIssue } from '../internal/schemaIssue';
import { assessmentIssues, sharedIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import { LabelSchema } from '../primitives/labels';
import { CriterionSchema } from './criterion';
import { NoviPrincipleSchema } from './noviPrinciple';
import { PriorityOrderSchema } from './priorityOrder';

/** How far the sum of the weights may be from 1 unless the framework sets its own tolerance. */
export const DEFAULT_WEIGHT_TOLERANCE = 1e-6;

/**
 * A statement that the afwegingskader has no criterion for a NOVI principle, and why (for example
 * because another instrument covers it). The handreiking asks to make visible what was *not*
 * weighed.
 *
 * @example
 * NoviAbsenceSchema.parse({ principle: 'no_shift_to_areas', motivation: { nl: 'Geregeld in het provinciale voorstel', en: 'Handled in the provincial proposal' } });
 * @see handreiking §2 (NOVI-principes); §2.5 (wat wel en niet is meegewogen)
 */
export const NoviAbsenceSchema = strictObject({
  principle: NoviPrincipleSchema,
  motivation: LabelSchema,
});
/** A NOVI principle stated as not covered, with its reason. */
export type NoviAbsence = z.infer<typeof NoviAbsenceSchema>;

/**
 * The *afwegingskader* agreed in step 2: the criteria on which the development variants are judged
 * in step 4, with their weights (all criteria weighted, summing to 1 within `weightTolerance`) or
 * without weights (then priority orders decide, or the weights are unknown and SMAA explores them),
 * and the NOVI principles it does not cover, with reasons.
 *
 * @example
 * AfwegingskaderSchema.parse({
 *   kind: 'afwegingskader', schemaVersion: 2, id: 'lindewaard-afwegingskader',
 *   title: { nl: 'Afwegingskader Lindewaard', en: 'Assessment framework Lindewaard' },
 *   criteria: [criterionA, criterionB],
 * });
 * @see handreiking bijlage 1, onderdeel 2, stap 2 (afwegingskader); §2.4; §2.5
 */
export const AfwegingskaderSchema = strictObject({
  ...documentHeader('afwegingskader'),
  title: LabelSchema,
  processId: OptionalIdSchema,
  agreedOn: OptionalIsoDateSchema,
  criteria: z.array(CriterionSchema).min(1),
  weightTolerance: z.number().min(0).max(0.01).optional(),
  weightMotivation: LabelSchema.optional(),
  priorityOrders: z.array(PriorityOrderSchema).optional(),
  noviAbsences: z.array(NoviAbsenceSchema).optional(),
}).superRefine((frame, ctx) => {
  const ids = new Set<string>();
  frame.criteria.forEach((c, i) => {
    if (ids.has(c.id))
      schemaIssue(ctx, assessmentIssues, 'duplicate_criterion', { criterionId: c.id }, ['criteria', i, 'id']);
    ids.add(c.id);
  });
  const weighted = frame.criteria.filter((c) => c.weight !== undefined);
  if (weighted.length > 0 && weighted.length < frame.criteria.length) {
    frame.criteria.forEach((c, i) => {
      if (c.weight === undefined)
        schemaIssue(ctx, assessmentIssues, 'weights_incomplete', { id: c.id }, ['criteria', i, 'weight']);
    });
  } else if (weighted.length === frame.criteria.length) {
    const sum = weighted.reduce((s, c) => s + (c.weight ?? 0), 0);
    const tolerance = frame.weightTolerance ?? DEFAULT_WEIGHT_TOLERANCE;
    if (Math.abs(sum - 1) > tolerance)
      schemaIssue(ctx, assessmentIssues, 'weights_do_not_sum_to_one', { sum, tolerance }, ['criteria']);
  }
  (frame.priorityOrders ?? []).forEach((order, i) => {
    order.levels.forEach((level, j) => {
      level.forEach((id, k) => {
        if (!ids.has(id))
          schemaIssue(ctx, sharedIssues, 'unknown_criterion', { criterionId: id }, [
            'priorityOrders',
            i,
            'levels',
            j,
            k,
          ]);
      });
    });
  });
  const covered = new Set(frame.criteria.flatMap((c) => c.noviPrinciples));
  (frame.noviAbsences ?? []).forEach((absence, i) => {
    if (covered.has(absence.principle))
      schemaIssue(ctx, assessmentIssues, 'novi_absence_but_covered', { principle: absence.principle }, [
        'noviAbsences',
        i,
        'principle',
      ]);
  });
});
/** The afwegingskader of step 2. */
export interface Afwegingskader extends z.output<typeof AfwegingskaderSchema> {}

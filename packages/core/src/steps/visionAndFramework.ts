import * as z from 'zod';
import { AfwegingskaderSchema } from '../assessment/afwegingskader';
import { RandvoorwaardeSchema } from '../assessment/randvoorwaarde';
import { checkUniqueIds } from '../internal/refinementChecks';
import { schemaIssue } from '../internal/schemaIssue';
import { sharedIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema } from '../primitives/isoDate';
import { DevelopmentSchema } from './development';
import { VisionSchema } from './vision';

/**
 * The deliverable of step 2 (visie en afwegingskader): the agreed developments and trends, the
 * boundary conditions (randvoorwaarden), the vision, and the afwegingskader with which the
 * variants are weighed in step 4. The afwegingskader and randvoorwaarden are the assessment
 * section's shapes, so weights that do not sum to 1 are rejected here with the same code
 * (`weights_do_not_sum_to_one`).
 *
 * Rules: a randvoorwaarde that tests a criterion names a criterion of this afwegingskader
 * (`unknown_criterion`); ids are unique.
 *
 * @example
 * const step2 = validate(VisionAndFrameworkSchema, input);
 * step2.afwegingskader.criteria.map((c) => c.id);
 * @see handreiking bijlage 1, onderdeel 2, stap 2
 */
export const VisionAndFrameworkSchema = strictObject({
  ...documentHeader('visionAndFramework'),
  gebiedsprocesId: IdSchema,
  developments: z.array(DevelopmentSchema),
  randvoorwaarden: z.array(RandvoorwaardeSchema),
  vision: VisionSchema,
  afwegingskader: AfwegingskaderSchema,
  agreedOn: IsoDateSchema,
}).superRefine((step, ctx) => {
  checkUniqueIds(ctx, step.developments, ['developments']);
  checkUniqueIds(ctx, step.randvoorwaarden, ['randvoorwaarden']);
  const criteria = new Set(step.afwegingskader.criteria.map((c) => c.id));
  for (const [index, condition] of step.randvoorwaarden.entries()) {
    const rule = condition.rule;
    if ('criterionId' in rule && !criteria.has(rule.criterionId))
      schemaIssue(ctx, sharedIssues, 'unknown_criterion', { criterionId: rule.criterionId }, [
        'randvoorwaarden',
        index,
        'rule',
        'criterionId',
      ]);
  }
});
/** The step 2 deliverable: developments, randvoorwaarden, vision and afwegingskader. */
export interface VisionAndFramework extends z.output<typeof VisionAndFrameworkSchema> {}

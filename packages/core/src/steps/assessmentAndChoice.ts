import type * as z from 'zod';
import { AssessmentRecordSchema } from '../assessment/assessmentRecord';
import { schemaIssue } from '../internal/schemaIssue';
import { sharedIssues, stepsIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema } from '../primitives/isoDate';
import { AdministrativeChoiceSchema } from './administrativeChoice';

/**
 * The deliverable of step 4 (afwegen en keuze): the assessment record (what was and was not
 * weighed, the ranking, the recommended variant and its robustness — the assessment section's shape)
 * and the administrative choice made by the bestuurders.
 *
 * Rules: the chosen variant is one of the ranked variants (`unknown_variant`); a choice that departs
 * from the recommended variant carries a `departureMotivation` (`choice_departs_without_motivation`).
 *
 * @example
 * const step4 = validate(AssessmentAndChoiceSchema, input);
 * step4.choice.chosenVariantId;
 * @see handreiking bijlage 1, onderdeel 2, stap 4; §2.5
 */
export const AssessmentAndChoiceSchema = strictObject({
  ...documentHeader('assessmentAndChoice'),
  gebiedsprocesId: IdSchema,
  assessmentRecord: AssessmentRecordSchema,
  choice: AdministrativeChoiceSchema,
  chosenOn: IsoDateSchema,
}).superRefine((step, ctx) => {
  const ranked = new Set(step.assessmentRecord.ranking.map((entry) => entry.variantId));
  const chosen = step.choice.chosenVariantId;
  if (ranked.size > 0 && !ranked.has(chosen))
    schemaIssue(ctx, sharedIssues, 'unknown_variant', { variantId: chosen }, ['choice', 'chosenVariantId']);
  const recommended = step.assessmentRecord.recommendedVariantId;
  if (recommended !== undefined && recommended !== chosen && step.choice.departureMotivation === undefined)
    schemaIssue(ctx, stepsIssues, 'choice_departs_without_motivation', { recommended }, [
      'choice',
      'departureMotivation',
    ]);
});
/** The step 4 deliverable: assessment record and administrative choice. */
export interface AssessmentAndChoice extends z.output<typeof AssessmentAndChoiceSchema> {}

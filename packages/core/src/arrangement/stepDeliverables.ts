import type * as z from 'zod';
import { strictObject } from '../internal/strictObject';
import { AssessmentAndChoiceSchema } from '../steps/assessmentAndChoice';
import { DataInventorySchema } from '../steps/dataInventory';
import { DevelopmentVariantsSchema } from '../steps/developmentVariants';
import { EmbeddingSchema } from '../steps/embedding';
import { VisionAndFrameworkSchema } from '../steps/visionAndFramework';

/**
 * The deliverables of steps 1–5 of an area process so far, by document type (the startnotitie of
 * step 0 sits beside them in the gebiedsproces document). Each is optional: they appear as the
 * process advances. A step template other than the default (Rivierenland's four steps) reuses these
 * document types for its own steps.
 *
 * @example
 * const d: StepDeliverables = { dataInventory: lindewaardDataInventory };
 * @see handreiking bijlage 1, onderdeel 2 (stappen 0–5)
 */
export const StepDeliverablesSchema = strictObject({
  dataInventory: DataInventorySchema.optional(),
  visionAndFramework: VisionAndFrameworkSchema.optional(),
  developmentVariants: DevelopmentVariantsSchema.optional(),
  assessmentAndChoice: AssessmentAndChoiceSchema.optional(),
  embedding: EmbeddingSchema.optional(),
});
/** The deliverables of steps 1–5 (see {@link StepDeliverablesSchema}). */
export type StepDeliverables = z.infer<typeof StepDeliverablesSchema>;

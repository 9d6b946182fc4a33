import type * as z from 'zod';
import { VariantSetSchema } from '../assessment/variant';
import { IdListSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema } from '../primitives/isoDate';
import { LabelSchema } from '../primitives/labels';

/**
 * The deliverable of step 3 (ontwerpen ontwikkelvarianten): a set of at least two logical and
 * feasible ("maakbare") development variants — the assessment section's variant set with claims per
 * opgave, projects, costs, mitigations and screening against the randvoorwaarden — plus how they
 * were designed (for example in design ateliers) and with whom. Fewer than two variants is rejected
 * with code `too_small` at `variantSet.variants`.
 *
 * @example
 * const step3 = validate(DevelopmentVariantsSchema, input);
 * step3.variantSet.variants.length; // >= 2
 * @see handreiking bijlage 1, onderdeel 2, stap 3; §2.4 (ontwerpateliers)
 */
export const DevelopmentVariantsSchema = strictObject({
  ...documentHeader('developmentVariants'),
  gebiedsprocesId: IdSchema,
  variantSet: VariantSetSchema,
  designMethod: LabelSchema.optional(),
  designedWith: IdListSchema,
  completedOn: IsoDateSchema,
});
/** The step 3 deliverable: the development variants. */
export interface DevelopmentVariants extends z.output<typeof DevelopmentVariantsSchema> {}

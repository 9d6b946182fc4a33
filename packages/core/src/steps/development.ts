import type * as z from 'zod';
import { IdListSchema, OptionalIdSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { LabelSchema } from '../primitives/labels';
import { DevelopmentKind } from './developmentKind';

/**
 * A development or trend that the parties agreed to take into the integrated area weighing, with
 * its source (for example a PBL Ruimtelijke Verkenning from the step 1 inventory) and the opgaven
 * it affects.
 *
 * @example
 * const d: Development = {
 *   id: 'ontwikkeling-vergrijzing',
 *   kind: 'autonomous',
 *   title: { nl: 'Vergrijzing in de dorpen', en: 'Ageing in the villages' },
 *   description: { nl: 'Meer kleine huishoudens', en: 'More small households' },
 *   sourceId: 'cbs-prognose',
 *   opgaveIds: ['opgave-wonen'],
 * };
 * @see handreiking bijlage 1, onderdeel 2, stap 2 ("overeenstemming bereiken over de ontwikkelingen die worden meegenomen")
 */
export const DevelopmentSchema = strictObject({
  id: IdSchema,
  kind: DevelopmentKind.schema,
  title: LabelSchema,
  description: LabelSchema,
  sourceId: OptionalIdSchema,
  opgaveIds: IdListSchema,
});
/** An agreed development or trend. */
export type Development = z.infer<typeof DevelopmentSchema>;

import type * as z from 'zod';
import { IdListSchema, OptionalIdSchema, UnitIntervalSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { LabelSchema } from '../primitives/labels';

/**
 * Progress reported at an ijkmoment, for one area process: the step it is in, the steps closed so
 * far, a short account, and optionally a share of the work done (0–1) as the reporter judges it.
 *
 * @example
 * const p: IjkmomentProgress = {
 *   gebiedsprocesId: 'gebiedsproces-lindewaard',
 *   currentStepId: 'ontwerpen-ontwikkelvarianten',
 *   closedStepIds: ['opstart', 'inzicht-verkrijgen', 'visie-en-afwegingskader'],
 *   summary: { nl: 'Drie varianten in ontwerp', en: 'Three variants being designed' },
 * };
 * @see handreiking §1 (ijkmomenten: voortgang ijken; bijlage 1); bijlage 1, onderdeel 2
 */
export const IjkmomentProgressSchema = strictObject({
  gebiedsprocesId: IdSchema,
  currentStepId: OptionalIdSchema,
  closedStepIds: IdListSchema,
  summary: LabelSchema,
  shareDone: UnitIntervalSchema.optional(),
});
/** Progress of one area process as reported at an ijkmoment. */
export type IjkmomentProgress = z.infer<typeof IjkmomentProgressSchema>;

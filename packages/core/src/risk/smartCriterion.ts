import * as z from 'zod';
import {
  IdListSchema,
  NonEmptyStringSchema,
  OptionalIsoDateSchema,
  OptionalNonEmptyStringSchema,
} from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { TextSchema } from '../primitives/text';
import { ToleranceSchema } from './tolerance';

/**
 * A quality criterion of a project result, made SMART: specific (`description`), measurable
 * (`indicator`, `unit`, `target`, `direction`), acceptable (`acceptedBy`, the parties that agreed
 * to it), realistic (`realisticBasis`, why it is achievable) and time-bound (`deadline`). The
 * actual and forecast values are measured against the target with a tolerance. These are the
 * quality criteria of the project results, not the criteria of the afwegingskader.
 *
 * @example
 * SmartCriterionSchema.parse({ id: 'k1', description: 'Waterberging in het beekdal', indicator: 'berging', unit: 'ha', target: 150, direction: 'at_least', acceptedBy: ['waterschap-aa-en-lindt'], realisticBasis: 'Watersysteemanalyse 2025', deadline: '2030-12-31', forecast: 140, tolerance: { mode: 'relative', over: 1, under: 0.05 } });
 * @see handreiking bijlage 1, onderdeel 2 (kwaliteitscriteria vooraf SMART); bijlage 1, onderdeel 1 (GOKIT: Kwaliteit)
 */
export const SmartCriterionSchema = strictObject({
  id: IdSchema,
  description: TextSchema,
  indicator: NonEmptyStringSchema,
  unit: NonEmptyStringSchema,
  target: z.number(),
  direction: z.enum(['at_least', 'at_most', 'exactly']),
  acceptedBy: IdListSchema,
  realisticBasis: OptionalNonEmptyStringSchema,
  deadline: OptionalIsoDateSchema,
  actual: z.number().optional(),
  forecast: z.number(),
  tolerance: ToleranceSchema,
});
/** A SMART quality criterion (see {@link SmartCriterionSchema}). */
export type SmartCriterion = z.infer<typeof SmartCriterionSchema>;

import * as z from 'zod';
import { schemaRefinement } from '../internal/schemaIssue';
import { riskIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';

const ClassNumberSchema = z.number().int().min(1).max(10);

/**
 * The impact class of a risk per GOKIT aspect it touches (at least one). A risk on grid
 * congestion can hit Tijd with class 4 and Geld with class 3.
 *
 * @example
 * ImpactByAspectSchema.parse({ time: 4, money: 3 });
 * @see handreiking bijlage 1, onderdeel 1 (GOKIT-R)
 */
export const ImpactByAspectSchema = strictObject({
  money: ClassNumberSchema.optional(),
  organisation: ClassNumberSchema.optional(),
  quality: ClassNumberSchema.optional(),
  information: ClassNumberSchema.optional(),
  time: ClassNumberSchema.optional(),
}).refine((v) => Object.values(v).some((x) => x !== undefined), schemaRefinement(riskIssues, 'no_impact_aspect', {}));
/** Impact class per GOKIT aspect (see {@link ImpactByAspectSchema}). */
export type ImpactByAspect = z.infer<typeof ImpactByAspectSchema>;

import * as z from 'zod';
import { IdListSchema, OptionalIdSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { LabelSchema } from '../primitives/labels';
import { ProjectPhase } from '../risk/projectPhase';
import { SmartCriterionSchema } from '../risk/smartCriterion';
import { FundingLineSchema } from './fundingLine';

/**
 * A project in the programme: its owner (opdrachtgever), phase (the GOKIT-R project phases), the
 * opgaven and vision goals it serves, the variant project it comes from, its funding per source
 * per year, and the quality criteria of its results, set in advance and made SMART (the risk
 * section's `SmartCriterion`: specific description, measurable indicator with unit and target,
 * accepted by, realistic basis, deadline).
 *
 * @example
 * const p: Project = {
 *   id: 'project-n-weg',
 *   name: { nl: 'Opwaardering N-weg Lindewaard–Beekdal', en: 'Upgrade of the N-road Lindewaard–Beekdal' },
 *   ownerPartyId: 'provincie-zuidmark',
 *   phase: 'design',
 *   opgaveIds: ['opgave-n-weg'],
 *   goalIds: ['doel-bereikbaarheid'],
 *   funding: [{ sourceId: 'bron-provincie', year: 2028, amountCents: 1_200_000_000, status: 'reserved' }],
 *   qualityCriteria: [],
 * };
 * @see handreiking bijlage 1, onderdeel 2 ("Een programmering van projecten"; kwaliteit van projectresultaten, SMART)
 */
export const ProjectSchema = strictObject({
  id: IdSchema,
  name: LabelSchema,
  ownerPartyId: IdSchema,
  phase: ProjectPhase.schema,
  opgaveIds: IdListSchema,
  goalIds: IdListSchema,
  variantProjectId: OptionalIdSchema,
  funding: z.array(FundingLineSchema),
  qualityCriteria: z.array(SmartCriterionSchema),
});
/** A project in the programme. */
export type Project = z.infer<typeof ProjectSchema>;

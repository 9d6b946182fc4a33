import * as z from 'zod';
import { FurtherElaborationSchema } from '../assessment/assessmentRecord';
import { IdListSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { LabelSchema } from '../primitives/labels';
import { PlanImpactSchema } from './planImpact';

/**
 * A project in the package that comes with the chosen variant: its id (usually the variant's
 * project id, later the programme's), name and the opgaven it serves.
 *
 * @example
 * const p: PackageProject = { projectId: 'project-waterberging-lindt', name: { nl: 'Waterberging Lindtdal', en: 'Lindt valley water storage' }, opgaveIds: ['opgave-waterberging'] };
 * @see handreiking bijlage 1, onderdeel 2, stap 4 ("een indicatie van de daarmee samenhangende concrete projecten")
 */
export const PackageProjectSchema = strictObject({
  projectId: IdSchema,
  name: LabelSchema,
  opgaveIds: IdListSchema,
});
/** A project in the chosen package. */
export type PackageProject = z.infer<typeof PackageProjectSchema>;

/**
 * The administrative choice of step 4: the chosen variant, the decision that made it, the coherent
 * package of projects, its impact on other sectoral and spatial plans, the elaborations still open
 * and on what basis, the motivation, and — when bestuurders chose another variant than the
 * assessment recommends — the motivation of that departure.
 *
 * @example
 * const choice: AdministrativeChoice = {
 *   chosenVariantId: 'variant-c',
 *   decisionId: 'besluit-keuze-variant',
 *   packageOfProjects: [],
 *   impactOnOtherPlans: [],
 *   openElaborations: [],
 *   motivation: { nl: 'Water als drager', en: 'Water as the guiding system' },
 * };
 * @see handreiking bijlage 1, onderdeel 2, stap 4; §2.5 ("Maak inzichtelijk wat wel en niet is meegewogen, wat nog verdere uitwerking behoeft en op basis waarvan")
 */
export const AdministrativeChoiceSchema = strictObject({
  chosenVariantId: IdSchema,
  decisionId: IdSchema,
  packageOfProjects: z.array(PackageProjectSchema).min(1),
  impactOnOtherPlans: z.array(PlanImpactSchema),
  openElaborations: z.array(FurtherElaborationSchema),
  motivation: LabelSchema,
  departureMotivation: LabelSchema.optional(),
});
/** The administrative choice of step 4. */
export type AdministrativeChoice = z.infer<typeof AdministrativeChoiceSchema>;

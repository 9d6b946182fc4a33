import * as z from 'zod';
import { GeometrySchema } from '../area/geometry';
import { IdListSchema, NonEmptyIdListSchema, NonNegativeNumberSchema, OptionalIdSchema } from '../internal/leafSchemas';
import { schemaIssue } from '../internal/schemaIssue';
import { assessmentIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import { IdSchema } from '../primitives/id';
import { YearSchema } from '../primitives/isoDate';
import { LabelSchema } from '../primitives/labels';
import { EuroCentsSchema } from '../primitives/money';
import { ScreeningResultSchema } from './screening';

/**
 * A declared overlap between two claims of one variant, in hectares, for when no geometry is given
 * (the designers know that 40 ha of solar lie on the storage area).
 *
 * @example
 * ClaimOverlapDeclarationSchema.parse({ claimId: 'c-water', hectares: 40 });
 */
export const ClaimOverlapDeclarationSchema = strictObject({
  claimId: IdSchema,
  hectares: NonNegativeNumberSchema,
});
/** A declared overlap with another claim. */
export type ClaimOverlapDeclaration = z.infer<typeof ClaimOverlapDeclarationSchema>;

/**
 * The space a variant gives one opgave: hectares, and optionally the GeoJSON geometry (WGS 84, see
 * `GeometrySchema`) from which overlaps with other claims are measured. Without geometry, overlaps
 * are declared in `overlaps` (each pair once is enough).
 *
 * @example
 * SpaceClaimSchema.parse({ id: 'a-water', opgaveId: 'water', hectares: 150 });
 * @see handreiking §2.4 (opgaven die ruimtelijke claims vergen)
 */
export const SpaceClaimSchema = strictObject({
  id: IdSchema,
  opgaveId: IdSchema,
  description: LabelSchema.optional(),
  hectares: NonNegativeNumberSchema,
  geometry: GeometrySchema.optional(),
  overlaps: z.array(ClaimOverlapDeclarationSchema).optional(),
});
/** A spatial claim of one opgave in one variant. */
export type SpaceClaim = z.infer<typeof SpaceClaimSchema>;

/**
 * A concrete project a variant brings with it (step 4 asks for "een indicatie van de daarmee
 * samenhangende concrete projecten").
 *
 * @example
 * VariantProjectSchema.parse({ id: 'p-n-weg', name: { nl: 'Opwaardering N-weg', en: 'N-road upgrade' }, opgaveIds: ['bereikbaarheid'], costCents: 4_500_000_000 });
 * @see handreiking bijlage 1, onderdeel 2, stap 4
 */
export const VariantProjectSchema = strictObject({
  id: IdSchema,
  name: LabelSchema,
  opgaveIds: IdListSchema,
  costCents: EuroCentsSchema.optional(),
  leadPartyId: OptionalIdSchema,
  startYear: YearSchema.optional(),
});
/** A concrete project of a variant. */
export type VariantProject = z.infer<typeof VariantProjectSchema>;

/**
 * A cost of a variant in euro cents, and which party bears it (for the distribution of effects).
 *
 * @example
 * CostItemSchema.parse({ id: 'k-grond', description: { nl: 'Grondverwerving', en: 'Land acquisition' }, amountCents: 12_000_000_000, bearerPartyId: 'provincie-zuidmark' });
 */
export const CostItemSchema = strictObject({
  id: IdSchema,
  description: LabelSchema,
  amountCents: EuroCentsSchema,
  bearerPartyId: OptionalIdSchema,
});
/** A cost of a variant. */
export type CostItem = z.infer<typeof CostItemSchema>;

/**
 * A mitigating measure of a variant: which criteria it improves, at what cost. Its effect shows in
 * the mitigated score of those criteria.
 *
 * @example
 * MitigationSchema.parse({ id: 'm-groen', description: { nl: 'Landschappelijke inpassing', en: 'Landscape integration' }, criterionIds: ['landschap'] });
 * @see handreiking §2.5 (mitigerende maatregelen)
 */
export const MitigationSchema = strictObject({
  id: IdSchema,
  description: LabelSchema,
  criterionIds: NonEmptyIdListSchema,
  costCents: EuroCentsSchema.optional(),
});
/** A mitigating measure of a variant. */
export type Mitigation = z.infer<typeof MitigationSchema>;

/**
 * The judgement by people of a boundary condition whose rule is `judgement`: met or not, and why.
 *
 * @example
 * BoundaryJudgementSchema.parse({ randvoorwaardeId: 'rv-erfgoed', met: true, motivation: { nl: 'Landgoederen blijven vrij', en: 'Estates stay free' } });
 */
export const BoundaryJudgementSchema = strictObject({
  randvoorwaardeId: IdSchema,
  met: z.boolean(),
  motivation: LabelSchema,
});
/** A judgement on a boundary condition. */
export type BoundaryJudgement = z.infer<typeof BoundaryJudgementSchema>;

/**
 * A development variant (*ontwikkelvariant*) of step 3: its spatial claims per opgave, concrete
 * projects, costs, mitigations, judgements on boundary conditions and, once screened, the
 * screening result.
 *
 * @example
 * VariantSchema.parse({ id: 'variant-a', name: { nl: 'Compacte kernen', en: 'Compact towns' }, claims: [] });
 * @see handreiking bijlage 1, onderdeel 2, stap 3 (ontwerpen ontwikkelvarianten)
 */
export const VariantSchema = strictObject({
  id: IdSchema,
  name: LabelSchema,
  description: LabelSchema.optional(),
  claims: z.array(SpaceClaimSchema),
  projects: z.array(VariantProjectSchema).optional(),
  costs: z.array(CostItemSchema).optional(),
  mitigations: z.array(MitigationSchema).optional(),
  judgements: z.array(BoundaryJudgementSchema).optional(),
  screening: ScreeningResultSchema.optional(),
});
/** A development variant of step 3. */
export type Variant = z.infer<typeof VariantSchema>;

/**
 * The development variants of step 3 as one document: at least two, with distinct ids.
 *
 * @example
 * VariantSetSchema.parse({ kind: 'variantSet', schemaVersion: 2, id: 'lindewaard-varianten', variants: [a, b, c] });
 * @see handreiking bijlage 1, onderdeel 2, stap 3 ("een aantal logische en maakbare varianten")
 */
export const VariantSetSchema = strictObject({
  ...documentHeader('variantSet'),
  processId: OptionalIdSchema,
  afwegingskaderId: OptionalIdSchema,
  variants: z.array(VariantSchema).min(2),
}).superRefine((set, ctx) => {
  const seen = new Set<string>();
  for (const [i, v] of set.variants.entries()) {
    if (seen.has(v.id)) schemaIssue(ctx, assessmentIssues, 'duplicate_variant', { id: v.id }, ['variants', i, 'id']);
    seen.add(v.id);
  }
});
/** The development variants of step 3. */
export interface VariantSet extends z.output<typeof VariantSetSchema> {}

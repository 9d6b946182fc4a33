import * as z from 'zod';
import { NonNegativeNumberSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { LabelSchema, labelledEnum } from '../primitives/labels';

/**
 * How two opgaven relate where their claims overlap: a *slimme combinatie* (the land serves both,
 * multiple use) or a *dilemma* (they cannot share the land).
 *
 * @example
 * OpgaveInteractionKind.label('combinable', 'nl'); // 'Slimme combinatie (meervoudig ruimtegebruik)'
 * @see handreiking §2.4 (gevolgen van de ene opgave voor andere opgaven; NOVI (meervoudig ruimtegebruik))
 */
export const OpgaveInteractionKind = labelledEnum({
  combinable: { nl: 'Slimme combinatie (meervoudig ruimtegebruik)', en: 'Smart combination (multiple use)' },
  conflicting: { nl: 'Dilemma (niet te combineren)', en: 'Dilemma (cannot be combined)' },
});
/** One of the {@link OpgaveInteractionKind} values. */
export type OpgaveInteractionKind = (typeof OpgaveInteractionKind)['values'][number];

/**
 * Whether two opgaven can share land. Overlaps between opgaven without a declared interaction
 * count as conflicts: multiple use has to be designed, not assumed.
 *
 * @example
 * OpgaveInteractionSchema.parse({ opgaveIds: ['energie', 'water'], kind: 'combinable' });
 */
export const OpgaveInteractionSchema = strictObject({
  opgaveIds: z.tuple([IdSchema, IdSchema]),
  kind: OpgaveInteractionKind.schema,
  description: LabelSchema.optional(),
});
/** Whether two opgaven can share land. */
export type OpgaveInteraction = z.infer<typeof OpgaveInteractionSchema>;

/**
 * The space available to the variants and which opgaven may share land.
 *
 * @example
 * AvailableSpaceSchema.parse({ availableHectares: 900, interactions: [] });
 * @see handreiking §2.4 ("of alle opgaven ruimtelijk inpasbaar zijn")
 */
export const AvailableSpaceSchema = strictObject({
  availableHectares: NonNegativeNumberSchema,
  interactions: z.array(OpgaveInteractionSchema),
});
/** Available space and opgave interactions. */
export type AvailableSpace = z.infer<typeof AvailableSpaceSchema>;

/**
 * How an overlap between two claims counts: `combined` (multiple use of a *slimme combinatie*) or
 * `conflict` (a dilemma, or no combination declared).
 *
 * @example
 * OverlapKind.label('conflict', 'en'); // 'Conflict'
 */
export const OverlapKind = labelledEnum({
  combined: { nl: 'Gecombineerd (meervoudig gebruik)', en: 'Combined (multiple use)' },
  conflict: { nl: 'Conflict', en: 'Conflict' },
});
/** One of the {@link OverlapKind} values. */
export type OverlapKind = (typeof OverlapKind)['values'][number];

/**
 * Where an overlap figure comes from: measured from the claims' geometry, or declared.
 *
 * @example
 * OverlapSource.label('geometry', 'nl'); // 'Gemeten uit de geometrie'
 */
export const OverlapSource = labelledEnum({
  geometry: { nl: 'Gemeten uit de geometrie', en: 'Measured from the geometry' },
  declared: { nl: 'Opgegeven door de ontwerpers', en: 'Declared by the designers' },
});
/** One of the {@link OverlapSource} values. */
export type OverlapSource = (typeof OverlapSource)['values'][number];

/**
 * The overlap of two claims in one variant.
 *
 * @example
 * ClaimOverlapSchema.parse({ claimIds: ['c-zon', 'c-water'], opgaveIds: ['energie', 'water'], hectares: 40, kind: 'combined', source: 'declared' });
 */
export const ClaimOverlapSchema = strictObject({
  claimIds: z.tuple([IdSchema, IdSchema]),
  opgaveIds: z.tuple([IdSchema, IdSchema]),
  hectares: NonNegativeNumberSchema,
  kind: OverlapKind.schema,
  source: OverlapSource.schema,
});
/** The overlap of two claims. */
export type ClaimOverlap = z.infer<typeof ClaimOverlapSchema>;

/**
 * The spatial fit of one variant: the hectares claimed (sum of claims), in multiple use (overlaps
 * of combinable opgaven), in conflict, the net hectares needed (claimed minus multiple use), the
 * margin against the available space, and whether everything fits (net ≤ available and no
 * conflict). Overlaps of three or more claims on the same land are counted pairwise, which
 * overstates multiple use there; see docs/assessment.md.
 *
 * @example
 * SpatialFitResultSchema.parse({ variantId: 'a', availableHectares: 900, claimedHectares: 800, multipleUseHectares: 40, conflictHectares: 0, netHectares: 760, marginHectares: 140, fits: true, perOpgave: [], overlaps: [] });
 * @see handreiking §2.4; §2.5 (wat wel een plek krijgt, wat niet)
 */
export const SpatialFitResultSchema = strictObject({
  variantId: IdSchema,
  availableHectares: NonNegativeNumberSchema,
  claimedHectares: NonNegativeNumberSchema,
  multipleUseHectares: NonNegativeNumberSchema,
  conflictHectares: NonNegativeNumberSchema,
  netHectares: z.number(),
  marginHectares: z.number(),
  fits: z.boolean(),
  perOpgave: z.array(strictObject({ opgaveId: IdSchema, hectares: NonNegativeNumberSchema })),
  overlaps: z.array(ClaimOverlapSchema),
});
/** The spatial fit of one variant. */
export type SpatialFitResult = z.infer<typeof SpatialFitResultSchema>;

import * as z from 'zod';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { LabelSchema, labelledEnum } from '../primitives/labels';

/**
 * Whether an affected plan is sectoral (a water management plan, a mobility programme) or spatial
 * (an omgevingsvisie, an omgevingsplan).
 *
 * @example
 * PlanKind.label('spatial', 'nl'); // 'Ruimtelijk plan'
 * @see handreiking bijlage 1, onderdeel 2, stap 4 ("impact voor (andere) sectorale en ruimtelijke plannen")
 */
export const PlanKind = labelledEnum({
  sectoral: { nl: 'Sectoraal plan', en: 'Sectoral plan' },
  spatial: { nl: 'Ruimtelijk plan', en: 'Spatial plan' },
});
/** One of the {@link PlanKind} values. */
export type PlanKind = (typeof PlanKind)['values'][number];

/**
 * The impact of the chosen variant on another sectoral or spatial plan: which plan of which party,
 * what changes, and whether it clashes with a municipal omgevingsvisie (then the gemeenteraad must
 * be involved).
 *
 * @example
 * const i: PlanImpact = {
 *   id: 'impact-omgevingsvisie-beekdal',
 *   plan: { nl: 'Omgevingsvisie Beekdal 2040', en: 'Beekdal environment vision 2040' },
 *   planKind: 'spatial',
 *   ownerPartyId: 'gemeente-beekdal',
 *   impact: { nl: 'Woningbouwlocatie in het beekdal vervalt', en: 'Housing site in the brook valley is dropped' },
 *   clashesWithOmgevingsvisie: true,
 * };
 * @see handreiking bijlage 1, onderdeel 2, stap 4; §2.6 (volksvertegenwoordigers betrekken)
 */
export const PlanImpactSchema = strictObject({
  id: IdSchema,
  plan: LabelSchema,
  planKind: PlanKind.schema,
  ownerPartyId: IdSchema,
  impact: LabelSchema,
  clashesWithOmgevingsvisie: z.boolean(),
  followUp: LabelSchema.optional(),
});
/** The impact of the choice on another plan. */
export type PlanImpact = z.infer<typeof PlanImpactSchema>;

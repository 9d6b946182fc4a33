import * as z from 'zod';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { LabelSchema, labelledEnum } from '../primitives/labels';

/**
 * The outcome of testing one variant against one boundary condition.
 *
 * @example
 * ScreeningStatus.label('broken', 'nl'); // 'Geschonden'
 * @see handreiking bijlage 1, onderdeel 2, stap 3 (maakbare varianten)
 */
export const ScreeningStatus = labelledEnum({
  met: { nl: 'Voldaan', en: 'Met' },
  broken: { nl: 'Geschonden', en: 'Broken' },
  unknown: { nl: 'Niet te beoordelen (gegevens ontbreken)', en: 'Cannot be judged (data missing)' },
});
/** One of the {@link ScreeningStatus} values. */
export type ScreeningStatus = (typeof ScreeningStatus)['values'][number];

/**
 * Whether a variant is *maakbaar*: `feasible` when every boundary condition is met,
 * `not_feasible` when at least one is broken, `undetermined` when none is broken but at least one
 * could not be judged.
 *
 * @example
 * FeasibilityVerdict.label('not_feasible', 'en'); // 'Not feasible'
 */
export const FeasibilityVerdict = labelledEnum({
  feasible: { nl: 'Maakbaar', en: 'Feasible' },
  not_feasible: { nl: 'Niet maakbaar', en: 'Not feasible' },
  undetermined: { nl: 'Nog niet te bepalen', en: 'Undetermined' },
});
/** One of the {@link FeasibilityVerdict} values. */
export type FeasibilityVerdict = (typeof FeasibilityVerdict)['values'][number];

/**
 * One boundary condition checked for one variant: the status, the observed value where the rule is
 * numeric, and the reason in words.
 *
 * @example
 * ScreeningCheckSchema.parse({ randvoorwaardeId: 'rv-water', status: 'broken', observed: 90, motivation: { nl: '90 ha < 150 ha', en: '90 ha < 150 ha' } });
 */
export const ScreeningCheckSchema = strictObject({
  randvoorwaardeId: IdSchema,
  status: ScreeningStatus.schema,
  observed: z.union([z.number(), z.string()]).optional(),
  motivation: LabelSchema,
});
/** One boundary condition checked for one variant. */
export type ScreeningCheck = z.infer<typeof ScreeningCheckSchema>;

/**
 * The feasibility screening of one variant against all boundary condition: its verdict and every
 * check. Variants that are not feasible are set aside before scoring.
 *
 * @example
 * ScreeningResultSchema.parse({ variantId: 'variant-b', verdict: 'not_feasible', checks: [] });
 * @see handreiking bijlage 1, onderdeel 2, stap 3 (maakbare varianten)
 */
export const ScreeningResultSchema = strictObject({
  variantId: IdSchema,
  verdict: FeasibilityVerdict.schema,
  checks: z.array(ScreeningCheckSchema),
});
/** The feasibility screening of one variant. */
export type ScreeningResult = z.infer<typeof ScreeningResultSchema>;

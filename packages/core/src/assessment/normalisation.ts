import { labelledEnum } from '../primitives/labels';

/**
 * How scores in different units become comparable numbers before weighting (plus–minus steps are
 * first mapped to numbers, see `PlusMinusMappingSchema`):
 * - `min_max`: `(x − min) / (max − min)` over the variants (cost: `(max − x) / (max − min)`), 0…1;
 * - `max`: `x / max|x|` (cost: `−x / max|x|`), −1…1, keeps ratios;
 * - `interval`: `(x − worst) / (best − worst)` with the criterion's own `interval`, so the scale
 *   does not depend on which variants happen to be compared.
 * A criterion on which all variants score the same gets 0 for every variant with `min_max` and `max`.
 *
 * @example
 * Normalisation.label('min_max', 'nl'); // 'Min–max over de varianten'
 * @see handreiking bijlage 1, onderdeel 2, stap 4
 */
export const Normalisation = labelledEnum({
  min_max: { nl: 'Min–max over de varianten', en: 'Min–max over the variants' },
  max: { nl: 'Deling door de grootste absolute waarde', en: 'Division by the largest absolute value' },
  interval: { nl: 'Vast interval per criterium (slechtste–beste)', en: 'Fixed interval per criterion (worst–best)' },
});
/** One of the {@link Normalisation} values. */
export type Normalisation = (typeof Normalisation)['values'][number];
/** zod schema of a {@link Normalisation}. */
export const NormalisationSchema = Normalisation.schema;

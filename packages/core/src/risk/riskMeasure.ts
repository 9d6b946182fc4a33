import type * as z from 'zod';
import { OptionalIdSchema, OptionalIsoDateSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { labelledEnum } from '../primitives/labels';
import { EuroCentsSchema } from '../primitives/money';
import { TextSchema } from '../primitives/text';

/**
 * The four ways to treat a risk: avoid it (take away the cause), reduce it (lower probability or
 * impact), transfer it (to a party better placed to carry it, for example by contract or
 * insurance), or accept it (knowingly carry it, usually with a reserve).
 *
 * @example
 * MeasureStrategy.label('transfer', 'nl'); // 'Overdragen'
 * @see handreiking bijlage 1, onderdeel 1 (Risico's; the four strategies are general risk-management practice, outside the handreiking)
 */
export const MeasureStrategy = labelledEnum({
  avoid: { nl: 'Vermijden', en: 'Avoid' },
  reduce: { nl: 'Verminderen', en: 'Reduce' },
  transfer: { nl: 'Overdragen', en: 'Transfer' },
  accept: { nl: 'Accepteren', en: 'Accept' },
});
/** One of the {@link MeasureStrategy} values. */
export type MeasureStrategy = (typeof MeasureStrategy)['values'][number];

/**
 * The progress of a risk measure.
 *
 * @example
 * MeasureProgress.label('done', 'nl'); // 'Uitgevoerd'
 */
export const MeasureProgress = labelledEnum({
  planned: { nl: 'Gepland', en: 'Planned' },
  in_progress: { nl: 'In uitvoering', en: 'In progress' },
  done: { nl: 'Uitgevoerd', en: 'Done' },
});
/** One of the {@link MeasureProgress} values. */
export type MeasureProgress = (typeof MeasureProgress)['values'][number];

/**
 * A measure against a risk: its strategy, what it is, who carries it out, by when, at what cost,
 * and how far it is.
 *
 * @example
 * RiskMeasureSchema.parse({ id: 'm1', strategy: 'reduce', description: 'Vroegtijdig overleg met de netbeheerder', ownerId: 'provincie-zuidmark', progress: 'in_progress' });
 * @see handreiking bijlage 1, onderdeel 1 (Risico's)
 */
export const RiskMeasureSchema = strictObject({
  id: IdSchema,
  strategy: MeasureStrategy.schema,
  description: TextSchema,
  ownerId: OptionalIdSchema,
  dueDate: OptionalIsoDateSchema,
  cost: EuroCentsSchema.optional(),
  progress: MeasureProgress.schema,
});
/** A measure against a risk (see {@link RiskMeasureSchema}). */
export type RiskMeasure = z.infer<typeof RiskMeasureSchema>;

import * as z from 'zod';
import { OptionalNonEmptyStringSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema } from '../primitives/isoDate';
import { labelledEnum } from '../primitives/labels';
import { ImpactByAspectSchema } from './impactByAspect';
import { RiskStatus } from './riskStatus';

/**
 * What happened to a risk in one history entry.
 *
 * @example
 * RiskChange.label('reassessed', 'nl'); // 'Herbeoordeeld'
 */
export const RiskChange = labelledEnum({
  identified: { nl: 'Geïdentificeerd', en: 'Identified' },
  reassessed: { nl: 'Herbeoordeeld', en: 'Reassessed' },
  measure_changed: { nl: 'Maatregel gewijzigd', en: 'Measure changed' },
  status_changed: { nl: 'Status gewijzigd', en: 'Status changed' },
  owner_changed: { nl: 'Eigenaar gewijzigd', en: 'Owner changed' },
  note: { nl: 'Notitie', en: 'Note' },
});
/** One of the {@link RiskChange} values. */
export type RiskChange = (typeof RiskChange)['values'][number];

/**
 * One entry in the history of a risk: when, by whom, what changed, and the assessment after the
 * change where it changed.
 *
 * @example
 * RiskHistoryEntrySchema.parse({ on: '2026-02-01', actorId: 'provincie-zuidmark', change: 'identified', probability: 4, impact: { time: 4 } });
 * @see handreiking bijlage 1, onderdeel 1 (Risico's)
 */
export const RiskHistoryEntrySchema = strictObject({
  on: IsoDateSchema,
  actorId: IdSchema,
  change: RiskChange.schema,
  probability: z.number().int().min(1).max(10).optional(),
  impact: ImpactByAspectSchema.optional(),
  status: RiskStatus.schema.optional(),
  note: OptionalNonEmptyStringSchema,
});
/** One entry in the history of a risk (see {@link RiskHistoryEntrySchema}). */
export type RiskHistoryEntry = z.infer<typeof RiskHistoryEntrySchema>;

import * as z from 'zod';
import { IdListSchema, NonEmptyStringSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema } from '../primitives/isoDate';
import { ImpactByAspectSchema } from './impactByAspect';
import { RiskHistoryEntrySchema } from './riskHistoryEntry';
import { RiskMeasureSchema } from './riskMeasure';
import { RiskStatus } from './riskStatus';

/**
 * One risk in the register, described as cause → event → consequence, with its owner, its
 * probability class, its impact class per GOKIT aspect, the measures against it, the residual
 * assessment after those measures, its status and its history. `estimateEventIds` links the risk
 * to discrete risk events of a quantitative estimate (Geld, Tijd).
 *
 * @example
 * RiskSchema.parse({ id: 'r-net', title: 'Netcongestie', cause: 'Volle netten', event: 'Geen aansluiting zonneveld', consequence: 'Vertraging en meerkosten', ownerId: 'provincie-zuidmark', probability: 4, impact: { time: 4, money: 3 }, measures: [], status: 'open', identifiedOn: '2026-01-15', history: [] });
 * @see handreiking bijlage 1, onderdeel 1 (GOKIT-R: Risico's)
 */
export const RiskSchema = strictObject({
  id: IdSchema,
  title: NonEmptyStringSchema,
  cause: NonEmptyStringSchema,
  event: NonEmptyStringSchema,
  consequence: NonEmptyStringSchema,
  ownerId: IdSchema,
  probability: z.number().int().min(1).max(10),
  impact: ImpactByAspectSchema,
  measures: z.array(RiskMeasureSchema),
  residual: strictObject({ probability: z.number().int().min(1).max(10), impact: ImpactByAspectSchema }).optional(),
  status: RiskStatus.schema,
  identifiedOn: IsoDateSchema,
  history: z.array(RiskHistoryEntrySchema),
  estimateEventIds: IdListSchema.optional(),
});
/** One risk in the register (see {@link RiskSchema}). */
export type Risk = z.infer<typeof RiskSchema>;

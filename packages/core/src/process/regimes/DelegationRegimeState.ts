import * as z from 'zod';
import { NonEmptyIdListSchema, OptionalIdSchema, OptionalIsoDateTimeSchema } from '../../internal/leafSchemas';
import { schemaIssue } from '../../internal/schemaIssue';
import { sharedIssues } from '../../internal/schemaMessages';
import { strictObject } from '../../internal/strictObject';
import { IdSchema } from '../../primitives/id';
import { IsoDateTimeSchema } from '../../primitives/isoDate';
import { LabelSchema } from '../../primitives/labels';
import { ProcessRole } from '../processRole';
import { DelegationRegimeStatus } from './DelegationRegimeStatus';

/**
 * What a delegation-and-oversight regime is set up with: the region (a samenwerkingsverband, never
 * a government layer), the province that oversees it, the municipalities of the region, the
 * subject (for example the regional housing vision), and when and by whom it started.
 *
 * @example
 * const input: DelegationRegimeInput = { id: 'woonregio-lindt', region: 'regio-lindt', province: 'provincie-zuidmark',
 *   municipalities: ['gemeente-lindewaard', 'gemeente-beekdal', 'gemeente-hoeverveen'],
 *   subject: { nl: 'Regionale woonvisie', en: 'Regional housing vision' },
 *   timestamp: '2027-01-10T10:00:00+01:00', actor: 'provincie-zuidmark', role: 'regisseur' };
 * @see handreiking bijlage 2, voorbeeld 5
 */
export const DelegationRegimeInputSchema = strictObject({
  id: IdSchema,
  region: IdSchema,
  province: IdSchema,
  municipalities: NonEmptyIdListSchema,
  subject: LabelSchema,
  timestamp: IsoDateTimeSchema,
  actor: IdSchema,
  role: ProcessRole.schema,
}).superRefine((v, ctx) => {
  if (new Set(v.municipalities).size !== v.municipalities.length) {
    schemaIssue(
      ctx,
      sharedIssues,
      'duplicate_id',
      { id: v.municipalities.find((m, i) => v.municipalities.indexOf(m) !== i) ?? '' },
      ['municipalities'],
    );
  }
});
/** What a delegation-and-oversight regime is set up with. */
export interface DelegationRegimeInput extends z.output<typeof DelegationRegimeInputSchema> {}

/**
 * One vision in the regime: who wrote it (the region, or the province by substitution), when, in
 * which round, and the province's verdict with its reasoning on the supra-regional interest.
 *
 * @example
 * const v: RegimeVision = { id: 'woonvisie-lindt-2027', author: 'region', round: 1, submittedAt: '…', verdict: 'approved', supraRegionalInterest: { nl: '…', en: '…' } };
 * @see handreiking bijlage 2, voorbeeld 5
 */
export const RegimeVisionSchema = strictObject({
  id: IdSchema,
  author: z.enum(['region', 'province']),
  round: z.number().int().min(1),
  submittedAt: IsoDateTimeSchema,
  verdict: z.enum(['approved', 'rejected', 'adopted_by_province']).optional(),
  verdictAt: OptionalIsoDateTimeSchema,
  supraRegionalInterest: LabelSchema.optional(),
  decisionId: OptionalIdSchema,
});
/** One vision in the regime. */
export interface RegimeVision extends z.output<typeof RegimeVisionSchema> {}

/**
 * One municipal plan adopted under the regime: the province's involvement (`participates` under a
 * rejected vision, `free` under an approved or province-written vision) and any intervention on
 * deviation.
 *
 * @example
 * const p: RegimePlan = { planId: 'op-beekdal-noord', municipality: 'gemeente-beekdal', at: '…', provinceInvolvement: 'participates' };
 * @see handreiking bijlage 2, voorbeeld 5
 */
export const RegimePlanSchema = strictObject({
  planId: IdSchema,
  municipality: IdSchema,
  at: IsoDateTimeSchema,
  provinceInvolvement: z.enum(['participates', 'free']),
  intervention: strictObject({ at: IsoDateTimeSchema, deviation: LabelSchema }).optional(),
});
/** One municipal plan adopted under the regime. */
export interface RegimePlan extends z.output<typeof RegimePlanSchema> {}

/**
 * The plain-JSON state of a delegation-and-oversight regime (the context of its actor).
 *
 * @example
 * regimeActor.getSnapshot().context.status; // 'approved'
 * @see handreiking bijlage 2, voorbeeld 5
 */
export const DelegationRegimeStateSchema = strictObject({
  id: IdSchema,
  region: IdSchema,
  province: IdSchema,
  municipalities: NonEmptyIdListSchema,
  subject: LabelSchema,
  startedAt: IsoDateTimeSchema,
  lastEventAt: IsoDateTimeSchema,
  status: DelegationRegimeStatus.schema,
  round: z.number().int().min(1),
  visions: z.array(RegimeVisionSchema),
  plans: z.array(RegimePlanSchema),
});
/** The plain-JSON state of a delegation-and-oversight regime. */
export interface DelegationRegimeState extends z.output<typeof DelegationRegimeStateSchema> {}

import * as z from 'zod';
import { IdListSchema, OptionalIdSchema } from '../../internal/leafSchemas';
import { strictObject } from '../../internal/strictObject';
import { IdSchema } from '../../primitives/id';
import { LabelSchema } from '../../primitives/labels';
import { ProcessEventMetaSchema } from '../processEvent';

const meta = ProcessEventMetaSchema.shape;

/**
 * The region hands in its regional vision; every municipality of the region must consent
 * (agreement), otherwise there is no regional vision to submit.
 *
 * @example
 * { type: 'regime.submitVision', visionId: 'woonvisie-lindt-2027', consentingMunicipalities: ['gemeente-lindewaard', 'gemeente-beekdal'], timestamp: '…', actor: 'regio-lindt', role: 'trekker' }
 * @see handreiking bijlage 2, voorbeeld 5
 */
export const RegimeSubmitVisionEventSchema = strictObject({
  type: z.literal('regime.submitVision'),
  visionId: IdSchema,
  consentingMunicipalities: IdListSchema,
  ...meta,
});
/** A `regime.submitVision` event (see {@link RegimeSubmitVisionEventSchema}). */
export interface RegimeSubmitVisionEvent extends z.output<typeof RegimeSubmitVisionEventSchema> {}

/**
 * The region declares it cannot agree on a vision; the province will write it (substitution).
 *
 * @example
 * { type: 'regime.declareNoAgreement', timestamp: '…', actor: 'provincie-zuidmark', role: 'regisseur', motivation: 'Termijn verstreken' }
 * @see handreiking bijlage 2, voorbeeld 5 ("stelt de provincie een woonvisie voor de regio op")
 */
export const RegimeDeclareNoAgreementEventSchema = strictObject({
  type: z.literal('regime.declareNoAgreement'),
  ...meta,
});
/** A `regime.declareNoAgreement` event (see {@link RegimeDeclareNoAgreementEventSchema}). */
export interface RegimeDeclareNoAgreementEvent extends z.output<typeof RegimeDeclareNoAgreementEventSchema> {}

/**
 * The province adopts the vision it wrote for the region (substitution). Only the province.
 *
 * @example
 * { type: 'regime.substitute', visionId: 'woonvisie-provincie-lindt', timestamp: '…', actor: 'provincie-zuidmark', role: 'bevoegd_gezag' }
 * @see handreiking bijlage 2, voorbeeld 5
 */
export const RegimeSubstituteEventSchema = strictObject({
  type: z.literal('regime.substitute'),
  visionId: IdSchema,
  ...meta,
});
/** A `regime.substitute` event (see {@link RegimeSubstituteEventSchema}). */
export interface RegimeSubstituteEvent extends z.output<typeof RegimeSubstituteEventSchema> {}

/**
 * The province approves the regional vision: it does justice to the supra-regional interest
 * (`supraRegionalInterest` says how). Only the province.
 *
 * @example
 * { type: 'regime.approve', supraRegionalInterest: { nl: 'Voldoende sociale huur', en: 'Enough social rent' }, timestamp: '…', actor: 'provincie-zuidmark', role: 'bevoegd_gezag' }
 * @see handreiking bijlage 2, voorbeeld 5 ("recht doet aan het bovenregionale belang")
 */
export const RegimeApproveEventSchema = strictObject({
  type: z.literal('regime.approve'),
  supraRegionalInterest: LabelSchema,
  decisionId: OptionalIdSchema,
  ...meta,
});
/** A `regime.approve` event (see {@link RegimeApproveEventSchema}). */
export interface RegimeApproveEvent extends z.output<typeof RegimeApproveEventSchema> {}

/**
 * The province rejects the regional vision because it does not do justice to the supra-regional
 * interest; from then on it takes part in every municipal plan. Only the province.
 *
 * @example
 * { type: 'regime.reject', supraRegionalInterest: { nl: 'Te weinig betaalbaar', en: 'Too little affordable' }, timestamp: '…', actor: 'provincie-zuidmark', role: 'bevoegd_gezag' }
 * @see handreiking bijlage 2, voorbeeld 5
 */
export const RegimeRejectEventSchema = strictObject({
  type: z.literal('regime.reject'),
  supraRegionalInterest: LabelSchema,
  decisionId: OptionalIdSchema,
  ...meta,
});
/** A `regime.reject` event (see {@link RegimeRejectEventSchema}). */
export interface RegimeRejectEvent extends z.output<typeof RegimeRejectEventSchema> {}

/**
 * After a rejection the region may draft again (a new round); the province keeps taking part in
 * plans until a vision is approved.
 *
 * @example
 * { type: 'regime.redraft', timestamp: '…', actor: 'regio-lindt', role: 'trekker' }
 * @see handreiking bijlage 2, voorbeeld 5
 */
export const RegimeRedraftEventSchema = strictObject({
  type: z.literal('regime.redraft'),
  ...meta,
});
/** A `regime.redraft` event (see {@link RegimeRedraftEventSchema}). */
export interface RegimeRedraftEvent extends z.output<typeof RegimeRedraftEventSchema> {}

/**
 * A municipality adopts a plan (bestemmingsplan / omgevingsplan) in the region. Under a rejected
 * vision the province takes part in it; under an approved vision the municipality has room.
 *
 * @example
 * { type: 'regime.municipalPlan', planId: 'op-beekdal-noord', municipality: 'gemeente-beekdal', timestamp: '…', actor: 'gemeente-beekdal', role: 'bevoegd_gezag' }
 * @see handreiking bijlage 2, voorbeeld 5
 */
export const RegimeMunicipalPlanEventSchema = strictObject({
  type: z.literal('regime.municipalPlan'),
  planId: IdSchema,
  municipality: IdSchema,
  ...meta,
});
/** A `regime.municipalPlan` event (see {@link RegimeMunicipalPlanEventSchema}). */
export interface RegimeMunicipalPlanEvent extends z.output<typeof RegimeMunicipalPlanEventSchema> {}

/**
 * The province finds that a municipal plan deviates from the vision in force and intervenes.
 * Only the province; only under an approved or province-written vision.
 *
 * @example
 * { type: 'regime.intervene', planId: 'op-beekdal-noord', deviation: { nl: 'Bouwt in het beekdal', en: 'Builds in the valley' }, timestamp: '…', actor: 'provincie-zuidmark', role: 'bevoegd_gezag' }
 * @see handreiking bijlage 2, voorbeeld 5 ("grijpt de provincie in")
 */
export const RegimeInterveneEventSchema = strictObject({
  type: z.literal('regime.intervene'),
  planId: IdSchema,
  deviation: LabelSchema,
  ...meta,
});
/** A `regime.intervene` event (see {@link RegimeInterveneEventSchema}). */
export interface RegimeInterveneEvent extends z.output<typeof RegimeInterveneEventSchema> {}

/**
 * Every event a delegation-and-oversight regime accepts.
 *
 * @example
 * validate(DelegationRegimeEventSchema, json);
 * @see handreiking bijlage 2, voorbeeld 5
 */
export const DelegationRegimeEventSchema = z.discriminatedUnion('type', [
  RegimeSubmitVisionEventSchema,
  RegimeDeclareNoAgreementEventSchema,
  RegimeSubstituteEventSchema,
  RegimeApproveEventSchema,
  RegimeRejectEventSchema,
  RegimeRedraftEventSchema,
  RegimeMunicipalPlanEventSchema,
  RegimeInterveneEventSchema,
]);
/** An event of a delegation-and-oversight regime. */
export type DelegationRegimeEvent =
  | RegimeSubmitVisionEvent
  | RegimeDeclareNoAgreementEvent
  | RegimeSubstituteEvent
  | RegimeApproveEvent
  | RegimeRejectEvent
  | RegimeRedraftEvent
  | RegimeMunicipalPlanEvent
  | RegimeInterveneEvent;

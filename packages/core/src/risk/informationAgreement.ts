import type * as z from 'zod';
import { IdListSchema, NonEmptyStringSchema, OptionalIsoDateSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema } from '../primitives/isoDate';

/**
 * An information agreement: which party supplies what to whom, by when, and when it was delivered
 * or is now expected. Examples are the data inventory of step 1, base datasets, map layers, or a
 * monitoring figure.
 *
 * @example
 * InformationAgreementSchema.parse({ id: 'i1', subject: 'Stikstofdepositie per hexagon', supplierId: 'provincie-zuidmark', recipientIds: ['gebiedstafel-lindewaard'], dueDate: '2026-03-01', forecastDate: '2026-04-15' });
 * @see handreiking bijlage 1, onderdeel 2 (stap 1: data, eigenaarschap); bijlage 1, onderdeel 1 (GOKIT: Informatie)
 */
export const InformationAgreementSchema = strictObject({
  id: IdSchema,
  subject: NonEmptyStringSchema,
  supplierId: IdSchema,
  recipientIds: IdListSchema,
  dueDate: IsoDateSchema,
  deliveredOn: OptionalIsoDateSchema,
  forecastDate: OptionalIsoDateSchema,
});
/** An information agreement (see {@link InformationAgreementSchema}). */
export type InformationAgreement = z.infer<typeof InformationAgreementSchema>;

import * as z from 'zod';
import { NonNegativeIntSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { InformationAgreementSchema } from './informationAgreement';

/**
 * Informatie of a step, phase or project: the information agreements and how many days late an
 * agreement may be before it is an exception (`lateDays`).
 *
 * @example
 * InformationControlSchema.parse({ agreements: [], tolerance: { lateDays: 14 } });
 * @see handreiking bijlage 1, onderdeel 1 (GOKIT: Informatie)
 */
export const InformationControlSchema = strictObject({
  agreements: z.array(InformationAgreementSchema),
  tolerance: strictObject({ lateDays: NonNegativeIntSchema }),
});
/** Informatie of a step, phase or project (see {@link InformationControlSchema}). */
export type InformationControl = z.infer<typeof InformationControlSchema>;

import * as z from 'zod';
import { IdListSchema, NonEmptyStringSchema, OptionalIsoDateSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { LabelSchema } from '../primitives/labels';

/**
 * A policy starting point (beleidsuitgangspunt) that the parties agree to take into the integrated
 * area weighing: a national, provincial or municipal policy, with the document it comes from, its
 * owner, the opgaven it touches and whether (and when) the table agreed to it.
 *
 * @example
 * const p: PolicyStartingPoint = {
 *   id: 'uitgangspunt-waterbeleid',
 *   title: { nl: 'Water en bodem sturend', en: 'Water and soil guide spatial choices' },
 *   sourceDocument: 'Kamerbrief Water en Bodem Sturend (2022)',
 *   ownerPartyId: 'ministerie-ienw',
 *   opgaveIds: ['opgave-waterberging'],
 *   agreed: true,
 *   agreedOn: '2026-06-10',
 * };
 * @see handreiking bijlage 1, onderdeel 2, stap 1 ("overeenstemming over de beleidsuitgangspunten")
 */
export const PolicyStartingPointSchema = strictObject({
  id: IdSchema,
  title: LabelSchema,
  description: LabelSchema.optional(),
  sourceDocument: NonEmptyStringSchema,
  ownerPartyId: IdSchema,
  opgaveIds: IdListSchema,
  agreed: z.boolean(),
  agreedOn: OptionalIsoDateSchema,
});
/** A policy starting point agreed in step 1. */
export type PolicyStartingPoint = z.infer<typeof PolicyStartingPointSchema>;

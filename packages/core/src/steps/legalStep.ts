import type * as z from 'zod';
import { IdListSchema, OptionalIdSchema, OptionalIsoDateSchema } from '../internal/leafSchemas';
import { schemaIssue } from '../internal/schemaIssue';
import { stepsIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema } from '../primitives/isoDate';
import { LabelSchema } from '../primitives/labels';
import { LegalInstrument } from './legalInstrument';

/**
 * One legal follow-through step: which instrument, for what, which party is bevoegd gezag (and
 * which body adopts it), when the draft is planned and adoption is planned, and when it was adopted.
 *
 * Rules: adoption is not planned before the draft (`adoption_before_draft`).
 *
 * @example
 * const l: LegalStep = {
 *   id: 'verordening-zuidmark-2028',
 *   instrument: 'omgevingsverordening',
 *   subject: { nl: 'Beekdal aangewezen als waterbergingsgebied', en: 'Brook valley designated for water storage' },
 *   bevoegdGezagPartyId: 'provincie-zuidmark',
 *   bodyId: 'ps-zuidmark',
 *   draftPlannedOn: '2028-01-15',
 *   adoptionPlannedOn: '2028-07-01',
 * };
 * @see handreiking §2.7 (juridische doorwerking: provinciale verordening, rijksregels, projectbesluit, coördinatieregeling)
 */
export const LegalStepSchema = strictObject({
  id: IdSchema,
  instrument: LegalInstrument.schema,
  subject: LabelSchema,
  bevoegdGezagPartyId: IdSchema,
  bodyId: OptionalIdSchema,
  draftPlannedOn: OptionalIsoDateSchema,
  adoptionPlannedOn: IsoDateSchema,
  adoptedOn: OptionalIsoDateSchema,
  projectIds: IdListSchema.optional(),
}).superRefine((step, ctx) => {
  if (step.draftPlannedOn !== undefined && step.adoptionPlannedOn < step.draftPlannedOn)
    schemaIssue(ctx, stepsIssues, 'adoption_before_draft', {}, ['adoptionPlannedOn']);
});
/** One legal follow-through step. */
export type LegalStep = z.infer<typeof LegalStepSchema>;

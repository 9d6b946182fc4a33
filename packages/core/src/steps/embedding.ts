import * as z from 'zod';
import { checkUniqueIds } from '../internal/refinementChecks';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema } from '../primitives/isoDate';
import { FinancialObligationSchema } from './financialObligation';
import { LegalStepSchema } from './legalStep';
import { PolicyProgrammeSchema } from './policyProgramme';

/**
 * The deliverable of step 5 (borgen en uitvoeren): the policy programmes that lay down the choices
 * (each with its MER duty), the multi-year investment agenda (the programme document, by id), the
 * legal follow-through with dates and bevoegd gezag, and the moments financial obligations arise.
 *
 * Rules: at least one policy programme and one legal step (structural); ids are unique.
 *
 * @example
 * const step5 = validate(EmbeddingSchema, input);
 * step5.legalFollowThrough.filter((l) => l.instrument === 'omgevingsverordening');
 * @see handreiking bijlage 1, onderdeel 2, stap 5; §2.7
 */
export const EmbeddingSchema = strictObject({
  ...documentHeader('embedding'),
  gebiedsprocesId: IdSchema,
  policyProgrammes: z.array(PolicyProgrammeSchema).min(1),
  investmentAgendaId: IdSchema,
  legalFollowThrough: z.array(LegalStepSchema).min(1),
  financialObligations: z.array(FinancialObligationSchema),
  recordedOn: IsoDateSchema,
}).superRefine((step, ctx) => {
  checkUniqueIds(ctx, step.policyProgrammes, ['policyProgrammes']);
  checkUniqueIds(ctx, step.legalFollowThrough, ['legalFollowThrough']);
  checkUniqueIds(ctx, step.financialObligations, ['financialObligations']);
});
/** The step 5 deliverable: embedding in programmes, investments and law. */
export interface Embedding extends z.output<typeof EmbeddingSchema> {}

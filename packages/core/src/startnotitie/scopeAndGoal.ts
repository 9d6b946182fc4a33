import * as z from 'zod';
import { IdListSchema, NonEmptyStringSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema, YearSchema } from '../primitives/isoDate';
import { TextSchema } from '../primitives/text';

/**
 * The scope of the gebiedsproces (in the startnotitie's area): the opgaven and deelgebieden in scope, and what is
 * explicitly in and out.
 *
 * @example
 * StartnotitieScopeSchema.parse({ inScope: ['Alle opgaven uit het startpakket'], outOfScope: [] });
 * @see handreiking bijlage 1, onderdeel 2, stap 0 ("overeenstemming bereiken over de scope en het doel")
 */
export const StartnotitieScopeSchema = strictObject({
  opgaveIds: IdListSchema.optional(),
  deelgebiedIds: IdListSchema.optional(),
  inScope: z.array(NonEmptyStringSchema).min(1),
  outOfScope: z.array(NonEmptyStringSchema),
});
/** The scope of the gebiedsproces. */
export type StartnotitieScope = z.infer<typeof StartnotitieScopeSchema>;

/**
 * A quality criterion for the results of the process, set in advance and made SMART (Specifiek,
 * Meetbaar, Acceptabel, Realistisch, Tijdsgebonden). These are about the project results, not the
 * criteria of the afwegingskader.
 *
 * @example
 * QualityCriterionSchema.parse({ id: 'k1', description: 'Ruimtelijk voorstel op tijd', specific: '…',
 *   measurable: '…', acceptable: '…', realistic: '…', timeBound: '2027-03-31' });
 * @see handreiking bijlage 1, onderdeel 2 (kwaliteitscriteria vooraf, SMART)
 */
export const QualityCriterionSchema = strictObject({
  id: IdSchema,
  description: TextSchema,
  specific: NonEmptyStringSchema,
  measurable: NonEmptyStringSchema,
  acceptable: NonEmptyStringSchema,
  realistic: NonEmptyStringSchema,
  /** The date by which it must be met. */
  timeBound: IsoDateSchema,
});
/** A SMART quality criterion for the process results. */
export type QualityCriterion = z.infer<typeof QualityCriterionSchema>;

/**
 * The goal of the gebiedsproces: the statement, the horizon (stip op de horizon), the expected
 * results and the quality criteria for them.
 *
 * @example
 * StartnotitieGoalSchema.parse({ statement: 'Een integraal ruimtelijk voorstel', expectedResults: ['Gebiedsvisie'], qualityCriteria: [] });
 * @see handreiking §2.2 (back-casting vanaf de stip op de horizon); bijlage 1, onderdeel 2, stap 0
 */
export const StartnotitieGoalSchema = strictObject({
  statement: NonEmptyStringSchema,
  horizonYear: YearSchema.optional(),
  expectedResults: z.array(NonEmptyStringSchema).min(1),
  qualityCriteria: z.array(QualityCriterionSchema),
});
/** The goal of the gebiedsproces. */
export type StartnotitieGoal = z.infer<typeof StartnotitieGoalSchema>;

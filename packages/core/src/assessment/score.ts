import * as z from 'zod';
import { NonEmptyIdListSchema, OptionalNonEmptyStringSchema } from '../internal/leafSchemas';
import { schemaIssue } from '../internal/schemaIssue';
import { assessmentIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import { IdSchema } from '../primitives/id';
import { LabelSchema, labelledEnum } from '../primitives/labels';
import { UnitSchema } from './criterion';
import { PlusMinusSchema } from './plusMinus';

/**
 * Whether a quantitative score is the indicator's value in the variant (`absolute`) or its change
 * from the reference situation (`change_from_reference`). Both are relative to the same reference,
 * so rankings do not depend on the choice; reports show the change.
 *
 * @example
 * ScoreBasis.label('change_from_reference', 'nl'); // 'Verschil met de referentiesituatie'
 */
export const ScoreBasis = labelledEnum({
  absolute: { nl: 'Absolute waarde', en: 'Absolute value' },
  change_from_reference: { nl: 'Verschil met de referentiesituatie', en: 'Change from the reference situation' },
});
/** One of the {@link ScoreBasis} values. */
export type ScoreBasis = (typeof ScoreBasis)['values'][number];

/**
 * The value of a score: a number in a unit (which must be the criterion's unit) or a plus–minus step.
 *
 * @example
 * ScoreValueSchema.parse({ scale: 'quantitative', value: 150, unit: 'ha', basis: 'absolute' });
 * ScoreValueSchema.parse({ scale: 'plus_minus', value: '+' });
 */
export const ScoreValueSchema = z.discriminatedUnion('scale', [
  strictObject({
    scale: z.literal('quantitative'),
    value: z.number(),
    unit: UnitSchema,
    basis: ScoreBasis.schema,
  }),
  strictObject({ scale: z.literal('plus_minus'), value: PlusMinusSchema }),
]);
/** The value of a score. */
export type ScoreValue = z.infer<typeof ScoreValueSchema>;

/**
 * How uncertain a score is, for SMAA: a uniform interval, a triangular distribution (mode = the
 * score), a normal distribution with a standard deviation (in the criterion's unit), or an
 * interval of plus–minus steps (uniform over the steps).
 *
 * @example
 * ScoreUncertaintySchema.parse({ kind: 'interval', low: 120, high: 160 });
 */
export const ScoreUncertaintySchema = z.discriminatedUnion('kind', [
  strictObject({ kind: z.literal('interval'), low: z.number(), high: z.number() }),
  strictObject({ kind: z.literal('triangular'), low: z.number(), high: z.number() }),
  strictObject({ kind: z.literal('normal'), sd: z.number().positive() }),
  strictObject({ kind: z.literal('plus_minus_interval'), low: PlusMinusSchema, high: PlusMinusSchema }),
]);
/** How uncertain a score is. */
export type ScoreUncertainty = z.infer<typeof ScoreUncertaintySchema>;

/**
 * The score of one variant on one criterion, with its uncertainty, and optionally the score after
 * the variant's mitigating measures.
 *
 * @example
 * ScoreSchema.parse({ variantId: 'variant-a', criterionId: 'waterberging', value: { scale: 'quantitative', value: 150, unit: 'ha', basis: 'absolute' } });
 * @see handreiking bijlage 1, onderdeel 2, stap 4; §2.5 (referentiesituatie, mitigerende maatregelen)
 */
export const ScoreSchema = strictObject({
  variantId: IdSchema,
  criterionId: IdSchema,
  value: ScoreValueSchema,
  uncertainty: ScoreUncertaintySchema.optional(),
  mitigated: strictObject({ value: ScoreValueSchema, mitigationIds: NonEmptyIdListSchema }).optional(),
  motivation: LabelSchema.optional(),
  source: OptionalNonEmptyStringSchema,
});
/** The score of one variant on one criterion. */
export type Score = z.infer<typeof ScoreSchema>;

/**
 * A table of scores for an afwegingskader: at most one score per variant and criterion.
 *
 * @example
 * ScoreTableSchema.parse({ kind: 'scoreTable', schemaVersion: 2, id: 'scores-lindewaard', afwegingskaderId: 'lindewaard-afwegingskader', scores: [] });
 * @see handreiking bijlage 1, onderdeel 2, stap 4
 */
export const ScoreTableSchema = strictObject({
  ...documentHeader('scoreTable'),
  afwegingskaderId: IdSchema,
  scores: z.array(ScoreSchema),
}).superRefine((table, ctx) => {
  const seen = new Set<string>();
  for (const [i, s] of table.scores.entries()) {
    const key = `${s.variantId}\u0000${s.criterionId}`;
    if (seen.has(key))
      schemaIssue(ctx, assessmentIssues, 'duplicate_score', { variantId: s.variantId, criterionId: s.criterionId }, [
        'scores',
        i,
      ]);
    seen.add(key);
  }
});
/** A table of scores. */
export interface ScoreTable extends z.output<typeof ScoreTableSchema> {}

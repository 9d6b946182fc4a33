import * as z from 'zod';
import { IdListSchema, NonNegativeNumberSchema } from '../internal/leafSchemas';
import { schemaIssue } from '../internal/schemaIssue';
import { programmeIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema } from '../primitives/isoDate';
import { LabelSchema, labelledEnum } from '../primitives/labels';
import { EuroCentsSchema } from '../primitives/money';
import { CapacityJudgementSchema, CapacityVerdict } from './capacityJudgement';

/**
 * The UDO judgement for one affected government: can it carry this out — its tasks, the
 * expertise, the people (FTE needed and available), the money (needed and available, in cents) and
 * its overall uitvoeringskracht — and the verdict with conditions.
 *
 * Rules: a verdict other than sufficient states its conditions or what is missing
 * (`verdict_without_conditions`).
 *
 * @example
 * const g = validate(GovernmentFeasibilitySchema, input);
 * g.verdict; // 'conditional'
 * @see handreiking §2.7 ("Maak gebruik van een uitvoerbaarheidstoets (UDO) vooraf")
 */
export const GovernmentFeasibilitySchema = strictObject({
  partyId: IdSchema,
  tasks: z.array(LabelSchema).min(1),
  expertise: CapacityJudgementSchema,
  people: CapacityJudgementSchema.extend({
    fteNeeded: NonNegativeNumberSchema.optional(),
    fteAvailable: NonNegativeNumberSchema.optional(),
  }),
  money: CapacityJudgementSchema.extend({
    neededCents: EuroCentsSchema.nonnegative().optional(),
    availableCents: EuroCentsSchema.nonnegative().optional(),
  }),
  uitvoeringskracht: CapacityJudgementSchema,
  verdict: CapacityVerdict.schema,
  conditions: z.array(LabelSchema),
}).superRefine((g, ctx) => {
  if (g.verdict !== 'sufficient' && g.conditions.length === 0)
    schemaIssue(ctx, programmeIssues, 'verdict_without_conditions', {}, ['conditions']);
});
/** The UDO judgement for one government. */
export type GovernmentFeasibility = z.infer<typeof GovernmentFeasibilitySchema>;

/**
 * The direction of an effect on people and the living environment.
 *
 * @example
 * EffectDirection.label('negative', 'nl'); // 'Negatief'
 */
export const EffectDirection = labelledEnum({
  positive: { nl: 'Positief', en: 'Positive' },
  negative: { nl: 'Negatief', en: 'Negative' },
  mixed: { nl: 'Gemengd', en: 'Mixed' },
});
/** One of the {@link EffectDirection} values. */
export type EffectDirection = (typeof EffectDirection)['values'][number];

/**
 * An effect of the plans on people and the living environment (health, nuisance, landscape,
 * nature). The handreiking names it as a question apart from whether governments can carry the
 * plans out, so it is kept apart from the UDO judgements.
 *
 * @example
 * const e: LivingEnvironmentEffect = { id: 'effect-geluid', subject: { nl: 'Geluid windturbines', en: 'Wind turbine noise' }, direction: 'negative', description: { nl: 'Hinder in Hoeverveen', en: 'Nuisance in Hoeverveen' } };
 * @see handreiking §2.7 ("effecten die de ontwikkelingen kunnen hebben op mens en (leef)milieu")
 */
export const LivingEnvironmentEffectSchema = strictObject({
  id: IdSchema,
  subject: LabelSchema,
  direction: EffectDirection.schema,
  description: LabelSchema,
  opgaveIds: IdListSchema.optional(),
});
/** An effect on people and the living environment. */
export type LivingEnvironmentEffect = z.infer<typeof LivingEnvironmentEffectSchema>;

/**
 * A feasibility check up front (UDO, uitvoerbaarheidstoets decentrale overheden): what is
 * checked, when, the judgement per affected government, and — kept apart — the effects on people
 * and the living environment. One judgement per government (`duplicate_government`).
 *
 * @example
 * const udo = validate(FeasibilityCheckSchema, input);
 * udo.governments.filter((g) => g.verdict === 'insufficient');
 * @see handreiking §2.7 ("Maak gebruik van een uitvoerbaarheidstoets (UDO) vooraf")
 */
export const FeasibilityCheckSchema = strictObject({
  ...documentHeader('feasibilityCheck'),
  gebiedsprocesId: IdSchema,
  subject: LabelSchema,
  checkedOn: IsoDateSchema,
  governments: z.array(GovernmentFeasibilitySchema).min(1),
  livingEnvironmentEffects: z.array(LivingEnvironmentEffectSchema),
}).superRefine((check, ctx) => {
  const seen = new Set<string>();
  for (const [index, g] of check.governments.entries()) {
    if (seen.has(g.partyId))
      schemaIssue(ctx, programmeIssues, 'duplicate_government', { partyId: g.partyId }, [
        'governments',
        index,
        'partyId',
      ]);
    seen.add(g.partyId);
  }
});
/** A UDO feasibility check (see {@link FeasibilityCheckSchema}). */
export interface FeasibilityCheck extends z.output<typeof FeasibilityCheckSchema> {}

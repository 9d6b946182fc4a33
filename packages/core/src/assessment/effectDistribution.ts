import * as z from 'zod';
import { IdListSchema, NonNegativeNumberSchema, OptionalIdSchema } from '../internal/leafSchemas';
import { schemaIssue } from '../internal/schemaIssue';
import { assessmentIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { LabelSchema } from '../primitives/labels';
import { EuroCentsSchema } from '../primitives/money';
import { PlusMinusSchema } from './plusMinus';

/**
 * One effect of a variant on a party or an area: its strength on the plus–minus scale (`+`/`++`
 * a gain, `-`/`--` a loss, `0` neutral), optionally money (positive = the party gains money, in
 * cents), and on which criterion it shows. At least one of `partyId` and `areaId` is given.
 *
 * @example
 * EffectSchema.parse({ id: 'e1', variantId: 'variant-b', partyId: 'lto', strength: '--', description: { nl: 'Verlies landbouwgrond', en: 'Loss of farmland' } });
 * @see handreiking slotwoord ("winst en verlies bij alle transities eerlijk verdeeld")
 */
export const EffectSchema = strictObject({
  id: IdSchema,
  variantId: IdSchema,
  partyId: OptionalIdSchema,
  areaId: OptionalIdSchema,
  criterionId: OptionalIdSchema,
  strength: PlusMinusSchema,
  amountCents: EuroCentsSchema.optional(),
  description: LabelSchema,
}).superRefine((e, ctx) => {
  if (e.partyId === undefined && e.areaId === undefined)
    schemaIssue(ctx, assessmentIssues, 'effect_without_bearer', {});
});
/** One effect of a variant on a party or an area. */
export type Effect = z.infer<typeof EffectSchema>;

/**
 * The effects on one party or area in one variant, summed: gains, losses and the net balance
 * (plus–minus steps mapped to numbers) and net money.
 *
 * @example
 * EffectBalanceSchema.parse({ subjectId: 'lto', gains: 0, losses: 1, net: -2, netAmountCents: 0, effectIds: ['e1'] });
 */
export const EffectBalanceSchema = strictObject({
  subjectId: IdSchema,
  gains: z.number().int().min(0),
  losses: z.number().int().min(0),
  net: z.number(),
  netAmountCents: EuroCentsSchema,
  effectIds: IdListSchema,
});
/** The summed effects on one party or area. */
export type EffectBalance = z.infer<typeof EffectBalanceSchema>;

/**
 * Who gains and who loses in one variant, per party and per area, with the parties and areas whose
 * balance is positive (gainers) and negative (losers), and the spread between the best and worst
 * off party (a simple fairness indicator; 0 when all parties are equally off).
 *
 * @example
 * EffectDistributionSchema.parse({ variantId: 'variant-a', byParty: [], byArea: [], gainers: [], losers: [], partySpread: 0 });
 * @see handreiking slotwoord (eerlijke verdeling van winst en verlies)
 */
export const EffectDistributionSchema = strictObject({
  variantId: IdSchema,
  byParty: z.array(EffectBalanceSchema),
  byArea: z.array(EffectBalanceSchema),
  gainers: IdListSchema,
  losers: IdListSchema,
  partySpread: NonNegativeNumberSchema,
});
/** Who gains and who loses in one variant. */
export type EffectDistribution = z.infer<typeof EffectDistributionSchema>;

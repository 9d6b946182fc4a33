import * as z from 'zod';
import { NonNegativeNumberSchema } from '../internal/leafSchemas';
import { schemaIssue } from '../internal/schemaIssue';
import { assessmentIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { labelledEnum } from '../primitives/labels';

/**
 * The six generalised criteria of PROMETHEE (Brans & Vincke 1985), by name. Thresholds are in the
 * criterion's unit (plus–minus criteria: in mapped steps): `q` indifference, `p` strict preference,
 * `s` the Gaussian inflection point.
 *
 * @example
 * PreferenceFunctionType.label('v_shape', 'nl'); // 'V-vorm (lineair tot p)'
 */
export const PreferenceFunctionType = labelledEnum({
  usual: { nl: 'Gewoon (elk verschil telt volledig)', en: 'Usual (any difference counts fully)' },
  u_shape: { nl: 'U-vorm (indifferentie tot q)', en: 'U-shape (indifference up to q)' },
  v_shape: { nl: 'V-vorm (lineair tot p)', en: 'V-shape (linear up to p)' },
  level: { nl: 'Niveau (half tussen q en p)', en: 'Level (half between q and p)' },
  linear: { nl: 'Lineair met indifferentiegebied (q tot p)', en: 'Linear with indifference area (q to p)' },
  gaussian: { nl: 'Gaussisch (buigpunt s)', en: 'Gaussian (inflection point s)' },
});
/** One of the {@link PreferenceFunctionType} values. */
export type PreferenceFunctionType = (typeof PreferenceFunctionType)['values'][number];

const qp = (fn: { q: number; p: number }) => fn.q < fn.p;
/**
 * A PROMETHEE preference function: how a difference `d` between two variants on one criterion
 * becomes a preference degree between 0 and 1.
 *
 * PROMETHEE comes from outside the handreiking: J.P. Brans and Ph. Vincke, "A preference ranking
 * organisation method", Management Science 31(6), 1985, 647–656.
 *
 * @example
 * PreferenceFunctionSchema.parse({ type: 'linear', q: 5, p: 20 });
 */
export const PreferenceFunctionSchema = z
  .discriminatedUnion('type', [
    strictObject({ type: z.literal('usual') }),
    strictObject({ type: z.literal('u_shape'), q: NonNegativeNumberSchema }),
    strictObject({ type: z.literal('v_shape'), p: z.number().positive() }),
    strictObject({ type: z.literal('level'), q: NonNegativeNumberSchema, p: z.number().positive() }),
    strictObject({ type: z.literal('linear'), q: NonNegativeNumberSchema, p: z.number().positive() }),
    strictObject({ type: z.literal('gaussian'), s: z.number().positive() }),
  ])
  .superRefine((fn, ctx) => {
    if ((fn.type === 'level' || fn.type === 'linear') && !qp(fn))
      schemaIssue(ctx, assessmentIssues, 'thresholds_out_of_order', {}, ['q']);
  });
/** A PROMETHEE preference function. */
export type PreferenceFunction = z.infer<typeof PreferenceFunctionSchema>;

/**
 * The preference function of one criterion.
 *
 * @example
 * CriterionPreferenceSchema.parse({ criterionId: 'kosten', function: { type: 'v_shape', p: 50 } });
 */
export const CriterionPreferenceSchema = strictObject({
  criterionId: IdSchema,
  function: PreferenceFunctionSchema,
});
/** The preference function of one criterion. */
export type CriterionPreference = z.infer<typeof CriterionPreferenceSchema>;

/**
 * The PROMETHEE flows of one variant: leaving (positive) flow φ⁺, entering (negative) flow φ⁻ and
 * the net flow φ = φ⁺ − φ⁻ that PROMETHEE II ranks by.
 *
 * @example
 * PrometheeFlowSchema.parse({ variantId: 'variant-a', positive: 0.4, negative: 0.1, net: 0.3 });
 */
export const PrometheeFlowSchema = strictObject({
  variantId: IdSchema,
  positive: z.number(),
  negative: z.number(),
  net: z.number(),
});
/** The PROMETHEE flows of one variant. */
export type PrometheeFlow = z.infer<typeof PrometheeFlowSchema>;

import * as z from 'zod';
import { NonNegativeIntSchema, NonNegativeNumberSchema, UnitIntervalSchema } from '../internal/leafSchemas';
import { schemaIssue } from '../internal/schemaIssue';
import { riskIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { LabelSchema } from '../primitives/labels';
import { ControlStatus } from './controlStatus';

const ClassNumberSchema = z.number().int().min(1).max(10);

/**
 * One class of the probability scale: its number (1 = lowest), label and the upper bound of the
 * probability it stands for (for example class 2 = "klein", up to 0.1).
 *
 * @example
 * ProbabilityClassSchema.parse({ class: 1, label: { nl: 'Zeer klein', en: 'Very low' }, upTo: 0.01 });
 * @see handreiking bijlage 1, onderdeel 1 (Risico's)
 */
export const ProbabilityClassSchema = strictObject({
  class: ClassNumberSchema,
  label: LabelSchema,
  upTo: UnitIntervalSchema.optional(),
});
/** One class of the probability scale. */
export type ProbabilityClass = z.infer<typeof ProbabilityClassSchema>;

/**
 * One class of the impact scale: its number, label and, optionally, what it means per aspect (the
 * upper bound of the money impact in euro cents and of the time impact in days).
 *
 * @example
 * ImpactClassSchema.parse({ class: 3, label: { nl: 'Middel', en: 'Medium' }, upTo: { money: 1_000_000_00, time: 90 } });
 * @see handreiking bijlage 1, onderdeel 1 (Risico's)
 */
export const ImpactClassSchema = strictObject({
  class: ClassNumberSchema,
  label: LabelSchema,
  upTo: strictObject({ money: NonNegativeIntSchema.optional(), time: NonNegativeNumberSchema.optional() }).optional(),
});
/** One class of the impact scale. */
export type ImpactClass = z.infer<typeof ImpactClassSchema>;

/**
 * A band of risk scores (probability class × impact class) with a label, a colour for the heat
 * map and the control status a risk in this band gives the R of GOKIT-R.
 *
 * @example
 * ScoreBandSchema.parse({ id: 'hoog', label: { nl: 'Hoog', en: 'High' }, minScore: 15, maxScore: 25, status: 'off_track', colour: '#d7301f' });
 * @see handreiking bijlage 1, onderdeel 1 (Risico's)
 */
export const ScoreBandSchema = strictObject({
  id: IdSchema,
  label: LabelSchema,
  minScore: z.number().int().min(1),
  maxScore: z.number().int().min(1),
  status: ControlStatus.schema,
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/),
});
/** A band of risk scores (see {@link ScoreBandSchema}). */
export type ScoreBand = z.infer<typeof ScoreBandSchema>;

/**
 * The scales of a risk register: probability classes, impact classes and score bands. Classes are
 * numbered 1..n without gaps; the bands cover every score from 1 to the highest product without
 * gaps or overlap. 5 × 5 is the usual choice (the risk package exports a default).
 *
 * @example
 * // see defaultRiskScales in @gebiedsgericht/risk
 * @see handreiking bijlage 1, onderdeel 1 (Risico's)
 */
export const RiskScalesSchema = strictObject({
  probability: z.array(ProbabilityClassSchema).min(2),
  impact: z.array(ImpactClassSchema).min(2),
  bands: z.array(ScoreBandSchema).min(1),
}).superRefine((scales, ctx) => {
  for (const key of ['probability', 'impact'] as const) {
    scales[key].forEach((c, i) => {
      if (c.class !== i + 1)
        schemaIssue(ctx, riskIssues, 'scale_classes_not_consecutive', { expected: i + 1 }, [key, i, 'class']);
    });
  }
  const max = scales.probability.length * scales.impact.length;
  const sorted = scales.bands.map((b, i) => ({ b, i })).sort((x, y) => x.b.minScore - y.b.minScore);
  let next = 1;
  for (const { b, i } of sorted) {
    if (b.minScore > b.maxScore || b.minScore !== next) {
      schemaIssue(ctx, riskIssues, 'score_bands_not_contiguous', { max, at: next }, ['bands', i]);
      return;
    }
    next = b.maxScore + 1;
  }
  if (next !== max + 1)
    schemaIssue(ctx, riskIssues, 'score_bands_not_contiguous', { max, at: next <= max ? next : max + 1 }, ['bands']);
});
/** The scales of a risk register (see {@link RiskScalesSchema}). */
export type RiskScales = z.infer<typeof RiskScalesSchema>;

import * as z from 'zod';
import { schemaIssue } from '../internal/schemaIssue';
import { riskIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';

/**
 * The uncertainty of an amount (euro cents) or duration (days) in an estimate: a fixed value, a
 * uniform range, a triangular distribution (min, most likely, max) or a PERT distribution (a Beta
 * distribution over min..max with mean (min + 4·mode + max)/6). Min ≤ mode ≤ max.
 *
 * @example
 * RangeDistributionSchema.parse({ type: 'pert', min: 800, mode: 1000, max: 1500 });
 * @see handreiking bijlage 1, onderdeel 1 (planning van resources en middelen; CROW, Standaardsystematiek voor Kostenramingen (outside the handreiking))
 */
export const RangeDistributionSchema = z
  .discriminatedUnion('type', [
    strictObject({ type: z.literal('fixed'), value: z.number() }),
    strictObject({ type: z.literal('uniform'), min: z.number(), max: z.number() }),
    strictObject({ type: z.literal('triangular'), min: z.number(), mode: z.number(), max: z.number() }),
    strictObject({ type: z.literal('pert'), min: z.number(), mode: z.number(), max: z.number() }),
  ])
  .superRefine((range, ctx) => {
    if (range.type === 'fixed') return;
    if (range.min > range.max) {
      schemaIssue(ctx, riskIssues, 'min_above_max', { min: range.min, max: range.max }, ['max']);
      return;
    }
    if (range.type !== 'uniform' && (range.mode < range.min || range.mode > range.max)) {
      schemaIssue(ctx, riskIssues, 'mode_outside_range', { mode: range.mode, min: range.min, max: range.max }, [
        'mode',
      ]);
    }
  });
/** The uncertainty of an amount or duration (see {@link RangeDistributionSchema}). */
export type RangeDistribution = z.infer<typeof RangeDistributionSchema>;

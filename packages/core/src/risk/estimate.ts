import * as z from 'zod';
import { UnitIntervalSchema } from '../internal/leafSchemas';
import { schemaIssue } from '../internal/schemaIssue';
import { riskIssues, sharedIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import { ControlScopeSchema } from './controlScope';
import { EstimateItemSchema } from './estimateItem';
import type { RangeDistribution } from './rangeDistribution';
import { RiskEventSchema } from './riskEvent';

/**
 * A probabilistic estimate of Geld (unit `euro_cents`, integers) or Tijd (unit `days`, a serial
 * chain of durations: the total is the sum) of a step, project or programme: the base items with
 * their ranges and the discrete risk events. `baseEstimate` is the deterministic estimate the
 * contingency is measured from; when absent it is the sum of the most likely values of the items.
 * `certainAbove` (optional, for example 0.5) treats risk events whose probability is above it as
 * certain: they always occur in the simulation.
 *
 * @example
 * EstimateSchema.parse({ kind: 'estimate', schemaVersion: 2, id: 'n-weg-kosten', scope: { level: 'project', programmeId: 'lindewaard', projectId: 'n-weg' }, aspect: 'money', unit: 'euro_cents', items: [{ id: 'a', label: 'Asfalt', range: { type: 'triangular', min: 90, mode: 100, max: 130 } }], riskEvents: [] });
 * @see handreiking bijlage 1, onderdeel 1 (GOKIT: Geld, Tijd; optimistische planning; CROW SSK (outside the handreiking))
 */
export const EstimateSchema = strictObject({
  ...documentHeader('estimate'),
  scope: ControlScopeSchema,
  aspect: z.enum(['money', 'time']),
  unit: z.enum(['euro_cents', 'days']),
  baseEstimate: z.number().optional(),
  certainAbove: UnitIntervalSchema.optional(),
  items: z.array(EstimateItemSchema).min(1),
  riskEvents: z.array(RiskEventSchema),
}).superRefine((estimate, ctx) => {
  if ((estimate.aspect === 'money') !== (estimate.unit === 'euro_cents'))
    schemaIssue(ctx, riskIssues, 'unit_does_not_fit_aspect', {}, ['unit']);
  const seen = new Set<string>();
  const checkRange = (range: RangeDistribution, path: (string | number)[]) => {
    if (estimate.unit !== 'euro_cents') return;
    const values =
      range.type === 'fixed'
        ? [range.value]
        : range.type === 'uniform'
          ? [range.min, range.max]
          : [range.min, range.mode, range.max];
    if (!values.every(Number.isSafeInteger)) schemaIssue(ctx, riskIssues, 'amount_not_in_cents', {}, path);
  };
  estimate.items.forEach((item, i) => {
    if (seen.has(item.id)) schemaIssue(ctx, sharedIssues, 'duplicate_id', { id: item.id }, ['items', i, 'id']);
    seen.add(item.id);
    checkRange(item.range, ['items', i, 'range']);
  });
  estimate.riskEvents.forEach((event, i) => {
    if (seen.has(event.id)) schemaIssue(ctx, sharedIssues, 'duplicate_id', { id: event.id }, ['riskEvents', i, 'id']);
    seen.add(event.id);
    checkRange(event.consequence, ['riskEvents', i, 'consequence']);
  });
});
/** A probabilistic estimate of Geld or Tijd (see {@link EstimateSchema}). */
export interface Estimate extends z.output<typeof EstimateSchema> {}

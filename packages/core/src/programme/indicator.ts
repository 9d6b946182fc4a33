import * as z from 'zod';
import { IdListSchema, NonEmptyStringSchema, OptionalIdSchema } from '../internal/leafSchemas';
import { schemaIssue } from '../internal/schemaIssue';
import { programmeIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema, YearSchema } from '../primitives/isoDate';
import { LabelSchema, labelledEnum } from '../primitives/labels';
import { BredeWelvaartTheme, IndicatorKind } from './indicatorKind';

/**
 * Which way an indicator should move: up, down, or stay within a band.
 *
 * @example
 * IndicatorDirection.label('down', 'nl'); // 'Omlaag is beter'
 * @see handreiking §2.2 (monitoring)
 */
export const IndicatorDirection = labelledEnum({
  up: { nl: 'Omhoog is beter', en: 'Up is better' },
  down: { nl: 'Omlaag is beter', en: 'Down is better' },
  band: { nl: 'Binnen een bandbreedte', en: 'Within a band' },
});
/** One of the {@link IndicatorDirection} values. */
export type IndicatorDirection = (typeof IndicatorDirection)['values'][number];

/**
 * An indicator for monitoring: what it measures and in which unit, its kind (agreed result,
 * outcome, brede welvaart with its theme, context), the goals or opgaven it follows, its source
 * (often a knowledge source of step 1), baseline and target, and a trigger value agreed in advance
 * that puts a scoped herijking on the next agenda when crossed.
 *
 * Rules: a brede-welvaart indicator names its theme (`brede_welvaart_without_theme`).
 *
 * @example
 * const i: Indicator = {
 *   id: 'indicator-woningen',
 *   name: { nl: 'Opgeleverde woningen', en: 'Homes completed' },
 *   kind: 'agreed_result',
 *   unit: 'woningen',
 *   direction: 'up',
 *   goalIds: ['doel-wonen-2035'],
 *   opgaveIds: ['opgave-wonen'],
 *   baseline: { value: 0, on: '2026-01-01' },
 *   target: { value: 4000, year: 2035 },
 * };
 * @see handreiking §2.2 ("lerend evalueren dat verder gaat dan het monitoren van afgesproken resultaten"); §2.6
 */
export const IndicatorSchema = strictObject({
  id: IdSchema,
  name: LabelSchema,
  kind: IndicatorKind.schema,
  theme: BredeWelvaartTheme.schema.optional(),
  unit: NonEmptyStringSchema,
  direction: IndicatorDirection.schema,
  goalIds: IdListSchema,
  opgaveIds: IdListSchema,
  sourceId: OptionalIdSchema,
  baseline: strictObject({ value: z.number(), on: IsoDateSchema }).optional(),
  target: strictObject({ value: z.number(), year: YearSchema }).optional(),
  triggerValue: z.number().optional(),
}).superRefine((indicator, ctx) => {
  if (indicator.kind === 'brede_welvaart' && indicator.theme === undefined)
    schemaIssue(ctx, programmeIssues, 'brede_welvaart_without_theme', {}, ['theme']);
});
/** An indicator for monitoring. */
export type Indicator = z.infer<typeof IndicatorSchema>;

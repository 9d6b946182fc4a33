import type * as z from 'zod';
import { OptionalIsoDateSchema, PositiveIntSchema } from '../internal/leafSchemas';
import { schemaRefinement } from '../internal/schemaIssue';
import { sharedIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { IsoDateSchema } from '../primitives/isoDate';
import { labelledEnum } from '../primitives/labels';

/**
 * The calendar unit of a recurrence.
 *
 * @example
 * RecurrenceUnit.label('months', 'nl'); // 'maanden'
 * @see handreiking bijlage 2, voorbeeld 6
 */
export const RecurrenceUnit = labelledEnum({
  days: { nl: 'dagen', en: 'days' },
  weeks: { nl: 'weken', en: 'weeks' },
  months: { nl: 'maanden', en: 'months' },
  years: { nl: 'jaren', en: 'years' },
});
/** A calendar unit of a recurrence (see {@link RecurrenceUnit}). */
export type RecurrenceUnit = (typeof RecurrenceUnit)['values'][number];
/** zod schema of {@link RecurrenceUnit}. */
export const RecurrenceUnitSchema = RecurrenceUnit.schema;

/**
 * A recurring moment as data: every `every` `unit`s from the date `from`, optionally until a date.
 * Twice a year is `{ every: 6, unit: 'months', from: '2026-03-12' }`. Expanding it into dates is a
 * pure calculation for the caller (or `@gebiedsgericht/process`); nothing here reads the clock.
 *
 * @example
 * RecurrenceSchema.parse({ every: 6, unit: 'months', from: '2026-03-12' });
 * @see handreiking bijlage 2, voorbeeld 6 (ontwikkeldagen twee keer per jaar)
 */
export const RecurrenceSchema = strictObject({
  every: PositiveIntSchema,
  unit: RecurrenceUnitSchema,
  from: IsoDateSchema,
  until: OptionalIsoDateSchema,
}).refine((r) => r.until === undefined || r.until >= r.from, {
  ...schemaRefinement(sharedIssues, 'ends_before_start', { whatNl: 'De herhaling', whatEn: 'The recurrence' }),
  path: ['until'],
});
/** A recurring moment. */
export type Recurrence = z.infer<typeof RecurrenceSchema>;

import type * as z from 'zod';
import { NonNegativeIntSchema, NonNegativeNumberSchema, UnitIntervalSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { LabelSchema, labelledEnum } from '../primitives/labels';

/**
 * The bands of the Mediatorsfederatie Nederland figures on hours of talks (gesprekstijd).
 *
 * @example
 * DurationBand.label('five_to_ten_hours', 'nl'); // 'Tussen vijf en tien uur gesprekstijd'
 * @see handreiking bijlage 1, onderdeel 4
 */
export const DurationBand = labelledEnum({
  within_five_hours: { nl: 'Binnen vijf uur gesprekstijd', en: 'Within five hours of talks' },
  five_to_ten_hours: { nl: 'Tussen vijf en tien uur gesprekstijd', en: 'Between five and ten hours of talks' },
  over_ten_hours: { nl: 'Meer dan tien uur gesprekstijd', en: 'More than ten hours of talks' },
});
/** One of the {@link DurationBand} values. */
export type DurationBand = (typeof DurationBand)['values'][number];

/**
 * Where a running mediation stands against the Mediatorsfederatie Nederland reference: hours of
 * talks so far, the band, the share of mediations that (per the reference) had ended before this
 * band began, the share that ended by the end of it (absent for the open last band), and a message.
 *
 * @example
 * const s: DurationStanding = { sessionHours: 6, sessionCount: 3, band: 'five_to_ten_hours', shareEndedBeforeBand: 0.25, shareEndedByEndOfBand: 0.6, message: { nl: '…', en: '…' } };
 * @see handreiking bijlage 1, onderdeel 4 (MfN: circa 25% binnen vijf uur, circa 35% tussen vijf en tien uur)
 */
export const DurationStandingSchema = strictObject({
  sessionHours: NonNegativeNumberSchema,
  sessionCount: NonNegativeIntSchema,
  band: DurationBand.schema,
  shareEndedBeforeBand: UnitIntervalSchema,
  shareEndedByEndOfBand: UnitIntervalSchema.optional(),
  message: LabelSchema,
});
/** Where a running mediation stands against the MfN reference. */
export type DurationStanding = z.infer<typeof DurationStandingSchema>;

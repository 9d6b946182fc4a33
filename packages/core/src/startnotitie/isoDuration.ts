import * as z from 'zod';

/**
 * An ISO 8601 duration such as `P6W` (six weeks), `P30D` or `P3M`, for time limits. At least one
 * component; time components after `T`. Months and years are calendar units: add them to a date
 * with a calendar library rather than converting them to days.
 *
 * @example
 * IsoDurationSchema.parse('P6W');
 * @see ISO 8601-1:2019 §5.5.2 (durations)
 */
export const IsoDurationSchema = z
  .string()
  .regex(/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/);
/** An ISO 8601 duration string. */
export type IsoDuration = z.infer<typeof IsoDurationSchema>;

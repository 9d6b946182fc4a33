import { IsoDateTimeSchema } from '@gebiedsgericht/core';
import { z } from 'zod';
import { FindingSchema } from './finding';
import { ReflectionDocumentKind } from './reflectionDocumentKind';

/**
 * The result of a reflection check: when it ran (the caller's `now`), which input parts were
 * present, which rules ran, how many findings there are per severity, and the findings in their
 * one stable order (severity, rule id, path). Plain JSON.
 *
 * @example
 * const report = reflect({ startnotitie }, { now });
 * if (report.counts.error > 0) console.log('Het procesontwerp heeft fouten');
 * @see handreiking §1
 */
export const ReflectionReportSchema = z.strictObject({
  checkedAt: IsoDateTimeSchema,
  documents: z.array(ReflectionDocumentKind.schema).min(1),
  rulesRun: z.array(z.string().min(1)),
  counts: z.strictObject({
    error: z.number().int().nonnegative(),
    warning: z.number().int().nonnegative(),
    info: z.number().int().nonnegative(),
  }),
  findings: z.array(FindingSchema),
});
/** The result of a reflection check. */
export type ReflectionReport = z.infer<typeof ReflectionReportSchema>;

import * as z from 'zod';
import { IdListSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import { IdSchema } from '../primitives/id';
import { AspectAssessmentSchema } from './aspectAssessment';
import { ControlExceptionSchema } from './controlException';
import { GokitStatusSchema } from './gokitStatus';

/**
 * The GOKIT-R report of a measure and decision point: the verdict per control aspect, the compact
 * status, the top risks of the register, and the exceptions that go up a level.
 *
 * @example
 * // produced by assessControlSheet() in @gebiedsgericht/risk
 * @see handreiking bijlage 1, onderdeel 1 (meet- en beslispunten; GOKIT-R)
 */
export const ControlReportSchema = strictObject({
  ...documentHeader('controlReport'),
  sheetId: IdSchema,
  status: GokitStatusSchema,
  aspects: z.array(AspectAssessmentSchema),
  topRiskIds: IdListSchema,
  exceptions: z.array(ControlExceptionSchema),
});
/** The GOKIT-R report of a measure point (see {@link ControlReportSchema}). */
export interface ControlReport extends z.output<typeof ControlReportSchema> {}

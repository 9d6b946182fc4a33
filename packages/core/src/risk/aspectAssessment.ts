import * as z from 'zod';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { LabelSchema } from '../primitives/labels';
import { ControlAspect } from './controlAspect';
import { ControlStatus } from './controlStatus';

/**
 * The verdict on one control aspect at a measure point: its status and the findings behind it
 * (one per budget, schedule, criterion, agreement or role that was checked), each with its own
 * status and a bilingual explanation.
 *
 * @example
 * AspectAssessmentSchema.parse({ aspect: 'time', status: 'on_track', findings: [] });
 * @see handreiking bijlage 1, onderdeel 1 (GOKIT meet- en beslispunten)
 */
export const AspectAssessmentSchema = strictObject({
  aspect: ControlAspect.schema,
  status: ControlStatus.schema,
  findings: z.array(
    strictObject({
      subjectId: IdSchema,
      status: ControlStatus.schema,
      norm: z.number().optional(),
      forecast: z.number().optional(),
      deviation: z.number().optional(),
      text: LabelSchema,
    }),
  ),
});
/** The verdict on one control aspect (see {@link AspectAssessmentSchema}). */
export type AspectAssessment = z.infer<typeof AspectAssessmentSchema>;

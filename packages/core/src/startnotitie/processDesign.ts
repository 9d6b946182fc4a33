import * as z from 'zod';
import { NonEmptyStringSchema, OptionalNonEmptyStringSchema } from '../internal/leafSchemas';
import { schemaRefinement } from '../internal/schemaIssue';
import { sharedIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema } from '../primitives/isoDate';
import { IsoDurationSchema } from './isoDuration';

/**
 * The planning of one step of the step template: when it starts and ends, an optional timebox
 * (Bijlage 1 stap 1: "Blijf niet te lang hangen in deze stap") and its deliverable.
 *
 * @example
 * PlannedStepSchema.parse({ stepId: 'opstart', plannedStart: '2026-01-12', plannedEnd: '2026-03-31', deliverable: 'Startnotitie' });
 * @see handreiking bijlage 1, onderdeel 2
 */
export const PlannedStepSchema = strictObject({
  stepId: IdSchema,
  plannedStart: IsoDateSchema,
  plannedEnd: IsoDateSchema,
  timebox: IsoDurationSchema.optional(),
  deliverable: OptionalNonEmptyStringSchema,
}).refine((s) => s.plannedEnd >= s.plannedStart, {
  ...schemaRefinement(sharedIssues, 'ends_before_start', { whatNl: 'De stap', whatEn: 'The step' }),
  path: ['plannedEnd'],
});
/** The planning of one step. */
export type PlannedStep = z.infer<typeof PlannedStepSchema>;

/**
 * The process design: which step template (by id; steps 0–5 by default, another sequence such as
 * Rivierenland's four steps is another template), the planning per step, and how the long-term
 * process is kept apart from short-term activities (quick wins, pilots).
 *
 * @example
 * ProcessDesignSchema.parse({ stepTemplateId: 'handreiking-0-5', steps: [...], longTermTrack: '…' });
 * @see handreiking bijlage 1, onderdeel 2 (stappen; "Organiseer het gebiedsproces (langere termijn) los van korte termijn activiteiten")
 */
export const ProcessDesignSchema = strictObject({
  stepTemplateId: IdSchema,
  steps: z.array(PlannedStepSchema).min(1),
  longTermTrack: NonEmptyStringSchema,
  shortTermTrack: OptionalNonEmptyStringSchema,
  /** Working methods such as design ateliers, werksessies, ontwikkeldagen. */
  workingMethods: z.array(NonEmptyStringSchema).optional(),
});
/** The process design of the gebiedsproces. */
export type ProcessDesign = z.infer<typeof ProcessDesignSchema>;

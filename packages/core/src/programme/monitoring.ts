import * as z from 'zod';
import { checkUniqueIds } from '../internal/refinementChecks';
import { schemaIssue } from '../internal/schemaIssue';
import { programmeIssues, sharedIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import { IdSchema } from '../primitives/id';
import { EvaluationSchema } from './evaluation';
import { IndicatorSchema } from './indicator';
import { LessonActionSchema, LessonSchema, ProgrammeChangeSchema } from './learning';
import { MeasurementSchema } from './measurement';

/**
 * Monitoring and learning of an area process: indicators (including brede welvaart) and their
 * measurements, evaluation records, and the chain lessons → actions → changes, so every change can
 * be traced to what was learned.
 *
 * Rules (all `unknown_reference` with the path of the broken link): measurements and evaluations
 * name indicators of this document; lessons name evaluations; actions name lessons; changes name
 * actions. A major change carries the decision that approved it (`major_change_without_decision`).
 *
 * @example
 * const monitoring = validate(MonitoringSchema, input);
 * monitoring.changes.filter((c) => c.size === 'major');
 * @see handreiking §2.2; §2.7 ("permanente lerende evaluatie"; bijlage 1); bijlage 1, onderdeel 2 (monitoring voedt programmering)
 */
export const MonitoringSchema = strictObject({
  ...documentHeader('monitoring'),
  gebiedsprocesId: IdSchema,
  indicators: z.array(IndicatorSchema).min(1),
  measurements: z.array(MeasurementSchema),
  evaluations: z.array(EvaluationSchema),
  lessons: z.array(LessonSchema),
  actions: z.array(LessonActionSchema),
  changes: z.array(ProgrammeChangeSchema),
}).superRefine((doc, ctx) => {
  checkUniqueIds(ctx, doc.indicators, ['indicators']);
  checkUniqueIds(ctx, doc.evaluations, ['evaluations']);
  checkUniqueIds(ctx, doc.lessons, ['lessons']);
  checkUniqueIds(ctx, doc.actions, ['actions']);
  checkUniqueIds(ctx, doc.changes, ['changes']);
  const known = (ids: readonly { id: string }[]) => new Set(ids.map((x) => x.id));
  const indicators = known(doc.indicators);
  const evaluations = known(doc.evaluations);
  const lessons = known(doc.lessons);
  const actions = known(doc.actions);
  const missing = (set: Set<string>, id: string | undefined, path: (string | number)[], what: string) => {
    if (id !== undefined && !set.has(id))
      schemaIssue(ctx, sharedIssues, 'unknown_reference', { id, whatNl: what, whatEn: what }, path);
  };
  for (const [i, m] of doc.measurements.entries())
    missing(indicators, m.indicatorId, ['measurements', i, 'indicatorId'], 'indicator');
  for (const [i, e] of doc.evaluations.entries())
    for (const [j, id] of e.indicatorIds.entries())
      missing(indicators, id, ['evaluations', i, 'indicatorIds', j], 'indicator');
  for (const [i, l] of doc.lessons.entries())
    missing(evaluations, l.evaluationId, ['lessons', i, 'evaluationId'], 'evaluation');
  for (const [i, a] of doc.actions.entries())
    for (const [j, id] of a.lessonIds.entries()) missing(lessons, id, ['actions', i, 'lessonIds', j], 'lesson');
  for (const [i, c] of doc.changes.entries()) {
    for (const [j, id] of c.actionIds.entries()) missing(actions, id, ['changes', i, 'actionIds', j], 'action');
    if (c.size === 'major' && c.decisionId === undefined)
      schemaIssue(ctx, programmeIssues, 'major_change_without_decision', {}, ['changes', i, 'decisionId']);
  }
});
/** Monitoring and learning of an area process (see {@link MonitoringSchema}). */
export interface Monitoring extends z.output<typeof MonitoringSchema> {}

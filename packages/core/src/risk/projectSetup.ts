import * as z from 'zod';
import { NonNegativeNumberSchema, OptionalIsoDateSchema, OptionalNonEmptyStringSchema } from '../internal/leafSchemas';
import { schemaIssue } from '../internal/schemaIssue';
import { sharedIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema } from '../primitives/isoDate';
import { labelledEnum } from '../primitives/labels';
import { EuroCentsSchema } from '../primitives/money';
import { ChangeLogEntrySchema } from './changeLogEntry';
import { ControlAspect } from './controlAspect';
import { ControlScopeSchema } from './controlScope';
import { MethodProfileSchema } from './methodProfile';
import { SmartCriterionSchema } from './smartCriterion';

/**
 * The parts a proper project plan covers ("opzet en inhoud").
 *
 * @example
 * PlanPart.label('approach', 'nl'); // 'Aanpak'
 * @see handreiking bijlage 1, onderdeel 1 (geen goed projectplan)
 */
export const PlanPart = labelledEnum({
  goal: { nl: 'Doel', en: 'Goal' },
  result: { nl: 'Beoogd resultaat', en: 'Intended result' },
  approach: { nl: 'Aanpak', en: 'Approach' },
  organisation: { nl: 'Organisatie en rollen', en: 'Organisation and roles' },
  planning: { nl: 'Planning', en: 'Schedule' },
  budget: { nl: 'Budget', en: 'Budget' },
  risks: { nl: 'Risico’s', en: 'Risks' },
  decision_points: { nl: 'Meet- en beslispunten', en: 'Measure and decision points' },
});
/** One of the {@link PlanPart} values. */
export type PlanPart = (typeof PlanPart)['values'][number];

/**
 * The set-up of a project (or of a step of the area process) as far as the failure factors of the
 * handreiking are concerned: who the principal is, the plan and what it covers, goal, result and
 * SMART quality criteria, the method profile, what the planning assumes next to what the estimates
 * say, the change log, how progress is controlled and when the measure and decision points are.
 *
 * @example
 * // see checkFailureFactors() in @gebiedsgericht/risk
 * @see handreiking bijlage 1, onderdeel 1 (faalfactoren)
 */
export const ProjectSetupSchema = strictObject({
  ...documentHeader('projectSetup'),
  scope: ControlScopeSchema,
  start: IsoDateSchema,
  plannedFinish: IsoDateSchema,
  principals: z.array(strictObject({ partyId: IdSchema, lead: z.boolean() })),
  plan: strictObject({
    approvedOn: OptionalIsoDateSchema,
    covers: z.array(PlanPart.schema),
  }).optional(),
  goal: OptionalNonEmptyStringSchema,
  result: OptionalNonEmptyStringSchema,
  qualityCriteria: z.array(SmartCriterionSchema),
  method: MethodProfileSchema,
  planning: strictObject({
    budget: EuroCentsSchema.optional(),
    costP50: z.number().optional(),
    plannedDurationDays: NonNegativeNumberSchema.optional(),
    durationP50Days: NonNegativeNumberSchema.optional(),
    requiredHours: NonNegativeNumberSchema.optional(),
    committedHours: NonNegativeNumberSchema.optional(),
  }).optional(),
  changeLog: z.array(ChangeLogEntrySchema),
  progressControl: strictObject({
    lastMeasuredOn: OptionalIsoDateSchema,
    aspectsMonitored: z.array(ControlAspect.schema),
  }),
  measureAndDecisionPoints: z.array(IsoDateSchema),
}).superRefine((setup, ctx) => {
  if (setup.start > setup.plannedFinish)
    schemaIssue(
      ctx,
      sharedIssues,
      'ends_before_start',
      { whatNl: 'Het project', whatEn: 'The project', from: setup.start, to: setup.plannedFinish },
      ['plannedFinish'],
    );
});
/** The set-up of a project for the failure-factor check (see {@link ProjectSetupSchema}). */
export interface ProjectSetup extends z.output<typeof ProjectSetupSchema> {}

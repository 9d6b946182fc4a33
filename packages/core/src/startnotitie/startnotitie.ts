import * as z from 'zod';
import {
  NonEmptyStringSchema,
  OptionalIdSchema,
  OptionalNonEmptyStringSchema,
  PositiveIntSchema,
} from '../internal/leafSchemas';
import { checkRef, checkUniqueIds } from '../internal/refinementChecks';
import { schemaIssue } from '../internal/schemaIssue';
import { sharedIssues, startnotitieIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema } from '../primitives/isoDate';
import { ChangeAgreementsSchema } from './changeAgreements';
import { CollaborationLevelSchema } from './collaborationLevel';
import { CommunicationAgreementsSchema } from './communicationAgreements';
import { DataAgreementsSchema } from './dataAgreements';
import { DecisionMakingSchema } from './decisionMaking';
import { EscalationModelSchema } from './escalationModel';
import { ContinuityAgreementsSchema, EvaluationCadenceSchema, GlossaryEntrySchema } from './evaluationAndContinuity';
import { IjkmomentScheduleSchema } from './ijkmomentSchedule';
import { ParticipationPlanSchema } from './participationPlan';
import { PartyAgreementSchema } from './partyAgreement';
import { ProcessDesignSchema } from './processDesign';
import { StartnotitieGoalSchema, StartnotitieScopeSchema } from './scopeAndGoal';

/**
 * Whether the startnotitie is a draft or adopted; an adopted one says when (and by which decision).
 *
 * @example
 * StartnotitieAdoptionSchema.parse({ status: 'vastgesteld', adoptedOn: '2026-03-26', decisionId: 'besluit-startnotitie' });
 * @see handreiking bijlage 1, onderdeel 2, stap 0
 */
export const StartnotitieAdoptionSchema = z.discriminatedUnion('status', [
  strictObject({ status: z.literal('concept') }),
  strictObject({ status: z.literal('vastgesteld'), adoptedOn: IsoDateSchema, decisionId: OptionalIdSchema }),
]);
/** Draft or adopted. */
export type StartnotitieAdoption = z.infer<typeof StartnotitieAdoptionSchema>;

/**
 * The startnotitie (or plan van aanpak) that closes step 0: scope and goal, the process design
 * (step template and planning), decision making (who decides what, in which body), roles, tasks,
 * responsibilities, own interests and committed capacity and means per party, the collaboration
 * level, the participation plan, communication and data agreements, the change rules, the
 * escalation model (with a required final level), the ijkmoment schedule in two kinds plus
 * external deadlines, the evaluation cadence, continuity agreements across elections and a shared
 * glossary.
 *
 * Beyond each part's own checks it rejects: duplicate ids, steps or party agreements; a decision
 * rule, consent step or reopenable step that is not a planned step; a participation activity for
 * an unknown stakeholder; a duplicate glossary term; a commitment that ends before it starts.
 * References to parties, bodies and structures are checked against an actors document with
 * {@link startnotitieReferenceIssues}.
 *
 * @example
 * const startnotitie = validate(StartnotitieSchema, JSON.parse(text));
 * @see handreiking bijlage 1, onderdeel 2, stap 0 (`localName`: "Kies een andere naam voor de startnotitie als dat passender is"); §2.3; §2.6; §2.7
 */
export const StartnotitieSchema = strictObject({
  ...documentHeader('startnotitie'),
  title: NonEmptyStringSchema,
  /** The name used locally when it is not "startnotitie", for example "Plan van aanpak". */
  localName: OptionalNonEmptyStringSchema,
  areaId: IdSchema,
  actorsId: OptionalIdSchema,
  opgavenId: OptionalIdSchema,
  version: PositiveIntSchema,
  adoption: StartnotitieAdoptionSchema,
  scope: StartnotitieScopeSchema,
  goal: StartnotitieGoalSchema,
  processDesign: ProcessDesignSchema,
  decisionMaking: DecisionMakingSchema,
  partyAgreements: z.array(PartyAgreementSchema).min(1),
  collaborationLevel: CollaborationLevelSchema,
  participation: ParticipationPlanSchema,
  communication: CommunicationAgreementsSchema,
  data: DataAgreementsSchema,
  changeRules: ChangeAgreementsSchema,
  escalation: EscalationModelSchema,
  ijkmomenten: IjkmomentScheduleSchema,
  evaluation: EvaluationCadenceSchema,
  continuity: ContinuityAgreementsSchema,
  glossary: z.array(GlossaryEntrySchema).min(1),
}).superRefine((doc, ctx) => {
  const stepIds = new Set<string>();
  doc.processDesign.steps.forEach((s, i) => {
    if (stepIds.has(s.stepId)) {
      schemaIssue(ctx, sharedIssues, 'duplicate_id', { id: s.stepId }, ['processDesign', 'steps', i, 'stepId']);
    }
    stepIds.add(s.stepId);
  });
  checkUniqueIds(ctx, doc.decisionMaking.rules, ['decisionMaking', 'rules'], 'decision rules');
  doc.decisionMaking.rules.forEach((rule, i) => {
    for (const [j, sid] of (rule.stepIds ?? []).entries()) {
      checkRef(ctx, stepIds, sid, ['decisionMaking', 'rules', i, 'stepIds', j], 'planned step');
    }
  });
  for (const [j, sid] of doc.decisionMaking.consentStepIds.entries()) {
    checkRef(ctx, stepIds, sid, ['decisionMaking', 'consentStepIds', j], 'planned step');
  }
  for (const [j, sid] of (doc.changeRules.major.reopenableStepIds ?? []).entries()) {
    checkRef(ctx, stepIds, sid, ['changeRules', 'major', 'reopenableStepIds', j], 'planned step');
  }
  const agreed = new Set<string>();
  doc.partyAgreements.forEach((a, i) => {
    if (agreed.has(a.partyId)) {
      schemaIssue(ctx, startnotitieIssues, 'duplicate_party_agreement', { partyId: a.partyId }, [
        'partyAgreements',
        i,
        'partyId',
      ]);
    }
    agreed.add(a.partyId);
    if (a.commitment.until < a.commitment.from) {
      schemaIssue(
        ctx,
        sharedIssues,
        'ends_before_start',
        {
          whatNl: 'De inzet van capaciteit en middelen',
          whatEn: 'The commitment of capacity and means',
          from: a.commitment.from,
          to: a.commitment.until,
        },
        ['partyAgreements', i, 'commitment', 'until'],
      );
    }
  });
  const stakeholderIds = checkUniqueIds(
    ctx,
    doc.participation.stakeholders,
    ['participation', 'stakeholders'],
    'stakeholders',
  );
  doc.participation.activities.forEach((act, i) => {
    for (const [j, sid] of act.stakeholderIds.entries()) {
      checkRef(ctx, stakeholderIds, sid, ['participation', 'activities', i, 'stakeholderIds', j], 'stakeholder');
    }
    for (const [j, sid] of (act.stepIds ?? []).entries()) {
      checkRef(ctx, stepIds, sid, ['participation', 'activities', i, 'stepIds', j], 'planned step');
    }
  });
  checkUniqueIds(
    ctx,
    [...doc.ijkmomenten.programmeMoments, ...doc.ijkmomenten.regionalMoments, ...doc.ijkmomenten.externalDeadlines],
    ['ijkmomenten'],
    'ijkmomenten',
  );
  const terms = new Set<string>();
  doc.glossary.forEach((entry, i) => {
    const key = entry.term.trim().toLowerCase();
    if (terms.has(key)) {
      schemaIssue(ctx, startnotitieIssues, 'duplicate_term', { term: entry.term }, ['glossary', i, 'term']);
    }
    terms.add(key);
  });
});
/**
 * The startnotitie (plan van aanpak): the type of a document that {@link StartnotitieSchema}
 * accepts. A named interface, so editors and declaration files show `Startnotitie` instead of the
 * whole expanded shape.
 */
export interface Startnotitie extends z.infer<typeof StartnotitieSchema> {}

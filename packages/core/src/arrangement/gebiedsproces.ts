import * as z from 'zod';
import { AreaSchema } from '../area/area';
import { OpgavenSchema } from '../area/opgaven';
import { AgreementSchema } from '../decisions/agreement';
import { BestuursovereenkomstSchema } from '../decisions/bestuursovereenkomst';
import { ConsentSchema } from '../decisions/consent';
import { DecisionSchema } from '../decisions/decision';
import { DeferredChoiceSchema } from '../decisions/deferredChoice';
import { OptionalIdSchema } from '../internal/leafSchemas';
import { checkUniqueIds } from '../internal/refinementChecks';
import { schemaIssue } from '../internal/schemaIssue';
import { arrangementIssues, sharedIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { DisputeSchema } from '../mediation/dispute';
import { MediationOutcomeSchema } from '../mediation/mediationOutcome';
import { runtimeMessages } from '../messages';
import { ActorsSchema } from '../parties/actors';
import { governmentLayerOf } from '../parties/governmentLayer';
import { documentHeader } from '../primitives/document';
import type { IssuePath } from '../primitives/errors';
import { IdSchema } from '../primitives/id';
import { NameSchema } from '../primitives/text';
import { AuditEntrySchema } from '../process/auditEntry';
import { FeasibilityCheckSchema } from '../programme/feasibilityCheck';
import { MonitoringSchema } from '../programme/monitoring';
import { ProgrammeSchema } from '../programme/programme';
import { IjkmomentRecordSchema } from '../records/ijkmomentRecord';
import { KnelpuntRecordSchema } from '../records/knelpuntRecord';
import { RiskRegisterSchema } from '../risk/riskRegister';
import { StartnotitieSchema } from '../startnotitie/startnotitie';
import { StepDeliverablesSchema } from './stepDeliverables';

/**
 * Everything of one area process (gebiedsproces) in one document: the actors (parties with their
 * bodies, persons, roles and structures), the area, the opgaven, the startnotitie, the deliverables
 * of steps 1–5, decisions, consents of the medeoverheden, agreements and bestuursovereenkomsten,
 * deferred choices, ijkmoment and knelpunt records, the programme, monitoring, UDO feasibility
 * checks, and — by the shapes of the risk, mediation and process sections — the risk register,
 * disputes with their mediation outcomes and the audit log.
 *
 * Cross-references are checked over ids, each with a stable code and the path of the broken link:
 * - `consent_from_outside_process`: consent from a party that is not a government of this process;
 *   `body_not_of_party`: a consent or decision names a body that is not a body of that party;
 * - `unknown_party`, `unknown_step` (a step not in the startnotitie's process design),
 *   `unknown_goal`, `unknown_opgave`, `unknown_decision`, `unknown_variant`,
 *   `unknown_randvoorwaarde`, `unknown_dispute`, `unknown_programme`: a reference to something
 *   that is not in this document;
 * - `wrong_process`: a deliverable or record that belongs to another area process; `wrong_area`:
 *   a startnotitie or opgaven document about another area; `horizon_mismatch`: the vision's horizon
 *   year differs from the area's;
 * - `duplicate_id` within decisions, consents, agreements and records.
 *
 * @example
 * const lindewaard = validate(GebiedsprocesSchema, JSON.parse(text));
 * lindewaard.consents.filter((c) => c.outcome === 'amended');
 * @see handreiking §2.1; §2.2; §2.3; §2.4; §2.5; §2.6; §2.7 (bijlage 1); bijlage 1, onderdeel 2 (DOMAIN "Scale: area processes and the provincial arrangement")
 */
export const GebiedsprocesSchema = strictObject({
  ...documentHeader('gebiedsproces'),
  name: NameSchema,
  provinceId: IdSchema,
  regisseurPartyId: IdSchema,
  stepTemplateId: OptionalIdSchema,
  actors: ActorsSchema,
  area: AreaSchema,
  opgaven: OpgavenSchema,
  startnotitie: StartnotitieSchema.optional(),
  deliverables: StepDeliverablesSchema,
  decisions: z.array(DecisionSchema),
  consents: z.array(ConsentSchema),
  agreements: z.array(AgreementSchema),
  bestuursovereenkomsten: z.array(BestuursovereenkomstSchema),
  deferredChoices: z.array(DeferredChoiceSchema),
  ijkmomenten: z.array(IjkmomentRecordSchema),
  knelpunten: z.array(KnelpuntRecordSchema),
  programme: ProgrammeSchema.optional(),
  monitoring: MonitoringSchema.optional(),
  feasibilityChecks: z.array(FeasibilityCheckSchema),
  riskRegister: RiskRegisterSchema.optional(),
  disputes: z.array(DisputeSchema).optional(),
  mediationOutcomes: z.array(MediationOutcomeSchema).optional(),
  log: z.array(AuditEntrySchema).optional(),
}).superRefine((doc, ctx) => {
  const parties = new Map(doc.actors.parties.map((p) => [p.id, p]));
  const bodyOwner = new Map<string, string>();
  for (const party of doc.actors.parties) for (const body of party.bodies ?? []) bodyOwner.set(body.id, party.id);
  const opgaven = new Set(doc.opgaven.opgaven.map((o) => o.id));
  const goals = new Set(doc.deliverables.visionAndFramework?.vision.goals.map((g) => g.id) ?? []);
  const decisions = new Set(doc.decisions.map((d) => d.id));
  const haveVision = doc.deliverables.visionAndFramework !== undefined;
  const disputes = doc.disputes === undefined ? undefined : new Set(doc.disputes.map((d) => d.id));

  const stepIds =
    doc.startnotitie === undefined ? undefined : new Set(doc.startnotitie.processDesign.steps.map((st) => st.stepId));
  const step = (id: string | undefined, path: IssuePath) => {
    if (id !== undefined && stepIds !== undefined && !stepIds.has(id))
      schemaIssue(ctx, runtimeMessages, 'unknown_step', { stepId: id }, path);
  };
  const party = (id: string, path: IssuePath) => {
    if (!parties.has(id)) schemaIssue(ctx, sharedIssues, 'unknown_party', { partyId: id }, path);
  };
  const body = (partyId: string, bodyId: string, path: IssuePath) => {
    if (parties.has(partyId) && bodyOwner.get(bodyId) !== partyId)
      schemaIssue(ctx, sharedIssues, 'body_not_of_party', { bodyId, partyId }, path);
  };
  const goal = (id: string, path: IssuePath) => {
    if (haveVision && !goals.has(id)) schemaIssue(ctx, sharedIssues, 'unknown_goal', { goalId: id }, path);
  };
  const opgave = (id: string, path: IssuePath) => {
    if (!opgaven.has(id)) schemaIssue(ctx, arrangementIssues, 'unknown_opgave', { opgaveId: id }, path);
  };
  const decision = (id: string | undefined, path: IssuePath) => {
    if (id !== undefined && !decisions.has(id))
      schemaIssue(ctx, runtimeMessages, 'unknown_decision', { decisionId: id }, path);
  };
  const ownProcess = (id: string, path: IssuePath) => {
    if (id !== doc.id) schemaIssue(ctx, arrangementIssues, 'wrong_process', { found: id, expected: doc.id }, path);
  };

  if (doc.startnotitie !== undefined && doc.startnotitie.areaId !== doc.area.id)
    schemaIssue(ctx, sharedIssues, 'wrong_area', { found: doc.startnotitie.areaId, expected: doc.area.id }, [
      'startnotitie',
      'areaId',
    ]);
  if (doc.opgaven.areaId !== doc.area.id)
    schemaIssue(ctx, sharedIssues, 'wrong_area', { found: doc.opgaven.areaId, expected: doc.area.id }, [
      'opgaven',
      'areaId',
    ]);
  const horizon = doc.deliverables.visionAndFramework?.vision.horizonYear;
  if (horizon !== undefined && doc.area.horizonYear !== undefined && horizon !== doc.area.horizonYear)
    schemaIssue(ctx, arrangementIssues, 'horizon_mismatch', { horizon, horizonYear: doc.area.horizonYear }, [
      'deliverables',
      'visionAndFramework',
      'vision',
      'horizonYear',
    ]);
  party(doc.provinceId, ['provinceId']);
  party(doc.regisseurPartyId, ['regisseurPartyId']);

  checkUniqueIds(ctx, doc.decisions, ['decisions']);
  for (const [i, d] of doc.decisions.entries()) {
    party(d.partyId, ['decisions', i, 'partyId']);
    step(d.stepId, ['decisions', i, 'stepId']);
    body(d.partyId, d.bodyId, ['decisions', i, 'bodyId']);
    party(d.decidedBy.partyId, ['decisions', i, 'decidedBy', 'partyId']);
    for (const [j, g] of d.servesGoalIds.entries()) goal(g, ['decisions', i, 'servesGoalIds', j]);
  }

  checkUniqueIds(ctx, doc.consents, ['consents']);
  for (const [i, c] of doc.consents.entries()) {
    const p = parties.get(c.partyId);
    if (p === undefined || governmentLayerOf(p.kind) === undefined)
      schemaIssue(ctx, arrangementIssues, 'consent_from_outside_process', { partyId: c.partyId }, [
        'consents',
        i,
        'partyId',
      ]);
    else body(c.partyId, c.bodyId, ['consents', i, 'bodyId']);
    decision(c.decisionId, ['consents', i, 'decisionId']);
    step(c.stepId, ['consents', i, 'stepId']);
    for (const [j, t] of c.targetChanges.entries()) opgave(t.opgaveId, ['consents', i, 'targetChanges', j, 'opgaveId']);
  }

  checkUniqueIds(ctx, doc.agreements, ['agreements']);
  for (const [i, a] of doc.agreements.entries()) {
    for (const [j, p] of a.partyIds.entries()) party(p, ['agreements', i, 'partyIds', j]);
    for (const [j, f] of a.finance.entries()) party(f.payerPartyId, ['agreements', i, 'finance', j, 'payerPartyId']);
    for (const [j, id] of (a.decisionIds ?? []).entries()) decision(id, ['agreements', i, 'decisionIds', j]);
  }
  checkUniqueIds(ctx, doc.bestuursovereenkomsten, ['bestuursovereenkomsten']);
  for (const [i, bo] of doc.bestuursovereenkomsten.entries())
    for (const [j, p] of bo.partyIds.entries()) party(p, ['bestuursovereenkomsten', i, 'partyIds', j]);

  checkUniqueIds(ctx, doc.deferredChoices, ['deferredChoices']);
  for (const [i, d] of doc.deferredChoices.entries()) {
    party(d.ownerPartyId, ['deferredChoices', i, 'ownerPartyId']);
    step(d.stepId, ['deferredChoices', i, 'stepId']);
    decision(d.decisionId, ['deferredChoices', i, 'decisionId']);
  }

  checkUniqueIds(ctx, doc.ijkmomenten, ['ijkmomenten']);
  for (const [i, m] of doc.ijkmomenten.entries())
    if (!m.gebiedsprocesIds.includes(doc.id))
      schemaIssue(ctx, arrangementIssues, 'wrong_process', { found: m.gebiedsprocesIds.join(', '), expected: doc.id }, [
        'ijkmomenten',
        i,
        'gebiedsprocesIds',
      ]);
  checkUniqueIds(ctx, doc.knelpunten, ['knelpunten']);
  for (const [i, k] of doc.knelpunten.entries()) {
    ownProcess(k.gebiedsprocesId, ['knelpunten', i, 'gebiedsprocesId']);
    party(k.raisedBy.partyId, ['knelpunten', i, 'raisedBy', 'partyId']);
    step(k.stepId, ['knelpunten', i, 'stepId']);
    for (const [j, p] of k.parties.entries()) party(p, ['knelpunten', i, 'parties', j]);
    for (const [j, step] of k.escalation.entries()) {
      party(step.handledBy.partyId, ['knelpunten', i, 'escalation', j, 'handledBy', 'partyId']);
      if (step.disputeId !== undefined && disputes !== undefined && !disputes.has(step.disputeId))
        schemaIssue(ctx, arrangementIssues, 'unknown_dispute', { disputeId: step.disputeId }, [
          'knelpunten',
          i,
          'escalation',
          j,
          'disputeId',
        ]);
    }
    for (const [j, o] of k.opgaveIds.entries()) opgave(o, ['knelpunten', i, 'opgaveIds', j]);
    for (const [j, step] of k.escalation.entries())
      decision(step.outcome?.decisionId, ['knelpunten', i, 'escalation', j, 'outcome', 'decisionId']);
  }

  const { dataInventory, visionAndFramework, developmentVariants, assessmentAndChoice, embedding } = doc.deliverables;
  for (const [key, deliverable] of Object.entries(doc.deliverables))
    if (deliverable !== undefined) ownProcess(deliverable.gebiedsprocesId, ['deliverables', key, 'gebiedsprocesId']);
  for (const [i, p] of (dataInventory?.policyStartingPoints ?? []).entries())
    party(p.ownerPartyId, ['deliverables', 'dataInventory', 'policyStartingPoints', i, 'ownerPartyId']);

  const randvoorwaarden = new Set(visionAndFramework?.randvoorwaarden.map((r) => r.id) ?? []);
  const variants = new Set<string>();
  for (const [i, v] of (developmentVariants?.variantSet.variants ?? []).entries()) {
    variants.add(v.id);
    const base = ['deliverables', 'developmentVariants', 'variantSet', 'variants', i];
    for (const [j, c] of v.claims.entries()) opgave(c.opgaveId, [...base, 'claims', j, 'opgaveId']);
    if (visionAndFramework !== undefined)
      for (const [j, judgement] of (v.judgements ?? []).entries())
        if (!randvoorwaarden.has(judgement.randvoorwaardeId))
          schemaIssue(
            ctx,
            arrangementIssues,
            'unknown_randvoorwaarde',
            { randvoorwaardeId: judgement.randvoorwaardeId },
            [...base, 'judgements', j, 'randvoorwaardeId'],
          );
  }
  if (assessmentAndChoice !== undefined) {
    const base = ['deliverables', 'assessmentAndChoice', 'choice'];
    if (developmentVariants !== undefined && !variants.has(assessmentAndChoice.choice.chosenVariantId))
      schemaIssue(ctx, sharedIssues, 'unknown_variant', { variantId: assessmentAndChoice.choice.chosenVariantId }, [
        ...base,
        'chosenVariantId',
      ]);
    decision(assessmentAndChoice.choice.decisionId, [...base, 'decisionId']);
    for (const [j, impact] of assessmentAndChoice.choice.impactOnOtherPlans.entries())
      party(impact.ownerPartyId, [...base, 'impactOnOtherPlans', j, 'ownerPartyId']);
  }
  for (const [i, p] of (embedding?.policyProgrammes ?? []).entries())
    party(p.ownerPartyId, ['deliverables', 'embedding', 'policyProgrammes', i, 'ownerPartyId']);
  for (const [i, f] of (embedding?.financialObligations ?? []).entries())
    party(f.partyId, ['deliverables', 'embedding', 'financialObligations', i, 'partyId']);
  for (const [i, l] of (embedding?.legalFollowThrough ?? []).entries()) {
    party(l.bevoegdGezagPartyId, ['deliverables', 'embedding', 'legalFollowThrough', i, 'bevoegdGezagPartyId']);
    if (l.bodyId !== undefined)
      body(l.bevoegdGezagPartyId, l.bodyId, ['deliverables', 'embedding', 'legalFollowThrough', i, 'bodyId']);
  }
  if (embedding !== undefined && doc.programme !== undefined && embedding.investmentAgendaId !== doc.programme.id)
    schemaIssue(ctx, arrangementIssues, 'unknown_programme', { investmentAgendaId: embedding.investmentAgendaId }, [
      'deliverables',
      'embedding',
      'investmentAgendaId',
    ]);

  if (doc.programme !== undefined) {
    ownProcess(doc.programme.gebiedsprocesId, ['programme', 'gebiedsprocesId']);
    for (const [i, p] of doc.programme.projects.entries()) {
      party(p.ownerPartyId, ['programme', 'projects', i, 'ownerPartyId']);
      for (const [j, o] of p.opgaveIds.entries()) opgave(o, ['programme', 'projects', i, 'opgaveIds', j]);
      for (const [j, g] of p.goalIds.entries()) goal(g, ['programme', 'projects', i, 'goalIds', j]);
    }
    for (const [i, f] of doc.programme.fundingSources.entries())
      party(f.partyId, ['programme', 'fundingSources', i, 'partyId']);
    for (const [i, q] of doc.programme.quickWins.entries())
      for (const [j, g] of q.longTermGoalIds.entries()) goal(g, ['programme', 'quickWins', i, 'longTermGoalIds', j]);
  }
  if (doc.monitoring !== undefined) ownProcess(doc.monitoring.gebiedsprocesId, ['monitoring', 'gebiedsprocesId']);
  for (const [i, f] of doc.feasibilityChecks.entries()) {
    ownProcess(f.gebiedsprocesId, ['feasibilityChecks', i, 'gebiedsprocesId']);
    for (const [j, g] of f.governments.entries())
      party(g.partyId, ['feasibilityChecks', i, 'governments', j, 'partyId']);
  }
});
/** Everything of one area process (see {@link GebiedsprocesSchema}). */
export interface Gebiedsproces extends z.output<typeof GebiedsprocesSchema> {}

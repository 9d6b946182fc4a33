// The catalogue of reflection rules: one rule per file, named after the rule.

import type { ReflectionRule } from '../reflectionRule';
import { afwentelingNotAssessed } from './afwentelingNotAssessed';
import { changeRulesMissing } from './changeRulesMissing';
import { choiceWithoutMotivation } from './choiceWithoutMotivation';
import { choiceWithoutPlanImpact } from './choiceWithoutPlanImpact';
import { continuityAgreementMissing } from './continuityAgreementMissing';
import { criterionAddedAfterScoring } from './criterionAddedAfterScoring';
import { crossProvinceWithoutCoordination } from './crossProvinceWithoutCoordination';
import { dataOwnershipMissing } from './dataOwnershipMissing';
import { decisionMakingMissing } from './decisionMakingMissing';
import { decisionNearElection } from './decisionNearElection';
import { decisionNotLinkedToVision } from './decisionNotLinkedToVision';
import { decisionPointsTooFew } from './decisionPointsTooFew';
import { deferredChoiceIncomplete } from './deferredChoiceIncomplete';
import { detailLevelsOutOfStep } from './detailLevelsOutOfStep';
import { escalationModelMissing } from './escalationModelMissing';
import { escalationModelWithoutFinalLevel } from './escalationModelWithoutFinalLevel';
import { evaluationCadenceMissing } from './evaluationCadenceMissing';
import { existingCollaborationsNotReused } from './existingCollaborationsNotReused';
import { feasibilityCheckMissing } from './feasibilityCheckMissing';
import { finalLevelHeldByParty } from './finalLevelHeldByParty';
import { goalNotMeasurable } from './goalNotMeasurable';
import { governmentAtTableWithoutAgreement } from './governmentAtTableWithoutAgreement';
import { herijkingFullCycleByDefault } from './herijkingFullCycleByDefault';
import { ijkmomentScheduleMissing } from './ijkmomentScheduleMissing';
import { indicatorsMissing } from './indicatorsMissing';
import { investmentAgendaMissing } from './investmentAgendaMissing';
import { legalFollowThroughMissing } from './legalFollowThroughMissing';
import { longTermNotSeparated } from './longTermNotSeparated';
import { medeoverheidConsentMissing } from './medeoverheidConsentMissing';
import { nationalOpgaveWithoutPlacement } from './nationalOpgaveWithoutPlacement';
import { omgevingsvisieClashWithoutRaad } from './omgevingsvisieClashWithoutRaad';
import { participationInfluenceLevelMissing } from './participationInfluenceLevelMissing';
import { portfolioNotAnchored } from './portfolioNotAnchored';
import { principalUnclear } from './principalUnclear';
import { quickWinNotLinked } from './quickWinNotLinked';
import { residentDialogueLate } from './residentDialogueLate';
import { step1TimeboxExceeded } from './step1TimeboxExceeded';
import { step1TimeboxMissing } from './step1TimeboxMissing';
import { structureNewWithoutJustification } from './structureNewWithoutJustification';
import { tableGovernmentLayersMissing } from './tableGovernmentLayersMissing';
import { tableMoreThanOnePerArea } from './tableMoreThanOnePerArea';
import { variantsFewerThanTwo } from './variantsFewerThanTwo';

export {
  afwentelingNotAssessed,
  changeRulesMissing,
  choiceWithoutMotivation,
  choiceWithoutPlanImpact,
  continuityAgreementMissing,
  criterionAddedAfterScoring,
  crossProvinceWithoutCoordination,
  dataOwnershipMissing,
  decisionMakingMissing,
  decisionNearElection,
  decisionNotLinkedToVision,
  decisionPointsTooFew,
  deferredChoiceIncomplete,
  detailLevelsOutOfStep,
  escalationModelMissing,
  escalationModelWithoutFinalLevel,
  evaluationCadenceMissing,
  existingCollaborationsNotReused,
  feasibilityCheckMissing,
  finalLevelHeldByParty,
  goalNotMeasurable,
  governmentAtTableWithoutAgreement,
  herijkingFullCycleByDefault,
  ijkmomentScheduleMissing,
  indicatorsMissing,
  investmentAgendaMissing,
  legalFollowThroughMissing,
  longTermNotSeparated,
  medeoverheidConsentMissing,
  nationalOpgaveWithoutPlacement,
  omgevingsvisieClashWithoutRaad,
  participationInfluenceLevelMissing,
  portfolioNotAnchored,
  principalUnclear,
  quickWinNotLinked,
  residentDialogueLate,
  step1TimeboxExceeded,
  step1TimeboxMissing,
  structureNewWithoutJustification,
  tableGovernmentLayersMissing,
  tableMoreThanOnePerArea,
  variantsFewerThanTwo,
};

/**
 * Every reflection rule, sorted by id. `reflect` runs them all (or the ones you select by id); the
 * docs page `docs/reflection.md` lists them with their handreiking section.
 *
 * @example
 * reflectionRules.map((r) => `${r.id} (${r.section})`);
 * @see handreiking §1 (reflecteren op voorgenomen processtappen)
 */
export const reflectionRules: readonly ReflectionRule[] = Object.freeze(
  [
    afwentelingNotAssessed,
    changeRulesMissing,
    choiceWithoutMotivation,
    choiceWithoutPlanImpact,
    continuityAgreementMissing,
    criterionAddedAfterScoring,
    crossProvinceWithoutCoordination,
    dataOwnershipMissing,
    decisionMakingMissing,
    decisionNearElection,
    decisionNotLinkedToVision,
    decisionPointsTooFew,
    deferredChoiceIncomplete,
    detailLevelsOutOfStep,
    escalationModelMissing,
    escalationModelWithoutFinalLevel,
    evaluationCadenceMissing,
    existingCollaborationsNotReused,
    feasibilityCheckMissing,
    finalLevelHeldByParty,
    goalNotMeasurable,
    governmentAtTableWithoutAgreement,
    herijkingFullCycleByDefault,
    ijkmomentScheduleMissing,
    indicatorsMissing,
    investmentAgendaMissing,
    legalFollowThroughMissing,
    longTermNotSeparated,
    medeoverheidConsentMissing,
    nationalOpgaveWithoutPlacement,
    omgevingsvisieClashWithoutRaad,
    participationInfluenceLevelMissing,
    portfolioNotAnchored,
    principalUnclear,
    quickWinNotLinked,
    residentDialogueLate,
    step1TimeboxExceeded,
    step1TimeboxMissing,
    structureNewWithoutJustification,
    tableGovernmentLayersMissing,
    tableMoreThanOnePerArea,
    variantsFewerThanTwo,
  ].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
);

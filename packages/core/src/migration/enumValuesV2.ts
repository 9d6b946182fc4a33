import { jsonCopy } from '../primitives/safeValue';

/**
 * The enum values that format version 2 spells differently from version 1: every value that
 * version 1 wrote in camelCase is snake_case from version 2 on (see docs/architecture.md,
 * "Enum values"). Keys are the version 1 values, values the version 2 ones.
 *
 * @example
 * ENUM_VALUES_RENAMED_IN_V2.onTrack; // 'on_track'
 */
export const ENUM_VALUES_RENAMED_IN_V2: Readonly<Record<string, string>> = Object.freeze({
  aboutEveryThreeYears: 'about_every_three_years',
  administrativeChoice: 'administrative_choice',
  adoptedByProvince: 'adopted_by_province',
  agreedResult: 'agreed_result',
  agreementOverdue: 'agreement_overdue',
  arbeidEnVrijeTijd: 'arbeid_en_vrije_tijd',
  areaCharacteristics: 'area_characteristics',
  atLeast: 'at_least',
  atMost: 'at_most',
  atRisk: 'at_risk',
  balansVanDeLeefomgeving: 'balans_van_de_leefomgeving',
  beforeWeights: 'before_weights',
  bestEffort: 'best_effort',
  betweenParties: 'between_parties',
  bredeWelvaart: 'brede_welvaart',
  changeFromReference: 'change_from_reference',
  changingRequirements: 'changing_requirements',
  closedSuspiciouslyFast: 'closed_suspiciously_fast',
  criterionUnit: 'criterion_unit',
  decisionNearElection: 'decision_near_election',
  decisionPoints: 'decision_points',
  deliverableSection: 'deliverable_section',
  escalationOverdue: 'escalation_overdue',
  euroCents: 'euro_cents',
  evaluationDue: 'evaluation_due',
  everyTwoYears: 'every_two_years',
  externalDeadline: 'external_deadline',
  herijkingTriggered: 'herijking_triggered',
  ijkmomentAgenda: 'ijkmoment_agenda',
  inProgress: 'in_progress',
  insteadOfWeights: 'instead_of_weights',
  lastEvaluation: 'last_evaluation',
  materieleWelvaart: 'materiele_welvaart',
  measureChanged: 'measure_changed',
  minMax: 'min_max',
  monitoringStart: 'monitoring_start',
  multipleUse: 'multiple_use',
  nationalFund: 'national_fund',
  nationalRuleChange: 'national_rule_change',
  nextIjkmoment: 'next_ijkmoment',
  noAgreement: 'no_agreement',
  noProgressControl: 'no_progress_control',
  noProperPlan: 'no_proper_plan',
  noShiftToAreas: 'no_shift_to_areas',
  noShiftToFutureGenerations: 'no_shift_to_future_generations',
  noShiftToSectors: 'no_shift_to_sectors',
  notFeasible: 'not_feasible',
  notStarted: 'not_started',
  noviMonitor: 'novi_monitor',
  noviPrinciple: 'novi_principle',
  offTrack: 'off_track',
  onAgenda: 'on_agenda',
  onTrack: 'on_track',
  optimisticPlanning: 'optimistic_planning',
  ownBudget: 'own_budget',
  ownerChanged: 'owner_changed',
  packageDeal: 'package_deal',
  pblPublication: 'pbl_publication',
  planMer: 'plan_mer',
  plusMinus: 'plus_minus',
  plusMinusAtLeast: 'plus_minus_at_least',
  plusMinusInterval: 'plus_minus_interval',
  poorlyDefinedGoal: 'poorly_defined_goal',
  priorityOrder: 'priority_order',
  processControl: 'process_control',
  programmeMoment: 'programme_moment',
  projectMer: 'project_mer',
  projectmatigCreeren: 'projectmatig_creeren',
  provinceDrafting: 'province_drafting',
  provinceIntervenes: 'province_intervenes',
  provinceIntervention: 'province_intervention',
  provincialeStaten: 'provinciale_staten',
  quickWin: 'quick_win',
  regioDeal: 'regio_deal',
  regionalDrafting: 'regional_drafting',
  regionalMoment: 'regional_moment',
  reviewPending: 'review_pending',
  rijkDecides: 'rijk_decides',
  rijkDecision: 'rijk_decision',
  riskEvent: 'risk_event',
  ruimtelijkeVerkenningen: 'ruimtelijke_verkenningen',
  sharedInProcess: 'shared_in_process',
  spatialFit: 'spatial_fit',
  startingPoint: 'starting_point',
  statusChanged: 'status_changed',
  stepClosure: 'step_closure',
  subjectiefWelzijn: 'subjectief_welzijn',
  timeboxExceeded: 'timebox_exceeded',
  tooFewDecisionPoints: 'too_few_decision_points',
  tweedeKamer: 'tweede_kamer',
  uShape: 'u_shape',
  unclearPrincipal: 'unclear_principal',
  underReview: 'under_review',
  vShape: 'v_shape',
  weightedSum: 'weighted_sum',
});

/**
 * Version 1 values that are also field names in some document (`AssessmentResult.spatialFit`,
 * `SpatialClaim.multipleUse`, the `packageDeal` of a knelpunt outcome event, …). As object keys
 * they stay: only enum-keyed maps are renamed.
 */
const FIELD_NAMES = new Set([
  'packageDeal',
  'spatialFit',
  'multipleUse',
  'decisionPoints',
  'statusChanged',
  'weightedSum',
]);

/**
 * Returns a deep copy of a version 1 JSON value with every enum value in version 2 spelling: string
 * values found in {@link ENUM_VALUES_RENAMED_IN_V2}, and object keys of maps keyed by an enum.
 * Strings inside a `path` array name fields, not values, and are kept. Already-renamed values
 * are left alone, so running it twice changes nothing.
 *
 * @example
 * renameEnumValuesV1ToV2({ status: 'onTrack', counts: { atRisk: 1 } });
 * // { status: 'on_track', counts: { at_risk: 1 } }
 */
export function renameEnumValuesV1ToV2(value: unknown): unknown {
  return rename(jsonCopy(value, ['value']), false);
}

function rename(value: unknown, inPath: boolean): unknown {
  if (typeof value === 'string') {
    return !inPath && Object.hasOwn(ENUM_VALUES_RENAMED_IN_V2, value) ? ENUM_VALUES_RENAMED_IN_V2[value] : value;
  }
  if (Array.isArray(value)) return value.map((item) => rename(item, inPath));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const renamed =
      Object.hasOwn(ENUM_VALUES_RENAMED_IN_V2, key) && !FIELD_NAMES.has(key) ? ENUM_VALUES_RENAMED_IN_V2[key] : key;
    out[renamed as string] = rename(item, key === 'path');
  }
  return out;
}

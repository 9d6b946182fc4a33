import {
  type ChangeSubject,
  ControlAspect,
  type FactorVerdict,
  type FailureFactor,
  type FailureFactorCheck,
  IdSchema,
  type IsoDate,
  IsoDateSchema,
  type Label,
  PlanPart,
  ProjectPhase,
  type ProjectSetup,
  ProjectSetupSchema,
  validate,
} from '@gebiedsgericht/core';
import { controlRegime } from './controlRegime';
import { requireRecord } from './internal/arguments';
import { daysBetween } from './internal/status';
import { riskFail } from './messages';

/** The thresholds of {@link checkFailureFactors}; each has a default. */
export interface FailureFactorThresholds {
  /** Weighted changes to goal, requirements, starting points or criteria per quarter (91 days) that give a signal (default 1). */
  readonly changesPerQuarterSignal: number;
  /** … and that make the factor present (default 2). */
  readonly changesPerQuarterPresent: number;
  /** Weight of a major change against a minor one (default 2). */
  readonly majorChangeWeight: number;
  /** Share of required capacity not committed that makes optimistic planning present (default 0.1). */
  readonly capacityShortfallPresent: number;
  /** Longest acceptable gap in days between measure and decision points (default 183: twice a year). */
  readonly maxDaysBetweenPoints: number;
  /** Longest acceptable time in days since progress was last measured (default 92: once a quarter). */
  readonly maxDaysSinceMeasure: number;
}

/**
 * The default thresholds: the SDK's own choices, documented in docs/risk.md (not from the handreiking).
 *
 * @example
 * checkFailureFactors(setup, { checkedOn, thresholds: { ...defaultFailureFactorThresholds, maxDaysBetweenPoints: 120 } });
 * @see handreiking bijlage 1, onderdeel 1 (faalfactoren)
 */
export const defaultFailureFactorThresholds: FailureFactorThresholds = Object.freeze({
  changesPerQuarterSignal: 1,
  changesPerQuarterPresent: 2,
  majorChangeWeight: 2,
  capacityShortfallPresent: 0.1,
  maxDaysBetweenPoints: 183,
  maxDaysSinceMeasure: 92,
});

type Finding = FailureFactorCheck['findings'][number];
const RANK: Record<FactorVerdict, number> = { absent: 0, signal: 1, present: 2 };
const CORE_PARTS = ['goal', 'result', 'approach', 'organisation', 'planning', 'budget'] as const;
const RECOMMENDED_PARTS = ['risks', 'decision_points'] as const;
const REQUIREMENT_SUBJECTS: readonly ChangeSubject[] = ['goal', 'requirement', 'starting_point', 'criterion'];

function finding(
  factor: FailureFactor,
  verdict: FactorVerdict,
  evidence: Label[],
  measured?: number,
  threshold?: number,
): Finding {
  return {
    factor,
    verdict,
    ...(measured !== undefined ? { measured } : {}),
    ...(threshold !== undefined ? { threshold } : {}),
    evidence,
  };
}

/**
 * Checks the set-up of a project (or of a step of the area process) against the seven failure
 * factors the handreiking names, with a verdict per factor (absent, signal, present), what was
 * measured and the evidence:
 *
 * 1. unclear principal: no principal, or several without exactly one lead;
 * 2. no proper plan: no plan, core parts missing (goal, result, approach, organisation, planning,
 *    budget), not approved, or no risks or decision points in it;
 * 3. poorly defined goal and result: goal or result missing, no quality criteria, or criteria that
 *    are not SMART (no deadline, not accepted by any party, no basis for being realistic);
 * 4. optimistic planning: budget below the P50 of the cost estimate, planned duration below the
 *    P50 of the time estimate, committed capacity below the required capacity;
 * 5. requirements that keep changing: weighted changes to goal, requirements, starting points and
 *    criteria per quarter, measured from the change log from the start to `checkedOn`;
 * 6. no control of progress: money, time and quality (result) not all monitored, or not measured
 *    recently;
 * 7. too few measure and decision points: the longest gap between the start, the points (from the
 *    set-up and the method profile) and the planned finish.
 *
 * The thresholds are the SDK's own operationalisation of the handreiking's list; pass your own.
 *
 * Bad input throws a `GebiedsgerichtError`: `invalid_input` for a bad setup (path `['setup']`),
 * date (`['options', 'checkedOn']`) or id (`['options', 'id']`); `invalid_argument` when `options`
 * (`['options']`) or `thresholds` (`['options', 'thresholds']`) is not an object, or for a threshold
 * below 0 (`['options', 'thresholds', name]`); `not_a_finite_number` for a threshold that is not a
 * finite number.
 *
 * @example
 * const check = checkFailureFactors(setup, { checkedOn: '2026-11-01' });
 * check.findings.filter((f) => f.verdict !== 'absent').map((f) => f.factor);
 * @see handreiking bijlage 1, onderdeel 1 (faalfactoren)
 */
export function checkFailureFactors(
  setupInput: ProjectSetup,
  options: { checkedOn: IsoDate; id?: string; thresholds?: Partial<FailureFactorThresholds> },
): FailureFactorCheck {
  const setup = validate(ProjectSetupSchema, setupInput, { path: ['setup'] });
  requireRecord(options, 'options (an object with checkedOn)', ['options']);
  const checkedOn = validate(IsoDateSchema, options.checkedOn, { path: ['options', 'checkedOn'] });
  if (options.thresholds !== undefined)
    requireRecord(options.thresholds, 'thresholds (an object)', ['options', 'thresholds']);
  const id = validate(IdSchema, options.id ?? `${setup.id}.faalfactoren.${checkedOn}`, { path: ['options', 'id'] });
  const t = { ...defaultFailureFactorThresholds, ...(options.thresholds ?? {}) };
  for (const [name, value] of Object.entries(t)) {
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw riskFail('not_a_finite_number', { name: `thresholds.${name}` }, ['options', 'thresholds', name]);
    if (value < 0) throw riskFail('invalid_argument', { name: `thresholds.${name}` }, ['options', 'thresholds', name]);
  }
  const findings: Finding[] = [];

  // 1. Principal.
  const leads = setup.principals.filter((p) => p.lead).length;
  if (setup.principals.length === 0)
    findings.push(
      finding('unclear_principal', 'present', [
        { nl: 'Er is geen opdrachtgever vastgelegd', en: 'No principal is recorded' },
      ]),
    );
  else if (setup.principals.length > 1 && leads !== 1)
    findings.push(
      finding('unclear_principal', 'present', [
        {
          nl: `${setup.principals.length} opdrachtgevers, ${leads} als trekker aangewezen`,
          en: `${setup.principals.length} principals, ${leads} marked as lead`,
        },
      ]),
    );
  else
    findings.push(
      finding('unclear_principal', 'absent', [
        {
          nl: `Opdrachtgever: ${setup.principals.find((p) => p.lead)?.partyId ?? setup.principals[0]?.partyId}`,
          en: `Principal: ${setup.principals.find((p) => p.lead)?.partyId ?? setup.principals[0]?.partyId}`,
        },
      ]),
    );

  // 2. Plan.
  if (!setup.plan) {
    findings.push(
      finding('no_proper_plan', 'present', [{ nl: 'Er is geen projectplan', en: 'There is no project plan' }]),
    );
  } else {
    const covers = new Set(setup.plan.covers);
    const missingCore = CORE_PARTS.filter((p) => !covers.has(p));
    const missingRecommended = RECOMMENDED_PARTS.filter((p) => !covers.has(p));
    const evidence: Label[] = [];
    if (missingCore.length > 0)
      evidence.push({
        nl: `Het plan mist: ${missingCore.map((p) => PlanPart.label(p, 'nl').toLowerCase()).join(', ')}`,
        en: `The plan lacks: ${missingCore.map((p) => PlanPart.label(p, 'en').toLowerCase()).join(', ')}`,
      });
    if (missingRecommended.length > 0)
      evidence.push({
        nl: `Het plan behandelt niet: ${missingRecommended.map((p) => PlanPart.label(p, 'nl').toLowerCase()).join(', ')}`,
        en: `The plan does not cover: ${missingRecommended.map((p) => PlanPart.label(p, 'en').toLowerCase()).join(', ')}`,
      });
    if (!setup.plan.approvedOn)
      evidence.push({ nl: 'Het plan is niet vastgesteld', en: 'The plan has not been approved' });
    const verdict: FactorVerdict = missingCore.length >= 2 ? 'present' : evidence.length > 0 ? 'signal' : 'absent';
    findings.push(finding('no_proper_plan', verdict, evidence, missingCore.length, 2));
  }

  // 3. Goal and result.
  {
    const evidence: Label[] = [];
    let verdict: FactorVerdict = 'absent';
    if (!setup.goal) evidence.push({ nl: 'Het doel is niet beschreven', en: 'The goal is not described' });
    if (!setup.result)
      evidence.push({ nl: 'Het beoogde resultaat is niet beschreven', en: 'The intended result is not described' });
    if (setup.qualityCriteria.length === 0)
      evidence.push({
        nl: 'Er zijn geen kwaliteitscriteria vooraf vastgelegd',
        en: 'No quality criteria were set in advance',
      });
    if (evidence.length > 0) verdict = 'present';
    const notSmart = setup.qualityCriteria.filter((c) => !c.deadline || c.acceptedBy.length === 0 || !c.realisticBasis);
    if (notSmart.length > 0) {
      evidence.push({
        nl: `Niet SMART (tijdgebonden, geaccepteerd, realistisch onderbouwd): ${notSmart.map((c) => c.id).join(', ')}`,
        en: `Not SMART (time-bound, accepted, realistic basis): ${notSmart.map((c) => c.id).join(', ')}`,
      });
      if (verdict === 'absent') verdict = 'signal';
    }
    findings.push(finding('poorly_defined_goal', verdict, evidence, notSmart.length));
  }

  // 4. Optimistic planning.
  {
    const p = setup.planning;
    const evidence: Label[] = [];
    let verdict: FactorVerdict = 'absent';
    let ratio: number | undefined;
    let judged = false;
    if (p?.budget !== undefined && p.costP50 !== undefined && p.costP50 > 0) {
      judged = true;
      const r = p.budget / p.costP50;
      ratio = Math.min(ratio ?? r, r);
      if (r < 1) {
        verdict = 'present';
        evidence.push({
          nl: `Budget is ${(r * 100).toFixed(0)}% van de P50 van de kostenraming: overschrijding is waarschijnlijker dan niet`,
          en: `Budget is ${(r * 100).toFixed(0)}% of the P50 of the cost estimate: an overrun is more likely than not`,
        });
      }
    }
    if (p?.plannedDurationDays !== undefined && p.durationP50Days !== undefined && p.durationP50Days > 0) {
      judged = true;
      const r = p.plannedDurationDays / p.durationP50Days;
      ratio = Math.min(ratio ?? r, r);
      if (r < 1) {
        verdict = 'present';
        evidence.push({
          nl: `Geplande doorlooptijd ${p.plannedDurationDays} dagen ligt onder de P50 van ${p.durationP50Days} dagen`,
          en: `Planned duration ${p.plannedDurationDays} days is below the P50 of ${p.durationP50Days} days`,
        });
      }
    }
    if (p?.requiredHours !== undefined && p.committedHours !== undefined && p.requiredHours > 0) {
      judged = true;
      const shortfall = (p.requiredHours - p.committedHours) / p.requiredHours;
      if (shortfall > 0) {
        if (shortfall > t.capacityShortfallPresent) verdict = 'present';
        else if (verdict === 'absent') verdict = 'signal';
        evidence.push({
          nl: `${(shortfall * 100).toFixed(0)}% van de benodigde capaciteit is niet toegezegd`,
          en: `${(shortfall * 100).toFixed(0)}% of the required capacity is not committed`,
        });
      }
    }
    if (!judged) {
      verdict = 'signal';
      evidence.push({
        nl: 'Niet te beoordelen: geen probabilistische raming of capaciteitsplanning',
        en: 'Cannot be judged: no probabilistic estimate or capacity plan',
      });
    }
    findings.push(finding('optimistic_planning', verdict, evidence, ratio, 1));
  }

  // 5. Changing requirements, from the change log.
  {
    const elapsed = Math.max(30, daysBetween(setup.start, checkedOn));
    const relevant = setup.changeLog.filter(
      (c) => REQUIREMENT_SUBJECTS.includes(c.subject) && c.on >= setup.start && c.on <= checkedOn,
    );
    const weighted = relevant.reduce((s, c) => s + (c.magnitude === 'major' ? t.majorChangeWeight : 1), 0);
    const perQuarter = Math.round((weighted / elapsed) * 91 * 100) / 100;
    const verdict: FactorVerdict =
      perQuarter > t.changesPerQuarterPresent
        ? 'present'
        : perQuarter > t.changesPerQuarterSignal
          ? 'signal'
          : 'absent';
    const major = relevant.filter((c) => c.magnitude === 'major').length;
    findings.push(
      finding(
        'changing_requirements',
        verdict,
        [
          {
            nl: `${relevant.length} wijzigingen van doel, eisen, uitgangspunten of criteria in ${elapsed} dagen (${major} groot): ${perQuarter} per kwartaal (gewogen)`,
            en: `${relevant.length} changes to goal, requirements, starting points or criteria in ${elapsed} days (${major} major): ${perQuarter} per quarter (weighted)`,
          },
        ],
        perQuarter,
        t.changesPerQuarterPresent,
      ),
    );
  }

  // 6. Control of progress in time, money and result.
  {
    const monitored = new Set(setup.progressControl.aspectsMonitored);
    const missing = (['time', 'money', 'quality'] as const).filter((a) => !monitored.has(a));
    const evidence: Label[] = [];
    let verdict: FactorVerdict = 'absent';
    let since: number | undefined;
    if (missing.length > 0) {
      verdict = 'present';
      evidence.push({
        nl: `Niet bewaakt: ${missing.map((a) => ControlAspect.label(a, 'nl').toLowerCase()).join(', ')}`,
        en: `Not monitored: ${missing.map((a) => ControlAspect.label(a, 'en').toLowerCase()).join(', ')}`,
      });
    }
    const last = setup.progressControl.lastMeasuredOn;
    if (!last) {
      verdict = 'present';
      evidence.push({ nl: 'De voortgang is nog nooit gemeten', en: 'Progress has never been measured' });
    } else {
      since = daysBetween(last, checkedOn);
      if (since > 2 * t.maxDaysSinceMeasure) verdict = 'present';
      else if (since > t.maxDaysSinceMeasure && verdict === 'absent') verdict = 'signal';
      evidence.push({
        nl: `Laatste meting ${last}, ${since} dagen geleden`,
        en: `Last measured on ${last}, ${since} days ago`,
      });
    }
    findings.push(finding('no_progress_control', verdict, evidence, since, t.maxDaysSinceMeasure));
  }

  // 7. Measure and decision points.
  {
    const regime = controlRegime(setup.method);
    const dates = [
      ...setup.measureAndDecisionPoints,
      ...regime.decisionPoints.flatMap((d) => (d.date ? [d.date] : [])),
    ].filter((d) => d > setup.start && d < setup.plannedFinish);
    const points = [setup.start, ...[...new Set(dates)].sort(), setup.plannedFinish];
    let gap = 0;
    for (let i = 1; i < points.length; i++)
      gap = Math.max(gap, daysBetween(points[i - 1] as string, points[i] as string));
    const interior = points.length - 2;
    let verdict: FactorVerdict =
      interior === 0 || gap > 2 * t.maxDaysBetweenPoints
        ? 'present'
        : gap > t.maxDaysBetweenPoints
          ? 'signal'
          : 'absent';
    const evidence: Label[] = [
      {
        nl: `${interior} meet- en beslispunten; grootste tussenpoos ${gap} dagen`,
        en: `${interior} measure and decision points; longest gap ${gap} days`,
      },
    ];
    if (regime.phasesWithoutDecisionPoint.length > 0) {
      evidence.push({
        nl: `Fasen zonder GOKIT-beslispunt: ${regime.phasesWithoutDecisionPoint.map((p) => ProjectPhase.label(p, 'nl').toLowerCase()).join(', ')}`,
        en: `Phases without a GOKIT decision point: ${regime.phasesWithoutDecisionPoint.map((p) => ProjectPhase.label(p, 'en').toLowerCase()).join(', ')}`,
      });
      if (verdict === 'absent') verdict = 'signal';
    }
    findings.push(finding('too_few_decision_points', verdict, evidence, gap, t.maxDaysBetweenPoints));
  }

  const worst = findings.reduce<FactorVerdict>((w, f) => (RANK[f.verdict] > RANK[w] ? f.verdict : w), 'absent');
  return {
    kind: 'failureFactorCheck',
    schemaVersion: 2,
    id,
    setupId: setup.id,
    checkedOn,
    findings,
    worst,
  };
}

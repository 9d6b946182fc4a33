import type {
  AssessmentInput,
  FeasibilityVerdict,
  Label,
  Randvoorwaarde,
  ScreeningCheck,
  ScreeningResult,
  Variant,
} from '@gebiedsgericht/core';
import { countingValue, numericValue, type Prepared, prepare, scoreOf } from './internal/prepare';
import { fitOne } from './spatialFit';

const PLUS_MINUS_ORDER = ['--', '-', '0', '+', '++'] as const;

function check(p: Prepared, variant: Variant, r: Randvoorwaarde): ScreeningCheck {
  const rule = r.rule;
  const base = { randvoorwaardeId: r.id };
  const unknown = (motivation: Label): ScreeningCheck => ({ ...base, status: 'unknown', motivation });
  if (rule.kind === 'judgement') {
    const j = (variant.judgements ?? []).find((x) => x.randvoorwaardeId === r.id);
    if (!j)
      return unknown({
        nl: 'Geen oordeel vastgelegd voor deze variant',
        en: 'No judgement recorded for this variant',
      });
    return { ...base, status: j.met ? 'met' : 'broken', motivation: j.motivation };
  }
  if (rule.kind === 'spatial_fit') {
    const space = p.input.space;
    if (!space) return unknown({ nl: 'Beschikbare ruimte niet opgegeven', en: 'Available space not given' });
    const fit = fitOne(variant, space, [...p.root, 'variants', p.variants.indexOf(variant)]);
    return {
      ...base,
      status: fit.fits ? 'met' : 'broken',
      observed: Math.round(fit.netHectares * 100) / 100,
      motivation: {
        nl: `Netto ${fit.netHectares.toFixed(1)} ha nodig, ${fit.availableHectares.toFixed(1)} ha beschikbaar, ${fit.conflictHectares.toFixed(1)} ha in conflict`,
        en: `Net ${fit.netHectares.toFixed(1)} ha needed, ${fit.availableHectares.toFixed(1)} ha available, ${fit.conflictHectares.toFixed(1)} ha in conflict`,
      },
    };
  }
  const criterion = p.criteria.find((c) => c.id === rule.criterionId);
  const score = scoreOf(p, variant.id, rule.criterionId);
  if (!criterion || !score)
    return unknown({
      nl: `Geen score op ${rule.criterionId}`,
      en: `No score on ${rule.criterionId}`,
    });
  const v = countingValue(p, score);
  if (rule.kind === 'plus_minus_at_least') {
    if (v.scale !== 'plus_minus')
      return unknown({ nl: 'Score is niet op de plus-minschaal', en: 'Score is not on the plus–minus scale' });
    const met = PLUS_MINUS_ORDER.indexOf(v.value) >= PLUS_MINUS_ORDER.indexOf(rule.value);
    return {
      ...base,
      status: met ? 'met' : 'broken',
      observed: v.value,
      motivation: {
        nl: `Score ${v.value}, minimaal ${rule.value} vereist`,
        en: `Score ${v.value}, at least ${rule.value} required`,
      },
    };
  }
  if (v.scale !== 'quantitative') return unknown({ nl: 'Score is niet kwantitatief', en: 'Score is not quantitative' });
  if (v.basis === 'change_from_reference' && criterion.referenceSituation.value === undefined)
    return unknown({
      nl: 'Score is een verschil en de referentiewaarde ontbreekt',
      en: 'Score is a change and the reference value is missing',
    });
  const x = numericValue(p, criterion, v);
  const met = rule.kind === 'minimum' ? x >= rule.value : x <= rule.value;
  const sign = rule.kind === 'minimum' ? '≥' : '≤';
  return {
    ...base,
    status: met ? 'met' : 'broken',
    observed: x,
    motivation: {
      nl: `${x} ${criterion.unit}, vereist ${sign} ${rule.value} ${criterion.unit}`,
      en: `${x} ${criterion.unit}, required ${sign} ${rule.value} ${criterion.unit}`,
    },
  };
}

/** Screening of every variant of a prepared input (internal entry point shared with `assess`). */
export function screenPrepared(p: Prepared): ScreeningResult[] {
  return p.variants.map((variant) => {
    const checks = p.input.randvoorwaarden.map((r) => check(p, variant, r));
    const verdict: FeasibilityVerdict = checks.some((c) => c.status === 'broken')
      ? 'not_feasible'
      : checks.some((c) => c.status === 'unknown')
        ? 'undetermined'
        : 'feasible';
    return { variantId: variant.id, verdict, checks };
  });
}

/**
 * Screens every variant against the boundary conditions (*randvoorwaarden*) before scoring: a
 * minimum or maximum on a score (after mitigation when mitigated scores are used), a lowest
 * plus–minus step, the spatial fit, or a recorded judgement. A variant that breaks one is `not_feasible`
 * (*niet maakbaar*) and is left out of the ranking; one that cannot be judged for lack of data is
 * `undetermined` (ranked, with a warning).
 *
 * @example
 * const screening = screenVariants(input);
 * screening.filter((s) => s.verdict === 'not_feasible').map((s) => s.variantId);
 * @see handreiking bijlage 1, onderdeel 2, stap 3 (logische en maakbare varianten)
 */
export function screenVariants(input: AssessmentInput): ScreeningResult[] {
  return screenPrepared(prepare(input));
}

import {
  type Afwegingskader,
  AfwegingskaderSchema,
  type ErrorIssue,
  type Label,
  NoviPrinciple,
  validate,
} from '@gebiedsgericht/core';
import { assessmentMessages } from './messages';

/**
 * How one NOVI principle is covered: by which criteria, or stated absent (with the reason).
 *
 * @example
 * checkAfwegingskader(kader).noviCoverage.filter((c) => c.criterionIds.length === 0);
 * @see handreiking §2 (de drie principes vanuit de NOVI)
 */
export interface NoviCoverage {
  readonly principle: NoviPrinciple;
  readonly criterionIds: readonly string[];
  readonly absence?: Label;
}

/**
 * The outcome of {@link checkAfwegingskader}: findings to resolve or accept, and NOVI coverage.
 *
 * @example
 * if (!checkAfwegingskader(kader).ok) console.log('eerst het kader aanvullen');
 * @see handreiking bijlage 1, onderdeel 2, stap 2
 */
export interface AfwegingskaderCheck {
  /** true when there are no findings */
  readonly ok: boolean;
  readonly findings: readonly ErrorIssue[];
  readonly noviCoverage: readonly NoviCoverage[];
}

const blank = (text: string) => text.trim().length === 0;

/**
 * Checks an afwegingskader beyond its shape: every criterion made operational (indicator, unit,
 * method, source and reference situation filled in, not just present), every NOVI principle covered
 * by a criterion or stated absent with a reason, plus–minus criteria oriented as benefits, and
 * criteria added later marked as such. Weights that do not sum to 1 are rejected earlier, by the
 * schema (code `weights_do_not_sum_to_one`). SMART is not checked: it belongs to the quality criteria
 * of the project results, not to these criteria.
 *
 * @example
 * const check = checkAfwegingskader(kader);
 * for (const f of check.findings) console.log(f.code, f.message.nl);
 * @see handreiking bijlage 1, onderdeel 2, stap 2; §2 (NOVI-principes); §2.4
 */
export function checkAfwegingskader(afwegingskader: unknown): AfwegingskaderCheck {
  const frame: Afwegingskader = validate(AfwegingskaderSchema, afwegingskader, { path: ['afwegingskader'] });
  const findings: ErrorIssue[] = [];
  for (const [i, c] of frame.criteria.entries()) {
    const path = ['afwegingskader', 'criteria', i];
    const empty: string[] = [];
    if (blank(c.indicator.nl) || blank(c.indicator.en)) empty.push('indicator');
    if (blank(c.unit)) empty.push('unit');
    if (blank(c.method.nl) || blank(c.method.en)) empty.push('method');
    if (blank(c.source)) empty.push('source');
    if (blank(c.referenceSituation.description.nl)) empty.push('referenceSituation');
    if (empty.length > 0)
      findings.push(
        assessmentMessages.issue('criterion_not_operational', { criterionId: c.id, missing: empty.join(', ') }, path),
      );
    if (c.scale === 'plus_minus' && c.direction === 'cost')
      findings.push(assessmentMessages.issue('plus_minus_as_cost', { criterionId: c.id }, [...path, 'direction']));
  }
  const absences = new Map((frame.noviAbsences ?? []).map((a) => [a.principle, a.motivation]));
  const noviCoverage: NoviCoverage[] = NoviPrinciple.values.map((principle) => {
    const criterionIds = frame.criteria.filter((c) => c.noviPrinciples.includes(principle)).map((c) => c.id);
    const absence = absences.get(principle);
    if (criterionIds.length === 0 && !absence)
      findings.push(
        assessmentMessages.issue(
          'novi_principle_uncovered',
          { principleNl: NoviPrinciple.label(principle, 'nl'), principleEn: NoviPrinciple.label(principle, 'en') },
          ['afwegingskader', 'noviAbsences'],
        ),
      );
    return absence ? { principle, criterionIds, absence } : { principle, criterionIds };
  });
  return { ok: findings.length === 0, findings, noviCoverage };
}

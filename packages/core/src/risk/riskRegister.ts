import * as z from 'zod';
import { schemaIssue } from '../internal/schemaIssue';
import { riskIssues, sharedIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import { IsoDateSchema } from '../primitives/isoDate';
import { ControlScopeSchema } from './controlScope';
import type { ImpactByAspect } from './impactByAspect';
import { RiskSchema } from './risk';
import { RiskScalesSchema } from './riskScales';

/**
 * The risk register of a step, project or programme: the R of GOKIT-R. A register is versioned
 * (`version`, `asOf`); two versions can be compared for the trend. Every class used by a risk
 * must exist on the register's scales and risk ids are unique.
 *
 * @example
 * // see the Lindewaard fixture in the risk package docs (docs/risk.md)
 * @see handreiking bijlage 1, onderdeel 1 (GOKIT-R)
 */
export const RiskRegisterSchema = strictObject({
  ...documentHeader('riskRegister'),
  scope: ControlScopeSchema,
  version: z.number().int().min(1),
  asOf: IsoDateSchema,
  scales: RiskScalesSchema,
  risks: z.array(RiskSchema),
}).superRefine((register, ctx) => {
  const maxP = register.scales.probability.length;
  const maxI = register.scales.impact.length;
  const seen = new Set<string>();
  const checkImpact = (impact: ImpactByAspect, path: (string | number)[]) => {
    for (const [aspect, cls] of Object.entries(impact)) {
      if (cls !== undefined && cls > maxI)
        schemaIssue(ctx, riskIssues, 'class_outside_scale', { cls, max: maxI }, [...path, aspect]);
    }
  };
  const checkProbability = (p: number, path: (string | number)[]) => {
    if (p > maxP) schemaIssue(ctx, riskIssues, 'class_outside_scale', { cls: p, max: maxP }, path);
  };
  register.risks.forEach((risk, i) => {
    if (seen.has(risk.id)) schemaIssue(ctx, sharedIssues, 'duplicate_id', { id: risk.id }, ['risks', i, 'id']);
    seen.add(risk.id);
    checkProbability(risk.probability, ['risks', i, 'probability']);
    checkImpact(risk.impact, ['risks', i, 'impact']);
    if (risk.residual) {
      checkProbability(risk.residual.probability, ['risks', i, 'residual', 'probability']);
      checkImpact(risk.residual.impact, ['risks', i, 'residual', 'impact']);
    }
    risk.history.forEach((h, j) => {
      if (h.probability !== undefined) checkProbability(h.probability, ['risks', i, 'history', j, 'probability']);
      if (h.impact) checkImpact(h.impact, ['risks', i, 'history', j, 'impact']);
    });
  });
});
/** The risk register of a step, project or programme (see {@link RiskRegisterSchema}). */
export interface RiskRegister extends z.output<typeof RiskRegisterSchema> {}

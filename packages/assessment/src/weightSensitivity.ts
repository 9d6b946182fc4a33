import type { AssessmentInput, CriterionSensitivity, SensitivityResult, WeightChange } from '@gebiedsgericht/core';
import { rejectNonFinite, validateOptions } from './internal/arguments';
import { type Analysis, analyse, weightedScores } from './internal/pipeline';
import { prepare } from './internal/prepare';
import { fail } from './messages';

const EPS = 1e-12;

/** The index of the top variant (highest score, first on ties). */
function top(scores: Float64Array): number {
  let best = 0;
  for (let i = 1; i < scores.length; i++) if ((scores[i] as number) > (scores[best] as number) + EPS) best = i;
  return best;
}

/** Internal: sensitivity of an analysis that has weights. */
export function sensitivityOf(a: Analysis, steps: number): SensitivityResult {
  const w = a.weights;
  if (!w) throw fail('weights_missing', { method: 'weightSensitivity' }, [...a.p.root, 'afwegingskader', 'criteria']);
  const { m, n } = a.mat;
  const x = a.norm;
  const s = weightedScores(x, m, n, w);
  const t = top(s);
  const ids = a.rankedIds;
  const criteria: CriterionSensitivity[] = [];
  for (let k = 0; k < n; k++) {
    const wk = w[k] as number;
    const id = a.p.criteria[k]?.id as string;
    const entry: { -readonly [K in keyof CriterionSensitivity]: CriterionSensitivity[K] } = {
      criterionId: id,
      weight: wk,
    };
    if (m > 1 && wk < 1 - EPS) {
      // S_i(w') = R_i + w'(x_ik − R_i), R_i the score without criterion k (others rescaled to sum 1)
      const r = new Float64Array(m);
      for (let i = 0; i < m; i++) r[i] = ((s[i] as number) - wk * (x[i * n + k] as number)) / (1 - wk);
      let down: WeightChange | undefined;
      let up: WeightChange | undefined;
      // When several variants tie with the top at the same weight, the one that leads just beyond
      // that weight is the one whose score grows fastest in the direction of the change.
      let upSlope = 0;
      let downSlope = 0;
      const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9;
      for (let j = 0; j < m; j++) {
        if (j === t) continue;
        const d0 = (r[j] as number) - (r[t] as number);
        const slope = (x[j * n + k] as number) - (r[j] as number) - ((x[t * n + k] as number) - (r[t] as number));
        if (Math.abs(slope) < EPS) continue;
        if (Math.abs(d0 + slope * wk) <= 1e-12) {
          // j already ties with the top: the smallest move in j's favour changes the top
          const tie: WeightChange = { delta: 0, newWeight: wk, newTopVariantId: ids[j] as string };
          if (slope > 0 && wk < 1 - EPS && (!up || up.delta > 0)) up = tie;
          if (slope < 0 && wk > EPS && (!down || down.delta < 0)) down = tie;
          continue;
        }
        const wStar = -d0 / slope; // where j ties with t
        if (wStar < -EPS || wStar > 1 + EPS) continue;
        const clamped = Math.min(1, Math.max(0, wStar));
        // j overtakes beyond wStar in the direction where the difference grows
        // an overtaking needs room beyond the tie inside [0, 1]; a tie exactly at 0 or 1 is not one
        if (slope > 0 && clamped > wk + EPS && clamped < 1 - EPS) {
          if (
            !up ||
            (clamped < up.newWeight && !same(clamped, up.newWeight)) ||
            (same(clamped, up.newWeight) && slope > upSlope)
          ) {
            up = { delta: clamped - wk, newWeight: clamped, newTopVariantId: ids[j] as string };
            upSlope = slope;
          }
        } else if (slope < 0 && clamped < wk - EPS && clamped > EPS) {
          if (
            !down ||
            (clamped > down.newWeight && !same(clamped, down.newWeight)) ||
            (same(clamped, down.newWeight) && slope < downSlope)
          ) {
            down = { delta: clamped - wk, newWeight: clamped, newTopVariantId: ids[j] as string };
            downSlope = slope;
          }
        }
      }
      if (down) entry.decrease = down;
      if (up) entry.increase = up;
      const smallest = Math.min(
        down ? -down.delta : Number.POSITIVE_INFINITY,
        up ? up.delta : Number.POSITIVE_INFINITY,
      );
      if (Number.isFinite(smallest)) {
        entry.smallestChange = smallest;
        if (wk > 0) entry.relativeChange = smallest / wk;
      }
    }
    criteria.push(entry);
  }
  const candidates = criteria.filter((c) => c.relativeChange !== undefined);
  candidates.sort(
    (p, q) =>
      (p.relativeChange as number) - (q.relativeChange as number) ||
      (p.smallestChange as number) - (q.smallestChange as number),
  );
  const sweeps = a.p.criteria.map((c, k) => {
    const wk = w[k] as number;
    const points = Array.from({ length: steps }, (_, step) => {
      const wNew = step / (steps - 1);
      const ww = new Float64Array(n);
      for (let l = 0; l < n; l++)
        ww[l] = l === k ? wNew : wk < 1 - EPS ? ((w[l] as number) * (1 - wNew)) / (1 - wk) : (1 - wNew) / (n - 1);
      const sc = weightedScores(x, m, n, ww);
      return {
        weight: wNew,
        scores: ids.map((variantId, i) => ({ variantId, score: sc[i] as number })),
        topVariantId: ids[top(sc)] as string,
      };
    });
    return { criterionId: c.id, points };
  });
  const most = candidates[0]?.criterionId;
  return { topVariantId: ids[t] as string, criteria, ...(most ? { mostCriticalCriterionId: most } : {}), sweeps };
}

/**
 * Weight sensitivity of the weighted-sum ranking. For each criterion: how far its weight must move
 * down or up — the other weights rescaled proportionally so all still sum to 1 — before another
 * variant takes the top, found exactly (each variant's score is linear in that weight); the smallest
 * absolute and relative change (|Δ| / weight, Triantaphyllou & Sánchez's "percent-top" measure); the
 * most critical criterion (smallest relative change); and one-at-a-time sweeps of each weight from 0
 * to 1 in `steps` points, as chart data. Rescaling the others proportionally is the same as
 * Triantaphyllou & Sánchez's change of one weight followed by renormalisation.
 *
 * Comes from outside the handreiking: E. Triantaphyllou and A. Sánchez, Decision Sciences 28(1), 1997, 151–194.
 *
 * Throws a `GebiedsgerichtError` for bad input: `invalid_input` (and the other codes of
 * {@link assess}) for a bad assessment input, `invalid_argument` with path `['options']` when
 * `options` is given but not an object, `invalid_argument` with path `['options', 'steps']` when the number of
 * sweep points is not an integer from 2 to 1000, and `weights_missing` when a criterion has no weight.
 *
 * @example
 * const s = weightSensitivity(input, { steps: 21 });
 * s.mostCriticalCriterionId; // the weight that the choice hangs on
 * @see handreiking §2.5 (motivering van afwegingen en keuzes)
 */
export function weightSensitivity(input: AssessmentInput, options: { steps?: number } = {}): SensitivityResult {
  validateOptions(options, ['options']);
  const p = prepare(input);
  const steps = options.steps ?? p.input.sweepSteps ?? 21;
  const stepsPath = options.steps !== undefined ? ['options', 'steps'] : [...p.root, 'sweepSteps'];
  rejectNonFinite(steps, 'steps', stepsPath);
  if (!Number.isInteger(steps) || steps < 2 || steps > 1000)
    throw fail('invalid_argument', { name: 'steps (a whole number from 2 to 1000)' }, stepsPath);
  return sensitivityOf(analyse(p), steps);
}

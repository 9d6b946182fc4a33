// Internal: turns a validated AssessmentInput into numbers (one row per variant, one column per
// criterion), after checking every cross-reference. Not exported from the package barrel.
import {
  type AssessmentInput,
  AssessmentInputSchema,
  type Criterion,
  DEFAULT_PLUS_MINUS_MAPPING,
  type IssuePath,
  type Normalisation,
  type PlusMinusMapping,
  type Score,
  type ScoreUncertainty,
  type ScoreValue,
  type Variant,
  validate,
} from '@gebiedsgericht/core';
import { fail } from '../messages';

/** A checked input with fast look-ups. */
export interface Prepared {
  readonly input: AssessmentInput;
  readonly criteria: readonly Criterion[];
  readonly variants: readonly Variant[];
  readonly mapping: PlusMinusMapping;
  readonly useMitigated: boolean;
  /** score by `${variantId}\u0000${criterionId}` */
  readonly scores: ReadonlyMap<string, Score>;
  /** where the input sits among the public function's arguments: `['input']` */
  readonly root: IssuePath;
}

const key = (variantId: string, criterionId: string) => `${variantId}\u0000${criterionId}`;

/**
 * Validates the input against the core schema and checks every reference, unit and scale. Every
 * error path starts with `root`, the name of the argument the input was passed as.
 */
export function prepare(raw: unknown, root: IssuePath = ['input']): Prepared {
  const input = validate(AssessmentInputSchema, raw, { path: root });
  const criteria = input.afwegingskader.criteria;
  const byCriterion = new Map(criteria.map((c) => [c.id, c]));
  const variants = input.variants;
  const byVariant = new Map<string, Variant>();
  for (const [i, v] of variants.entries()) {
    if (byVariant.has(v.id)) throw fail('duplicate_variant', { variantId: v.id }, [...root, 'variants', i, 'id']);
    byVariant.set(v.id, v);
  }
  const scores = new Map<string, Score>();
  const scored = new Set<string>();
  const bases = new Map<string, Set<string>>();
  for (const [i, s] of input.scores.entries()) {
    const path = [...root, 'scores', i];
    const variant = byVariant.get(s.variantId);
    if (!variant) throw fail('unknown_variant', { variantId: s.variantId }, [...path, 'variantId']);
    const criterion = byCriterion.get(s.criterionId);
    if (!criterion) throw fail('unknown_criterion', { criterionId: s.criterionId }, [...path, 'criterionId']);
    const k = key(s.variantId, s.criterionId);
    if (scores.has(k)) throw fail('duplicate_score', { variantId: s.variantId, criterionId: s.criterionId }, path);
    validateScoreValue(criterion, s.value, [...path, 'value']);
    if (s.mitigated) {
      validateScoreValue(criterion, s.mitigated.value, [...path, 'mitigated', 'value']);
      const own = new Set((variant.mitigations ?? []).map((m) => m.id));
      for (const [j, id] of s.mitigated.mitigationIds.entries())
        if (!own.has(id))
          throw fail('unknown_mitigation', { variantId: variant.id, mitigationId: id }, [
            ...path,
            'mitigated',
            'mitigationIds',
            j,
          ]);
    }
    if (s.uncertainty) validateUncertainty(criterion, s, path);
    for (const v of [s.value, s.mitigated?.value]) {
      if (v?.scale === 'quantitative') {
        const set = bases.get(criterion.id) ?? new Set<string>();
        set.add(v.basis);
        bases.set(criterion.id, set);
      }
    }
    scores.set(k, s);
    scored.add(s.criterionId);
  }
  for (const [i, c] of criteria.entries()) {
    if (!scored.has(c.id))
      throw fail('criterion_without_scores', { criterionId: c.id }, [...root, 'afwegingskader', 'criteria', i]);
    if ((bases.get(c.id)?.size ?? 0) > 1 && c.referenceSituation.value === undefined)
      throw fail('mixed_score_basis', { criterionId: c.id }, [...root, 'afwegingskader', 'criteria', i]);
  }
  const ids = new Set(input.randvoorwaarden.map((r) => r.id));
  for (const [i, r] of input.randvoorwaarden.entries()) {
    if ('criterionId' in r.rule && !byCriterion.has(r.rule.criterionId))
      throw fail('unknown_criterion', { criterionId: r.rule.criterionId }, [
        ...root,
        'randvoorwaarden',
        i,
        'rule',
        'criterionId',
      ]);
  }
  for (const [i, v] of variants.entries())
    for (const [j, judgement] of (v.judgements ?? []).entries())
      if (!ids.has(judgement.randvoorwaardeId))
        throw fail('unknown_randvoorwaarde', { randvoorwaardeId: judgement.randvoorwaardeId }, [
          ...root,
          'variants',
          i,
          'judgements',
          j,
        ]);
  if (input.priorityOrderId !== undefined && !findPriorityOrder(input, input.priorityOrderId))
    throw fail('unknown_priority_order', { priorityOrderId: input.priorityOrderId }, [...root, 'priorityOrderId']);
  if (input.method.method === 'priority_order' && !findPriorityOrder(input, input.method.priorityOrderId))
    throw fail('unknown_priority_order', { priorityOrderId: input.method.priorityOrderId }, [
      ...root,
      'method',
      'priorityOrderId',
    ]);
  if (input.method.method === 'promethee2')
    for (const [i, p] of input.method.preferences.entries())
      if (!byCriterion.has(p.criterionId))
        throw fail('unknown_criterion', { criterionId: p.criterionId }, [
          ...root,
          'method',
          'preferences',
          i,
          'criterionId',
        ]);
  for (const [i, e] of (input.effects ?? []).entries())
    if (!byVariant.has(e.variantId))
      throw fail('unknown_variant', { variantId: e.variantId }, [...root, 'effects', i, 'variantId']);
  if (input.normalisation === 'interval')
    for (const [i, c] of criteria.entries())
      if (c.scale === 'quantitative' && !c.interval)
        throw fail('interval_missing', { criterionId: c.id }, [...root, 'afwegingskader', 'criteria', i, 'interval']);
  return {
    input,
    criteria,
    variants,
    mapping: input.plusMinusMapping ?? DEFAULT_PLUS_MINUS_MAPPING,
    useMitigated: input.useMitigatedScores ?? true,
    scores,
    root,
  };
}

function validateScoreValue(criterion: Criterion, value: ScoreValue, path: (string | number)[]): void {
  if (value.scale !== criterion.scale)
    throw fail('scale_mismatch', { criterionId: criterion.id, expected: criterion.scale }, [...path, 'scale']);
  if (value.scale === 'quantitative' && value.unit !== criterion.unit)
    throw fail('unit_mismatch', { criterionId: criterion.id, expected: criterion.unit, actual: value.unit }, [
      ...path,
      'unit',
    ]);
}

function validateUncertainty(criterion: Criterion, s: Score, path: (string | number)[]): void {
  const u = s.uncertainty as ScoreUncertainty;
  const quantitative = criterion.scale === 'quantitative';
  if ((u.kind === 'plus_minus_interval') === quantitative)
    throw fail('uncertainty_scale_mismatch', { criterionId: criterion.id }, [...path, 'uncertainty']);
  const values = [s.value, s.mitigated?.value].filter((v): v is ScoreValue => v !== undefined);
  for (const v of values) {
    if (v.scale === 'quantitative' && (u.kind === 'interval' || u.kind === 'triangular')) {
      if (!(u.low <= v.value && v.value <= u.high))
        throw fail('uncertainty_excludes_score', { variantId: s.variantId, criterionId: s.criterionId }, [
          ...path,
          'uncertainty',
        ]);
    }
    if (v.scale === 'plus_minus' && u.kind === 'plus_minus_interval') {
      const order = ['--', '-', '0', '+', '++'];
      const x = order.indexOf(v.value);
      if (!(order.indexOf(u.low) <= x && x <= order.indexOf(u.high)))
        throw fail('uncertainty_excludes_score', { variantId: s.variantId, criterionId: s.criterionId }, [
          ...path,
          'uncertainty',
        ]);
    }
  }
}

/** The priority order with this id, if the framework has it. */
export function findPriorityOrder(input: AssessmentInput, id: string) {
  return (input.afwegingskader.priorityOrders ?? []).find((o) => o.id === id);
}

/** The score record of a variant on a criterion, if any. */
export function scoreOf(p: Prepared, variantId: string, criterionId: string): Score | undefined {
  return p.scores.get(key(variantId, criterionId));
}

/** The offset that turns a quantitative score of this basis into the criterion's absolute scale. */
function offset(criterion: Criterion, value: ScoreValue): number {
  if (value.scale !== 'quantitative' || value.basis === 'absolute') return 0;
  return criterion.referenceSituation.value ?? 0;
}

/** The score value that counts: after mitigation when mitigated scores are used. */
export function countingValue(p: Prepared, s: Score): ScoreValue {
  return p.useMitigated && s.mitigated ? s.mitigated.value : s.value;
}

/**
 * A score as one number: quantitative scores on the criterion's absolute scale when the reference
 * value is known (a change is added to it), plus–minus steps through the mapping.
 */
export function numericValue(p: Prepared, criterion: Criterion, value: ScoreValue): number {
  if (value.scale === 'plus_minus') return p.mapping[value.value];
  return value.value + offset(criterion, value);
}

/** The sampling description of one cell of the matrix. */
export const CellKind = { Fixed: 0, Uniform: 1, Triangular: 2, Normal: 3, Steps: 4 } as const;

/** The numbers of a set of variants on all criteria, row-major (variant × criterion). */
export interface NumericMatrix {
  readonly variantIds: readonly string[];
  readonly criterionIds: readonly string[];
  readonly m: number;
  readonly n: number;
  /** the value that counts */
  readonly value: Float64Array;
  /** lower end of the uncertainty support (equal to `value` when certain) */
  readonly low: Float64Array;
  /** upper end of the uncertainty support */
  readonly high: Float64Array;
  /** standard deviation for normal cells */
  readonly sd: Float64Array;
  readonly kind: Uint8Array;
  /** +1 for benefit criteria, −1 for cost criteria */
  readonly sign: Float64Array;
}

/** Builds the numeric matrix for the given variants; every variant needs a score on every criterion. */
export function numericMatrix(p: Prepared, variantIds: readonly string[]): NumericMatrix {
  const m = variantIds.length;
  const n = p.criteria.length;
  const value = new Float64Array(m * n);
  const low = new Float64Array(m * n);
  const high = new Float64Array(m * n);
  const sd = new Float64Array(m * n);
  const kind = new Uint8Array(m * n);
  const sign = new Float64Array(n);
  const steps = [p.mapping['--'], p.mapping['-'], p.mapping['0'], p.mapping['+'], p.mapping['++']];
  const order = ['--', '-', '0', '+', '++'] as const;
  for (const [k, c] of p.criteria.entries()) sign[k] = c.direction === 'benefit' ? 1 : -1;
  for (const [i, variantId] of variantIds.entries()) {
    for (const [k, c] of p.criteria.entries()) {
      const s = scoreOf(p, variantId, c.id);
      if (!s) throw fail('missing_score', { variantId, criterionId: c.id }, [...p.root, 'scores']);
      const v = countingValue(p, s);
      const x = numericValue(p, c, v);
      const at = i * n + k;
      value[at] = x;
      low[at] = x;
      high[at] = x;
      const u = s.uncertainty;
      if (!u) continue;
      const shift = x - (v.scale === 'quantitative' ? v.value : 0);
      if (u.kind === 'interval' || u.kind === 'triangular') {
        // the interval is given around the unmitigated score; a mitigated score keeps its width
        const base = s.value.scale === 'quantitative' ? s.value.value : 0;
        const delta = v.scale === 'quantitative' ? v.value - base : 0;
        low[at] = u.low + delta + shift;
        high[at] = u.high + delta + shift;
        kind[at] = u.kind === 'interval' ? CellKind.Uniform : CellKind.Triangular;
      } else if (u.kind === 'normal') {
        sd[at] = u.sd;
        low[at] = x - 3 * u.sd;
        high[at] = x + 3 * u.sd;
        kind[at] = CellKind.Normal;
      } else {
        const lo = order.indexOf(u.low);
        const hi = order.indexOf(u.high);
        low[at] = steps[lo] as number;
        high[at] = steps[hi] as number;
        // sd holds the index range: low index and count of steps, packed for the sampler
        sd[at] = lo * 8 + (hi - lo + 1);
        kind[at] = hi > lo ? CellKind.Steps : CellKind.Fixed;
      }
      if (low[at] === high[at]) kind[at] = CellKind.Fixed;
    }
  }
  return { variantIds, criterionIds: p.criteria.map((c) => c.id), m, n, value, low, high, sd, kind, sign };
}

/** The plus–minus steps in mapped numbers, from `--` to `++`. */
export function mappedSteps(p: Prepared): Float64Array {
  return Float64Array.of(p.mapping['--'], p.mapping['-'], p.mapping['0'], p.mapping['+'], p.mapping['++']);
}

/**
 * The affine normalisation `u = a[k] + b[k] · x` of every criterion (all three normalisations of the
 * SDK are affine per criterion). `useSupport` takes the range over the uncertainty support instead of
 * the point values (used by SMAA, so that sampled values are normalised on one fixed scale).
 */
export function normalisationCoefficients(
  p: Prepared,
  mat: NumericMatrix,
  method: Normalisation,
  useSupport = false,
): { a: Float64Array; b: Float64Array } {
  const { m, n } = mat;
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const c = p.criteria[k] as Criterion;
    const sign = mat.sign[k] as number;
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < m; i++) {
      const at = i * n + k;
      lo = Math.min(lo, (useSupport ? mat.low[at] : mat.value[at]) as number);
      hi = Math.max(hi, (useSupport ? mat.high[at] : mat.value[at]) as number);
    }
    if (method === 'min_max') {
      if (hi > lo) {
        b[k] = sign / (hi - lo);
        a[k] = sign > 0 ? -lo / (hi - lo) : hi / (hi - lo);
      }
    } else if (method === 'max') {
      const big = Math.max(Math.abs(lo), Math.abs(hi));
      if (big > 0) b[k] = sign / big;
    } else {
      let worst: number;
      let best: number;
      if (c.interval) {
        // an interval on a plus–minus criterion is read in mapped numbers
        worst = c.interval.worst;
        best = c.interval.best;
      } else if (c.scale === 'plus_minus') {
        worst = sign > 0 ? p.mapping['--'] : p.mapping['++'];
        best = sign > 0 ? p.mapping['++'] : p.mapping['--'];
      } else {
        throw fail('interval_missing', { criterionId: c.id }, [...p.root, 'afwegingskader', 'criteria', k, 'interval']);
      }
      b[k] = 1 / (best - worst);
      a[k] = -worst / (best - worst);
    }
  }
  return { a, b };
}

/** Applies normalisation coefficients to the point values: row-major (variant × criterion). */
export function normalised(mat: NumericMatrix, coef: { a: Float64Array; b: Float64Array }): Float64Array {
  const out = new Float64Array(mat.m * mat.n);
  for (let i = 0; i < mat.m; i++)
    for (let k = 0; k < mat.n; k++) {
      const at = i * mat.n + k;
      out[at] = (coef.a[k] as number) + (coef.b[k] as number) * (mat.value[at] as number);
    }
  return out;
}

/** The weights of the criteria in framework order, or undefined when the framework has none. */
export function frameworkWeights(p: Prepared): Float64Array | undefined {
  if (p.criteria.some((c) => c.weight === undefined)) return undefined;
  const w = Float64Array.from(p.criteria.map((c) => c.weight as number));
  const sum = w.reduce((s, x) => s + x, 0);
  if (sum > 0) for (let k = 0; k < w.length; k++) w[k] = (w[k] as number) / sum;
  return w;
}
